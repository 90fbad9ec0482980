import { betaQuantile } from "../_lib/beta";
import { normalCritical } from "../_lib/quantiles";
import { readBinomial, readLevel, readMethod, readOptions } from "../_lib/validate";
import type { Interval, ProportionMethod } from "../types";

/** Options of {@link proportionInterval}. */
export interface ProportionIntervalOptions {
  /** Interval method; `"wilson"` by default. */
  method?: ProportionMethod | undefined;
  /**
   * Confidence level strictly between 0 and 1; 0.95 by default. Every such level gives a finite
   * interval: the tail probability is used directly, so even `1 - 2 ** -53` works.
   */
  level?: number | undefined;
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
  const n = trials;
  const x = successes;
  const q = x / n;
  let lower: number;
  let upper: number;
  switch (method) {
    case "wilson": {
      const z = normalCritical(level);
      const z2 = z * z;
      const denom = 1 + z2 / n;
      const center = (q + z2 / (2 * n)) / denom;
      const dist = (z * Math.sqrt((q * (1 - q)) / n + z2 / (4 * n * n))) / denom;
      // At 0 or n successes the exact bound is 0 or 1, which rounding can miss by one ulp
      // (1.0000000000000002 at 1846 of 1846, level 0.5387, before clipping); statsmodels does
      // not clip, a difference of 2e-16.
      lower = clip01(center - dist);
      upper = clip01(center + dist);
      break;
    }
    case "wald": {
      const dist = normalCritical(level) * Math.sqrt((q * (1 - q)) / n);
      lower = clip01(q - dist);
      upper = clip01(q + dist);
      break;
    }
    case "agresti-coull": {
      const z = normalCritical(level);
      const nc = n + z * z;
      const qc = (x + (z * z) / 2) / nc;
      const dist = z * Math.sqrt((qc * (1 - qc)) / nc);
      lower = clip01(qc - dist);
      upper = clip01(qc + dist);
      break;
    }
    case "clopper-pearson": {
      const alpha2 = (1 - level) / 2;
      lower = x === 0 ? 0 : betaQuantile(alpha2, x, n - x + 1);
      upper = x === n ? 1 : betaQuantile(1 - alpha2, x + 1, n - x);
      break;
    }
    case "jeffreys": {
      const alpha2 = (1 - level) / 2;
      lower = betaQuantile(alpha2, x + 0.5, n - x + 0.5);
      upper = betaQuantile(1 - alpha2, x + 0.5, n - x + 0.5);
      break;
    }
  }
  return { estimate: q, lower, upper, level, method };
}

function clip01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
