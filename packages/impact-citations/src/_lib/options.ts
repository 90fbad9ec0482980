import { ImpactError } from "@observatoire/impact-core";
import type { CitationLocale, CitationStyle, OutputFormat, RenderOptions } from "../types";
import { apa } from "./styles/apa";
import { iso690 } from "./styles/iso690";
import { observatoire } from "./styles/observatoire";
import type { Style } from "./styles/style";

const STYLES: Readonly<Record<CitationStyle, Style>> = { observatoire, iso690, apa };
const FORMATS: readonly OutputFormat[] = ["text", "markdown", "html"];
const LOCALES: readonly CitationLocale[] = ["fr", "en"];

/** Validated rendering options. @internal */
export interface ResolvedOptions {
  readonly style: Style;
  readonly format: OutputFormat;
  readonly locale: CitationLocale;
}

function pick<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new ImpactError(
    "INVALID_INPUT",
    `${name} must be one of ${allowed.map((item) => `"${item}"`).join(", ")}, got ${JSON.stringify(value)}`,
    { path: ["options", name] },
  );
}

/** Checks `style`, `format` and `locale` and applies the documented defaults. @internal */
export function resolveOptions(options: RenderOptions | undefined): ResolvedOptions {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new ImpactError("INVALID_INPUT", "options must be an object", { path: ["options"] });
  }
  const style = pick(
    options?.style,
    Object.keys(STYLES) as CitationStyle[],
    "observatoire",
    "style",
  );
  return {
    style: STYLES[style],
    format: pick(options?.format, FORMATS, "text", "format"),
    locale: pick(options?.locale, LOCALES, "fr", "locale"),
  };
}
