import { betaQuantile } from "../_lib/beta";
import type { Interval } from "../types";
import { type BinomialIntervalOptions, readBinomialInput } from "./_binomial-input";

/**
 * Jeffreys interval of a binomial proportion: the equal-tailed interval of the
 * Beta(x + 1/2, n - x + 1/2) posterior, as statsmodels `proportion_confint(method="jeffreys")`
 * (no special case at 0 or `trials` successes). The beta quantile weighs about 50 kB gzip
 * in an app's bundle.
 *
 * @param successes - number of successes, an integer in [0, trials]
 * @param trials - number of trials, a positive integer
 * @param options - `level` (default 0.95)
 * @returns the estimate `successes / trials` and the interval, as {@link proportionInterval}
 *   with `method: "jeffreys"`
 * @throws {@link ImpactError} `INVALID_INPUT` for a negative, fractional or too large count, a
 *   level outside (0, 1) or another `method`; `EMPTY_SAMPLE` when `trials` is 0
 * @example
 * import { jeffreysInterval } from "@observatoire/impact-indicators";
 * const ci = jeffreysInterval(74, 100);
 * [ci.lower, ci.upper];
 * //=> [0.648061, 0.818277]
 */
export function jeffreysInterval(
  successes: number,
  trials: number,
  options?: BinomialIntervalOptions,
): Interval<"jeffreys"> {
  const level = readBinomialInput(successes, trials, options, "jeffreys");
  return jeffreysOf(successes, trials, level);
}

/** @internal The interval of checked counts and level. */
export function jeffreysOf(x: number, n: number, level: number): Interval<"jeffreys"> {
  const alpha2 = (1 - level) / 2;
  const lower = betaQuantile(alpha2, x + 0.5, n - x + 0.5);
  const upper = betaQuantile(1 - alpha2, x + 0.5, n - x + 0.5);
  return { estimate: x / n, lower, upper, level, method: "jeffreys" };
}
