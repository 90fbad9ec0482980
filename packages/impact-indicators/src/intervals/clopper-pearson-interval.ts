import { betaQuantile } from "../_lib/beta";
import type { Interval } from "../types";
import { type BinomialIntervalOptions, readBinomialInput } from "./_binomial-input";

/**
 * Clopper-Pearson ("exact") interval of a binomial proportion, from beta quantiles, as
 * statsmodels `proportion_confint(method="beta")` and R `binom.test`: 0 at 0 successes, 1 at
 * `trials` successes. The beta quantile weighs about 50 kB gzip in an app's bundle.
 *
 * @param successes - number of successes, an integer in [0, trials]
 * @param trials - number of trials, a positive integer
 * @param options - `level` (default 0.95)
 * @returns the estimate `successes / trials` and the interval, as {@link proportionInterval}
 *   with `method: "clopper-pearson"`
 * @throws {@link ImpactError} `INVALID_INPUT` for a negative, fractional or too large count, a
 *   level outside (0, 1) or another `method`; `EMPTY_SAMPLE` when `trials` is 0
 * @example
 * import { clopperPearsonInterval } from "@observatoire/impact-indicators";
 * const ci = clopperPearsonInterval(74, 100);
 * [ci.lower, ci.upper];
 * //=> [0.642688, 0.822606]
 * clopperPearsonInterval(0, 20).lower;
 * //=> 0
 */
export function clopperPearsonInterval(
  successes: number,
  trials: number,
  options?: BinomialIntervalOptions,
): Interval<"clopper-pearson"> {
  const level = readBinomialInput(successes, trials, options, "clopper-pearson");
  return clopperPearsonOf(successes, trials, level);
}

/** @internal The interval of checked counts and level. */
export function clopperPearsonOf(x: number, n: number, level: number): Interval<"clopper-pearson"> {
  const alpha2 = (1 - level) / 2;
  const lower = x === 0 ? 0 : betaQuantile(alpha2, x, n - x + 1);
  const upper = x === n ? 1 : betaQuantile(1 - alpha2, x + 1, n - x);
  return { estimate: x / n, lower, upper, level, method: "clopper-pearson" };
}
