import { type Locale, readLocale, readOneOf, readOptions } from "@observatoire/impact-core/kernel";
import type { CitationStyle, OutputFormat, RenderOptions } from "../types";
import { apa } from "./styles/apa";
import { iso690 } from "./styles/iso690";
import { observatoire } from "./styles/observatoire";
import type { Style } from "./styles/style";

const STYLES: Readonly<Record<CitationStyle, Style>> = { observatoire, iso690, apa };
const FORMATS: readonly OutputFormat[] = ["text", "markdown", "html"];

/** Validated rendering options. @internal */
export interface ResolvedOptions {
  readonly style: Style;
  readonly format: OutputFormat;
  readonly locale: Locale;
}

/** Checks `style`, `format` and `locale` and applies the documented defaults. @internal */
export function resolveOptions(options: RenderOptions | undefined): ResolvedOptions {
  const opts = readOptions(options);
  const style = readOneOf(opts.style, Object.keys(STYLES) as CitationStyle[], "observatoire", [
    "options",
    "style",
  ]);
  return {
    style: STYLES[style],
    format: readOneOf(opts.format, FORMATS, "text", ["options", "format"]),
    locale: readLocale(opts.locale, { fallback: "fr", path: ["options", "locale"] }),
  };
}
