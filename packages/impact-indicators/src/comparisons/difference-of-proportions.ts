import { readBinomialCount } from "../_lib/binomial";
import { normalCritical } from "../_lib/quantiles";
import { readLevel, readMethod, readOptions } from "../_lib/validate";
import { proportionInterval } from "../intervals/proportion-interval";
import type { BinomialCount, DifferenceMethod, Interval } from "../types";

/** Options of {@link differenceOfProportions}. */
export interface DifferenceOfProportionsOptions {
  /** Interval method; `"newcombe"` by default. */
  method?: DifferenceMethod | undefined;
  /**
   * Confidence level strictly between 0 and 1; 0.95 by default. Every such level gives a finite
   * interval: the tail probability is used directly, so even `1 - 2 ** -53` works.
   */
  level?: number | undefined;
}

const METHODS: readonly DifferenceMethod[] = ["newcombe", "wald", "agresti-caffo"];

/**
 * Confidence interval of the difference `pA - pB` of two independent proportions, as statsmodels
 * `confint_proportions_2indep(..., compare="diff")`: `newcombe` (default, statsmodels `newcomb`:
 * the hybrid score interval built on both Wilson intervals), `wald`, and `agresti-caffo` (Wald
 * after adding one success and two trials to each group). The estimate is always the observed
 * `pA - pB`; as statsmodels, bounds are not clipped.
 *
 * @param a - first group, `{ successes, trials }`
 * @param b - second group, `{ successes, trials }`
 * @param options - `method` and `level`
 * @returns the difference and its interval
 * @throws {@link ImpactError} `INVALID_INPUT` for bad counts (path `["a", "successes"]`...), level
 *   or method; `EMPTY_SAMPLE` for a group with no trials
 * @example
 * import { differenceOfProportions } from "@observatoire/impact-indicators";
 * const d = differenceOfProportions({ successes: 74, trials: 100 }, { successes: 60, trials: 100 });
 * [d.estimate, d.lower, d.upper];
 * //=> [0.14, 0.009656, 0.263985]
 * differenceOfProportions({ successes: 74, trials: 100 }, { successes: 60, trials: 100 }, { method: "newcomb" as never });
 * //=> throws INVALID_INPUT
 */
export function differenceOfProportions(
  a: BinomialCount,
  b: BinomialCount,
  options?: DifferenceOfProportionsOptions,
): Interval<DifferenceMethod> {
  const opts = readOptions(options);
  const level = readLevel(opts.level);
  const method = readMethod(opts.method, METHODS, "newcombe");
  readBinomialCount(a, "a");
  readBinomialCount(b, "b");
  const p1 = a.successes / a.trials;
  const p2 = b.successes / b.trials;
  const diff = p1 - p2;
  let lower: number;
  let upper: number;
  if (method === "newcombe") {
    const ci1 = proportionInterval(a.successes, a.trials, { method: "wilson", level });
    const ci2 = proportionInterval(b.successes, b.trials, { method: "wilson", level });
    lower = diff - Math.sqrt((p1 - ci1.lower) ** 2 + (ci2.upper - p2) ** 2);
    upper = diff + Math.sqrt((p1 - ci1.upper) ** 2 + (ci2.lower - p2) ** 2);
  } else {
    const add = method === "agresti-caffo" ? 1 : 0;
    const n1 = a.trials + 2 * add;
    const n2 = b.trials + 2 * add;
    const q1 = (a.successes + add) / n1;
    const q2 = (b.successes + add) / n2;
    const half = normalCritical(level) * Math.sqrt((q1 * (1 - q1)) / n1 + (q2 * (1 - q2)) / n2);
    lower = q1 - q2 - half;
    upper = q1 - q2 + half;
  }
  return { estimate: diff, lower, upper, level, method };
}
