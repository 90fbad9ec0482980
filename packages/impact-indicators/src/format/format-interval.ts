import type { LocaleInput } from "@observatoire/impact-core/kernel";
import { describe, invalid, readOptions } from "../_lib/validate";
import { NNBSP, readDigits, readLocale } from "./_locale";
import { percentText } from "./format-percent";

/** Options of {@link formatInterval}. */
export interface FormatIntervalOptions {
  /** `"fr"` (default) or `"en"`. */
  locale?: LocaleInput | undefined;
  /** Decimals of each bound, in percent; 1 by default. */
  digits?: number | undefined;
}

/**
 * Formats the bounds of an interval of proportions as percentages. French:
 * `[64,6 % ; 81,6 %]` with a narrow no-break space (U+202F) before each `%` and before `;`;
 * English: `[64.6%, 81.6%]`.
 *
 * @param interval - an object with `lower` and `upper` proportions (an {@link Interval})
 * @param options - `locale` (default `"fr"`) and `digits` (default 1)
 * @returns the formatted interval
 * @throws {@link ImpactError} `INVALID_INPUT` for missing or non-finite bounds, an unknown locale or
 *   bad digits
 * @example
 * import { formatInterval, proportionInterval } from "@observatoire/impact-indicators";
 * formatInterval(proportionInterval(74, 100), { locale: "fr" });
 * //=> "[64,6\u202f%\u202f; 81,6\u202f%]"
 * formatInterval({ lower: 0.646, upper: 0.816 }, { locale: "en" });
 * //=> "[64.6%, 81.6%]"
 * formatInterval({ lower: 0.6, upper: Number.NaN });
 * //=> throws INVALID_INPUT
 */
export function formatInterval(
  interval: { readonly lower: number; readonly upper: number },
  options?: FormatIntervalOptions,
): string {
  const opts = readOptions(options);
  const locale = readLocale(opts.locale);
  const digits = readDigits(opts.digits, 1);
  if (typeof interval !== "object" || interval === null) {
    throw invalid(`interval must be an object { lower, upper }, got ${describe(interval)}`, [
      "interval",
    ]);
  }
  for (const key of ["lower", "upper"] as const) {
    const bound = interval[key] as unknown;
    if (typeof bound !== "number" || !Number.isFinite(bound)) {
      throw invalid(`interval.${key} must be a finite number, got ${describe(bound)}`, [
        "interval",
        key,
      ]);
    }
  }
  const lower = percentText(interval.lower, digits, locale);
  const upper = percentText(interval.upper, digits, locale);
  return locale === "fr" ? `[${lower}${NNBSP}; ${upper}]` : `[${lower}, ${upper}]`;
}
