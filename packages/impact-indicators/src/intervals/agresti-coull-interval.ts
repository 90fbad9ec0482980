import { normalCritical } from "../_lib/normal-critical";
import type { Interval } from "../types";
import { type BinomialIntervalOptions, clip01, readBinomialInput } from "./_binomial-input";

/**
 * Agresti-Coull interval of a binomial proportion (the Wald interval around the
 * proportion with z²/2 successes and failures added), as statsmodels
 * `proportion_confint(method="agresti_coull")`, clipped to [0, 1].
 *
 * @param successes - number of successes, an integer in [0, trials]
 * @param trials - number of trials, a positive integer
 * @param options - `level` (default 0.95)
 * @returns the estimate `successes / trials` and the interval, as {@link proportionInterval}
 *   with `method: "agresti-coull"`
 * @throws {@link ImpactError} `INVALID_INPUT` for a negative, fractional or too large count, a
 *   level outside (0, 1) or another `method`; `EMPTY_SAMPLE` when `trials` is 0
 * @example
 * import { agrestiCoullInterval } from "@observatoire/impact-indicators";
 * const ci = agrestiCoullInterval(74, 100);
 * [ci.lower, ci.upper];
 * //=> [0.645844, 0.816399]
 */
export function agrestiCoullInterval(
  successes: number,
  trials: number,
  options?: BinomialIntervalOptions,
): Interval<"agresti-coull"> {
  const level = readBinomialInput(successes, trials, options, "agresti-coull");
  return agrestiCoullOf(successes, trials, level);
}

/** @internal The interval of checked counts and level. */
export function agrestiCoullOf(x: number, n: number, level: number): Interval<"agresti-coull"> {
  const q = x / n;
  const z = normalCritical(level);
  const nc = n + z * z;
  const qc = (x + (z * z) / 2) / nc;
  const dist = z * Math.sqrt((qc * (1 - qc)) / nc);
  return {
    estimate: q,
    lower: clip01(qc - dist),
    upper: clip01(qc + dist),
    level,
    method: "agresti-coull",
  };
}
