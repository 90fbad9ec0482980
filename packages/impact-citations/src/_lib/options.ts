import { type Locale, readLocale, readOneOf, readOptions } from "@observatoire/impact-core/kernel";
import {
  CITATION_STYLES,
  type CitationStyle,
  OUTPUT_FORMATS,
  type OutputFormat,
  type RenderOptions,
} from "../types";
import { apa } from "./styles/apa";
import { iso690 } from "./styles/iso690";
import { observatoire } from "./styles/observatoire";
import type { Style } from "./styles/style";

const STYLES: Readonly<Record<CitationStyle, Style>> = { observatoire, iso690, apa };

/** Validated rendering options. @internal */
export interface ResolvedOptions {
  readonly style: Style;
  readonly format: OutputFormat;
  readonly locale: Locale;
}

/** Checks `style`, `format` and `locale` and applies the documented defaults. @internal */
export function resolveOptions(options: RenderOptions | undefined): ResolvedOptions {
  const opts = readOptions(options);
  const style = readOneOf(opts.style, CITATION_STYLES, "observatoire", ["options", "style"]);
  return {
    style: STYLES[style],
    format: readOneOf(opts.format, OUTPUT_FORMATS, "text", ["options", "format"]),
    locale: readLocale(opts.locale, { fallback: "fr", path: ["options", "locale"] }),
  };
}
