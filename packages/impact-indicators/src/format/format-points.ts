import type { LocaleInput } from "@observatoire/impact-core/kernel";
import { describe, invalid, readOptions } from "../_lib/validate";
import { formatMagnitude, MINUS, NBSP, readDigits, readFinite, readLocale } from "./_locale";

/** Options of {@link formatPoints}. */
export interface FormatPointsOptions {
  /** `"fr"` (default) or `"en"`. */
  locale?: LocaleInput | undefined;
  /** Decimals after the point; 0 by default. */
  digits?: number | undefined;
  /**
   * `"signed"` (default) for a change (`+3 pts`, `−2 pts`, `0 pt`), `"margin"` for a margin of
   * error (`± 8,6 pts`, the value must not be negative).
   */
  style?: "signed" | "margin" | undefined;
}

/**
 * Formats a number of percentage points for reports: a change between waves (`+3 pts`) or a
 * margin of error (`± 8,6 pts`). The value is in points (3 for three points: multiply a
 * proportion by 100 first). The unit is separated by a no-break space (U+00A0); French uses a
 * decimal comma and the singular `pt` below 2, English the singular only for exactly 1.
 *
 * @param points - the number of points
 * @param options - `locale` (default `"fr"`), `digits` (default 0), `style` (default `"signed"`)
 * @returns the formatted points
 * @throws {@link ImpactError} `INVALID_INPUT` for a non-finite value, a negative margin, an unknown
 *   locale or style, or bad digits
 * @example
 * import { formatPoints } from "@observatoire/impact-indicators";
 * formatPoints(3);
 * //=> "+3\u00a0pts"
 * formatPoints(8.62, { locale: "fr", digits: 1, style: "margin" });
 * //=> "±\u00a08,6\u00a0pts"
 * formatPoints(-2.5, { locale: "en", digits: 1 });
 * //=> "\u22122.5\u00a0pts"
 * formatPoints(-1, { style: "margin" });
 * //=> throws INVALID_INPUT
 */
export function formatPoints(points: number, options?: FormatPointsOptions): string {
  const opts = readOptions(options);
  const locale = readLocale(opts.locale);
  const digits = readDigits(opts.digits, 0);
  const value = readFinite(points, "points");
  const style = opts.style ?? "signed";
  if (style !== "signed" && style !== "margin") {
    throw invalid(`style must be "signed" or "margin", got ${describe(style)}`, [
      "options",
      "style",
    ]);
  }
  if (style === "margin" && value < 0) {
    throw invalid(`a margin of error cannot be negative, got ${value}`, ["points"]);
  }
  const { text, negative, zero } = formatMagnitude(value, digits, locale);
  const rounded = Number(text.replace(",", "."));
  const singular = locale === "fr" ? rounded < 2 : rounded === 1;
  const unit = singular ? "pt" : "pts";
  if (style === "margin") return `±${NBSP}${text}${NBSP}${unit}`;
  const sign = zero ? "" : negative ? MINUS : "+";
  return `${sign}${text}${NBSP}${unit}`;
}
