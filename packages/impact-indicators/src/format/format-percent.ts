import { frenchTypography } from "@observatoire/impact-core";
import { readOptions } from "../_lib/validate";
import {
  formatMagnitude,
  MINUS,
  type ReportLocale,
  readDigits,
  readFinite,
  readLocale,
} from "./_locale";

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions {
  /** `"fr"` (default) or `"en"`; tags such as `"fr-FR"` are accepted. */
  locale?: ReportLocale | (string & {}) | undefined;
  /** Decimals after the point; 0 by default. */
  digits?: number | undefined;
}

/**
 * Formats a proportion as a percentage for reports. French: decimal comma and a narrow
 * no-break space (U+202F) before `%` (`74 %`, `64,6 %`); English: `74%`, `64.6%`. Negative
 * values take the minus sign U+2212; a value that rounds to zero is never signed.
 *
 * @param value - a proportion (0.74 for 74 %)
 * @param options - `locale` (default `"fr"`) and `digits` (default 0)
 * @returns the formatted percentage
 * @throws {@link ImpactError} `INVALID_INPUT` for a non-finite value, an unknown locale or bad digits
 * @example
 * import { formatPercent } from "@observatoire/impact-indicators";
 * formatPercent(0.74, { locale: "fr" });
 * //=> "74\u202f%"
 * formatPercent(0.64629, { locale: "fr", digits: 1 });
 * //=> "64,6\u202f%"
 * formatPercent(0.64629, { locale: "en", digits: 1 });
 * //=> "64.6%"
 * formatPercent(Number.NaN);
 * //=> throws INVALID_INPUT
 */
export function formatPercent(value: number, options?: FormatPercentOptions): string {
  const opts = readOptions(options);
  const locale = readLocale(opts.locale);
  const digits = readDigits(opts.digits, 0);
  const v = readFinite(value, "value");
  return percentText(v, digits, locale);
}

/**
 * The French space before `%` is set by impact-core's `frenchTypography`, the one rule
 * every package shares.
 *
 * @internal
 */
export function percentText(value: number, digits: number, locale: ReportLocale): string {
  const { text, negative } = formatMagnitude(value * 100, digits, locale);
  const percent = `${negative ? MINUS : ""}${text}%`;
  return locale === "fr" ? frenchTypography(percent) : percent;
}
