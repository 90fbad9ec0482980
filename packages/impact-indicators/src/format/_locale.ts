import { type Locale, readLocale as readAnyLocale } from "@observatoire/impact-core/kernel";
import { describe, invalid } from "../_lib/validate";

/**
 * Locales of the report formatters.
 *
 * @deprecated Use `Locale` from `@observatoire/impact-core`, the one locale type of every package.
 */
export type ReportLocale = Locale;

/** @internal Narrow no-break space (U+202F): French typography before `%`, `;`, `!`, `?`. */
export const NNBSP = "\u202f";
/** @internal No-break space (U+00A0): between a number and its unit word. */
export const NBSP = "\u00a0";
/** @internal Minus sign (U+2212), the typographic minus of printed reports. */
export const MINUS = "\u2212";

/** @internal The `locale` option of the report formatters, read by core's one rule; "fr" by default. */
export function readLocale(locale: unknown): Locale {
  return readAnyLocale(locale, { fallback: "fr", path: ["options", "locale"] });
}

/** @internal Reads a number of decimals, an integer in [0, 10]. */
export function readDigits(digits: unknown, fallback: number): number {
  if (digits === undefined) return fallback;
  if (typeof digits !== "number" || !Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw invalid(`digits must be an integer between 0 and 10, got ${describe(digits)}`, [
      "options",
      "digits",
    ]);
  }
  return digits;
}

/** @internal Reads a finite number argument. */
export function readFinite(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalid(`${name} must be a finite number, got ${describe(value)}`, [name]);
  }
  return value;
}

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * @internal The absolute value of `value` with `digits` decimals, in the locale's decimal mark,
 * without grouping, and whether it is negative once rounded (so that -0.001 is "0", not "-0").
 */
export function formatMagnitude(
  value: number,
  digits: number,
  locale: Locale,
): { text: string; negative: boolean; zero: boolean } {
  let formatter = formatters.get(digits);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    formatters.set(digits, formatter);
  }
  const text = formatter.format(Math.abs(value));
  const zero = /^[0.]+$/.test(text);
  return {
    text: locale === "fr" ? text.replace(".", ",") : text,
    negative: value < 0 && !zero,
    zero,
  };
}
