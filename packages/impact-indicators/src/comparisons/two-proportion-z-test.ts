import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { readBinomialCount } from "../_lib/binomial";
import { invalid } from "../_lib/validate";
import type { BinomialCount } from "../types";

/** Result of {@link twoProportionZTest}. */
export interface ZTestResult {
  /** The z statistic, `(pA - pB) / sqrt(p(1 - p)(1/nA + 1/nB))` with the pooled `p`. */
  readonly z: number;
  /** Two-sided p-value, `2 * Phi(-|z|)`. */
  readonly pValue: number;
}

/**
 * Two-sided z test of equal proportions with the pooled variance and no continuity correction,
 * as statsmodels `proportions_ztest([sA, sB], [nA, nB])`.
 *
 * @param a - first group, `{ successes, trials }`
 * @param b - second group, `{ successes, trials }`
 * @returns the z statistic and its two-sided p-value
 * @throws {@link ImpactError} `INVALID_INPUT` for bad counts, or when both groups are at 0 % or
 *   both at 100 % (the pooled variance is zero and z undefined; statsmodels returns NaN);
 *   `EMPTY_SAMPLE` for a group with no trials
 * @example
 * import { twoProportionZTest } from "@observatoire/impact-indicators";
 * const test = twoProportionZTest({ successes: 74, trials: 100 }, { successes: 60, trials: 100 });
 * [test.z, test.pValue];
 * //=> [2.105323, 0.035263]
 * twoProportionZTest({ successes: 0, trials: 10 }, { successes: 0, trials: 20 });
 * //=> throws INVALID_INPUT
 */
export function twoProportionZTest(a: BinomialCount, b: BinomialCount): ZTestResult {
  readBinomialCount(a, "a");
  readBinomialCount(b, "b");
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  if (pooled === 0 || pooled === 1) {
    throw invalid(
      `both groups are at ${pooled === 0 ? "0" : "100"} %: the pooled variance is zero and the z statistic is undefined`,
      [],
    );
  }
  const diff = a.successes / a.trials - b.successes / b.trials;
  const z = diff / Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  return { z, pValue: 2 * normalCdf(-Math.abs(z), 0, 1) };
}
