import { normalCritical } from "../_lib/normal-critical";
import type { Interval } from "../types";
import { type BinomialIntervalOptions, clip01, readBinomialInput } from "./_binomial-input";

/**
 * Wald (normal approximation) interval of a binomial proportion, as statsmodels
 * `proportion_confint(method="normal")`, clipped to [0, 1]. It is zero-width at 0 or
 * `trials` successes; prefer {@link wilsonInterval} for small samples.
 *
 * @param successes - number of successes, an integer in [0, trials]
 * @param trials - number of trials, a positive integer
 * @param options - `level` (default 0.95)
 * @returns the estimate `successes / trials` and the interval, as {@link proportionInterval}
 *   with `method: "wald"`
 * @throws {@link ImpactError} `INVALID_INPUT` for a negative, fractional or too large count, a
 *   level outside (0, 1) or another `method`; `EMPTY_SAMPLE` when `trials` is 0
 * @example
 * import { waldInterval } from "@observatoire/impact-indicators";
 * const ci = waldInterval(74, 100);
 * [ci.lower, ci.upper];
 * //=> [0.654029, 0.825971]
 * waldInterval(0, 20).upper;
 * //=> 0
 */
export function waldInterval(
  successes: number,
  trials: number,
  options?: BinomialIntervalOptions,
): Interval<"wald"> {
  const level = readBinomialInput(successes, trials, options, "wald");
  return waldOf(successes, trials, level);
}

/** @internal The interval of checked counts and level. */
export function waldOf(x: number, n: number, level: number): Interval<"wald"> {
  const q = x / n;
  const dist = normalCritical(level) * Math.sqrt((q * (1 - q)) / n);
  return { estimate: q, lower: clip01(q - dist), upper: clip01(q + dist), level, method: "wald" };
}
