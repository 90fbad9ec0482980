import { readBinomial, readLevel, readMethod, readOptions } from "../_lib/validate";
import type { Interval, ProportionMethod } from "../types";
import type { BinomialIntervalOptions } from "./_binomial-input";
import { agrestiCoullOf } from "./agresti-coull-interval";
import { clopperPearsonOf } from "./clopper-pearson-interval";
import { jeffreysOf } from "./jeffreys-interval";
import { waldOf } from "./wald-interval";
import { wilsonOf } from "./wilson-interval";

/** Options of {@link proportionInterval}. */
export interface ProportionIntervalOptions extends BinomialIntervalOptions {
  /** Interval method; `"wilson"` by default. */
  method?: ProportionMethod | undefined;
}

const METHODS: readonly ProportionMethod[] = [
  "wilson",
  "wald",
  "agresti-coull",
  "clopper-pearson",
  "jeffreys",
];

/**
 * Confidence interval of a binomial proportion, computed exactly as statsmodels
 * `proportion_confint` (`wilson`, `normal` as `"wald"`, `agresti_coull`, `beta` as
 * `"clopper-pearson"`, `jeffreys`), including its edge rules: `wald` and `agresti-coull`
 * are clipped to [0, 1] (and `wilson`, whose bounds rounding can push 1e-16 outside);
 * `clopper-pearson` is 0 at 0 successes and 1 at `trials` successes; `jeffreys` is the
 * plain equal-tailed Beta(x + 1/2, n - x + 1/2) interval (no special case at 0 or n, as
 * statsmodels); `wilson` has no continuity correction.
 *
 * An app that shows one method imports that method's function instead
 * ({@link wilsonInterval}, {@link waldInterval}, {@link agrestiCoullInterval},
 * {@link clopperPearsonInterval}, {@link jeffreysInterval}: same options but `method`, same
 * result): this one carries every method's quantile, the beta quantile included.
 *
 * @param successes - number of successes, an integer in [0, trials]
 * @param trials - number of trials, a positive integer
 * @param options - `method` (default `"wilson"`) and `level` (default 0.95)
 * @returns the estimate `successes / trials` and the interval
 * @throws {@link ImpactError} `INVALID_INPUT` for a negative, fractional or too large count, a
 *   level outside (0, 1) or an unknown method; `EMPTY_SAMPLE` when `trials` is 0
 * @example
 * import { proportionInterval } from "@observatoire/impact-indicators";
 * const ci = proportionInterval(74, 100);
 * [ci.lower, ci.upper];
 * //=> [0.646290, 0.815953]
 * const cp = proportionInterval(74, 100, { method: "clopper-pearson", level: 0.95 });
 * [cp.lower, cp.upper];
 * //=> [0.642688, 0.822606]
 * proportionInterval(74, 100, { level: 95 });
 * //=> throws INVALID_INPUT
 */
export function proportionInterval(
  successes: number,
  trials: number,
  options?: ProportionIntervalOptions,
): Interval<ProportionMethod> {
  const opts = readOptions(options);
  const level = readLevel(opts.level);
  const method = readMethod(opts.method, METHODS, "wilson");
  readBinomial(successes, trials, ["successes"], ["trials"]);
  switch (method) {
    case "wilson":
      return wilsonOf(successes, trials, level);
    case "wald":
      return waldOf(successes, trials, level);
    case "agresti-coull":
      return agrestiCoullOf(successes, trials, level);
    case "clopper-pearson":
      return clopperPearsonOf(successes, trials, level);
    case "jeffreys":
      return jeffreysOf(successes, trials, level);
  }
}
