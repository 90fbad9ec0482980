import { normalCritical } from "../_lib/normal-critical";
import type { Interval } from "../types";
import { type BinomialIntervalOptions, clip01, readBinomialInput } from "./_binomial-input";

/**
 * Wilson score interval of a binomial proportion, as statsmodels `proportion_confint(method="wilson")`
 * (no continuity correction). It costs an app the normal quantile only (under 10 kB gzip):
 * {@link proportionInterval} with `method: "wilson"` gives the same result but carries
 * every method's quantile.
 *
 * @param successes - number of successes, an integer in [0, trials]
 * @param trials - number of trials, a positive integer
 * @param options - `level` (default 0.95)
 * @returns the estimate `successes / trials` and the interval, as {@link proportionInterval}
 *   with `method: "wilson"`
 * @throws {@link ImpactError} `INVALID_INPUT` for a negative, fractional or too large count, a
 *   level outside (0, 1) or another `method`; `EMPTY_SAMPLE` when `trials` is 0
 * @example
 * import { wilsonInterval } from "@observatoire/impact-indicators";
 * const ci = wilsonInterval(74, 100);
 * [ci.lower, ci.upper];
 * //=> [0.646290, 0.815953]
 * wilsonInterval(0, 20).lower;
 * //=> 0.000000
 * wilsonInterval(74, 100, { level: 95 });
 * //=> throws INVALID_INPUT
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  options?: BinomialIntervalOptions,
): Interval<"wilson"> {
  const level = readBinomialInput(successes, trials, options, "wilson");
  return wilsonOf(successes, trials, level);
}

/** @internal The interval of checked counts and level. */
export function wilsonOf(x: number, n: number, level: number): Interval<"wilson"> {
  const q = x / n;
  const z = normalCritical(level);
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (q + z2 / (2 * n)) / denom;
  const dist = (z * Math.sqrt((q * (1 - q)) / n + z2 / (4 * n * n))) / denom;
  // At 0 or n successes the exact bound is 0 or 1, which rounding can miss by one ulp
  // (1.0000000000000002 at 1846 of 1846, level 0.5387, before clipping); statsmodels does
  // not clip, a difference of 2e-16.
  return {
    estimate: q,
    lower: clip01(center - dist),
    upper: clip01(center + dist),
    level,
    method: "wilson",
  };
}
