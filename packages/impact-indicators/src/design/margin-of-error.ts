import { normalCritical } from "../_lib/quantiles";
import { describe, invalid, readLevel, readOptions } from "../_lib/validate";

/** Options of {@link marginOfError}. */
export interface MarginOfErrorOptions {
  /**
   * Confidence level strictly between 0 and 1; 0.95 by default. Every such level gives a finite
   * interval: the tail probability is used directly, so even `1 - 2 ** -53` works.
   */
  level?: number | undefined;
  /** Design effect multiplying the variance (e.g. {@link kishDesignEffect}); 1 by default. */
  designEffect?: number | undefined;
}

/**
 * The half-width of the normal interval of a proportion, `z * sqrt(deff * p(1-p) / n)`, the
 * "margin of error" of poll reports (as a proportion: 0.031 is 3.1 points).
 *
 * @param p - the proportion in [0, 1] (0.5 for the worst case)
 * @param n - the sample size, a number >= 1 (an effective size may be fractional)
 * @param options - `level` (default 0.95) and `designEffect` (default 1)
 * @returns the margin of error as a proportion
 * @throws {@link ImpactError} `INVALID_INPUT` for `p` outside [0, 1], `n` below 1, a level
 *   outside (0, 1) or a design effect that is not a positive finite number
 * @example
 * import { marginOfError } from "@observatoire/impact-indicators";
 * marginOfError(0.5, 1000);
 * //=> 0.0310
 * marginOfError(0.5, 1000, { designEffect: 1.5 });
 * //=> 0.0380
 * marginOfError(50, 1000);
 * //=> throws INVALID_INPUT
 */
export function marginOfError(p: number, n: number, options?: MarginOfErrorOptions): number {
  const opts = readOptions(options);
  const level = readLevel(opts.level);
  const deff = opts.designEffect ?? 1;
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    throw invalid(`p must be a proportion in [0, 1], got ${describe(p)}`, ["p"]);
  }
  if (typeof n !== "number" || !(n >= 1 && n < Number.POSITIVE_INFINITY)) {
    throw invalid(`n must be a finite sample size >= 1, got ${describe(n)}`, ["n"]);
  }
  if (typeof deff !== "number" || !(deff > 0 && deff < Number.POSITIVE_INFINITY)) {
    throw invalid(`designEffect must be a positive finite number, got ${describe(deff)}`, [
      "options",
      "designEffect",
    ]);
  }
  return normalCritical(level) * Math.sqrt((deff * p * (1 - p)) / n);
}
