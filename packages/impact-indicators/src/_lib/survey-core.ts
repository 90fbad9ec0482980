import { ImpactError, type IssuePath } from "@observatoire/impact-core/kernel";
import type { SurveyEstimate, SurveyMethod } from "../types";
import { betaQuantile } from "./beta";
import { studentCritical } from "./quantiles";
import { SAFE_LOW, tooLarge } from "./scale";
import { describe, invalid, readLevel, readMethod, readOptions } from "./validate";

/**
 * @internal Sufficient statistics of a weighted 0/1 variable. Because the values are 0 or 1,
 * `sum w^2 (y - p)^2 = (1 - p)^2 q1 + p^2 q0` with every term non-negative: the variance needs
 * no subtraction of large sums (no cancellation), and every field is a plain sum, so two sets of
 * sums over disjoint rows add up to the sums over their union, in any split.
 */
export interface ProportionSums {
  /** Rows seen, including zero weights (R counts them in the n/(n-1) factor). */
  rows: number;
  /** Rows with a positive weight (R's `degf` counts only these). */
  positive: number;
  /** Sum of the weights of rows with value 1. */
  w1: number;
  /** Sum of the weights of rows with value 0. */
  w0: number;
  /** Sum of the squared weights of rows with value 1. */
  q1: number;
  /** Sum of the squared weights of rows with value 0. */
  q0: number;
  /**
   * The power of two the weights were multiplied by before summing (1 unless the weights lie
   * outside the safe range of `scale.ts`): `w1 / scale` is the real sum.
   */
  scale?: number;
}

/** @internal */
export const SURVEY_METHODS: readonly SurveyMethod[] = ["logit", "mean", "beta", "asin"];

/** @internal Reads the `df` option: undefined, a positive number or Infinity. */
export function readDf(df: unknown, path: IssuePath = ["options", "df"]): number | undefined {
  if (df === undefined) return undefined;
  if (typeof df !== "number" || !(df > 0)) {
    throw invalid(
      `df must be a positive number of degrees of freedom or Infinity, got ${describe(df)}`,
      path,
    );
  }
  return df;
}

/**
 * @internal The options every survey estimate takes: `level`, `method` (default "logit")
 * and `df`; `opts` is the checked options object, for the caller's other options.
 */
export function readSurveyOptions<
  T extends { readonly level?: unknown; readonly method?: unknown; readonly df?: unknown },
>(
  options: T | undefined,
): { opts: Partial<T>; level: number; method: SurveyMethod; df: number | undefined } {
  const opts = readOptions(options);
  return {
    opts,
    level: readLevel(opts.level),
    method: readMethod(opts.method, SURVEY_METHODS, "logit"),
    df: readDf(opts.df),
  };
}

/** @internal Where the estimate comes from, for error messages and the design's n. */
export interface EstimateContext {
  /** Rows of the whole design: the n of the n/(n-1) factor (the full sample for a domain). */
  readonly designRows: number;
  /** `nrow(design)` as R's Korn-Graubard ratio sees it. */
  readonly betaRows: number;
  /** Describes the sample in messages ("the sample", `group "A"`). */
  readonly label: string;
  /** Path reported when the sample is too small. */
  readonly path: IssuePath;
}

/**
 * @internal Turns sums into a {@link SurveyEstimate}: linearised variance as R `svymean`, interval
 * as R `svyciprop`.
 */
export function estimateFromSums(
  sums: ProportionSums,
  method: SurveyMethod,
  level: number,
  dfOption: number | undefined,
  context: EstimateContext,
): SurveyEstimate {
  const total = sums.w1 + sums.w0;
  if (sums.rows === 0) {
    throw new ImpactError("EMPTY_SAMPLE", `${context.label} has no rows`, { path: context.path });
  }
  if (!(total > 0)) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      `${context.label} has no positive weight: the proportion is undefined`,
      { path: context.path },
    );
  }
  if (context.designRows < 2) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      `${context.label} has a single row: a standard error needs at least 2 respondents`,
      { path: context.path },
    );
  }
  const degf = sums.positive - 1;
  if (method === "beta" && !(degf > 0)) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      `${context.label} has a single respondent with a positive weight: the beta (Korn-Graubard) interval uses the design's degrees of freedom (0 here) whatever df says, as R does`,
      { path: context.path },
    );
  }
  // R's beta method ignores df and works with the design's; report the one used.
  const df = method === "beta" ? degf : (dfOption ?? degf);
  if (!(df > 0)) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      `${context.label} has a single respondent with a positive weight, so its interval has 0 degrees of freedom; pass df: Infinity for a normal-quantile interval`,
      { path: context.path },
    );
  }
  const scale = sums.scale ?? 1;
  const sumWeights = total / scale;
  if (!(sumWeights < Number.POSITIVE_INFINITY)) {
    throw tooLarge("the sum of the weights", ["weights"]);
  }
  const p = sums.w1 / total;
  if (p > 0 && p < SAFE_LOW) {
    // Only weights spanning more than 120 orders of magnitude get here (1 beside 1e161): the
    // squares of the small ones underflow and the variance would come out as 0.
    throw invalid(
      `the estimate ${p} is positive but below 2^-400 (about 3.9e-121): the weights of the rows with value 1 are so much smaller than the others that the variance cannot be computed; weights must span less than 120 orders of magnitude`,
      ["weights"],
    );
  }
  const squares = sums.q1 + sums.q0;
  const n = context.designRows;
  const variance =
    ((n / (n - 1)) * ((1 - p) * (1 - p) * sums.q1 + p * p * sums.q0)) / (total * total);
  const se = Math.sqrt(variance);
  const [lower, upper] = proportionBounds(p, variance, method, level, df, degf, context.betaRows);
  return {
    estimate: p,
    lower,
    upper,
    level,
    method,
    standardError: se,
    n: sums.positive,
    sumWeights,
    effectiveN: (total * total) / squares,
    designEffect: (sums.positive * squares) / (total * total),
    // sum w (y - p)^2 = N p (1 - p) for 0/1 values; N unscaled, as R compares it with n.
    deff: meanDeff(variance, sumWeights * p * (1 - p), sumWeights, sums.positive),
    df,
  };
}

/**
 * @internal R's `deff = TRUE` for a mean: the variance over the one of simple random sampling
 * without replacement, `svyvar * (N - n) / (N n)` with `svyvar = n/(n-1) * sum w (y - m)^2 / N`,
 * `N` the sum of the weights and `n` the rows with a positive weight. Undefined where R gives NA,
 * Inf or NaN: weights summing to no more than `n`, fewer than 2 rows, or no spread. The weights
 * may be scaled (`weightedSquares` and `sumWeights` alike) when `population` gives `N` unscaled.
 */
export function meanDeff(
  variance: number,
  weightedSquares: number,
  sumWeights: number,
  positive: number,
  population: number = sumWeights,
): number | undefined {
  if (!(positive > 1 && population > positive)) return undefined;
  const svyvar = ((positive / (positive - 1)) * weightedSquares) / sumWeights;
  const vsrs = (svyvar * ((population - positive) / population)) / positive;
  const deff = variance / vsrs;
  return Number.isFinite(deff) ? deff : undefined;
}

/**
 * @internal The bounds of R `svyciprop` for a proportion `p` of variance `variance`: `logit`,
 * `mean`, `asin` on `df` degrees of freedom; `beta` (Korn-Graubard) on the design's `degf` and
 * `betaRows` (R's `nrow(design)`).
 */
export function proportionBounds(
  p: number,
  variance: number,
  method: SurveyMethod,
  level: number,
  df: number,
  degf: number,
  betaRows: number,
): [number, number] {
  const se = Math.sqrt(variance);
  const alpha = 1 - level;
  let lower: number;
  let upper: number;
  if (method === "beta") {
    [lower, upper] = kornGraubard(p, variance, alpha, level, degf, betaRows);
  } else if (p === 0 || p === 1 || se === 0) {
    // Every transformed method degenerates to the point: R's logit fit diverges to an interval
    // within 1e-9 of p, its mean interval is [p, p] and its asin one is NaN. We return [p, p].
    lower = p;
    upper = p;
  } else {
    const t = studentCritical(level, df);
    if (!Number.isFinite(t)) {
      // Only a df far below 1 gets here (df 0.001 at level 0.95): the Student quantile is
      // beyond the largest double.
      throw invalid(
        `df ${df} is too small for level ${level}: the Student quantile is larger than the largest number (about 1.8e308); use at least 1 degree of freedom`,
        ["options", "df"],
      );
    }
    switch (method) {
      case "mean":
        lower = p - t * se;
        upper = p + t * se;
        break;
      case "logit": {
        const eta = Math.log(p / (1 - p));
        const half = (t * se) / (p * (1 - p));
        lower = expit(eta - half);
        upper = expit(eta + half);
        break;
      }
      case "asin": {
        const theta = Math.asin(Math.sqrt(p));
        const half = (t * se) / (2 * Math.sqrt(p * (1 - p)));
        // R lets the transformed bounds leave [0, pi/2], where sin^2 folds them back (a lower
        // bound above the upper one). Clamping keeps the interval ordered and inside [0, 1].
        const lo = Math.max(0, theta - half);
        const hi = Math.min(Math.PI / 2, theta + half);
        lower = Math.sin(lo) ** 2;
        upper = Math.sin(hi) ** 2;
        break;
      }
    }
  }
  return [lower, upper];
}

function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Korn and Graubard's interval, as R `svyciprop(method = "beta")`: a Clopper-Pearson interval on
 * the effective sample size `p(1 - p) / Var`, scaled by `(qt(alpha/2, nrow - 1) / qt(alpha/2,
 * degf))^2`. R ignores the `df` argument here, and so do we.
 */
function kornGraubard(
  p: number,
  variance: number,
  alpha: number,
  level: number,
  degf: number,
  betaRows: number,
): [number, number] {
  if (p === 0 || p === 1) {
    // R returns NaN here (its effective size is 0/0). With no variance to estimate a design
    // effect from, we take the respondents as the effective size (a design effect of 1): the
    // Clopper-Pearson interval of 0 (or all) successes out of degf + 1.
    const size = degf + 1;
    return p === 0
      ? [0, betaQuantile(1 - alpha / 2, 1, size)]
      : [betaQuantile(alpha / 2, size, 1), 1];
  }
  // With zero weights R's nrow counts rows that degf does not, so the ratio is not always 1.
  const denominator = studentCritical(level, degf);
  // Levels below 2^-54 have critical values of exactly 0 (alpha / 2 rounds to 0.5), and an
  // interval that is the median of both beta distributions whatever the ratio: take 1.
  const ratio =
    betaRows - 1 === degf || denominator === 0
      ? 1
      : studentCritical(level, betaRows - 1) / denominator;
  const nEff = ((p * (1 - p)) / variance) * ratio * ratio;
  const lower = betaQuantile(alpha / 2, nEff * p, nEff * (1 - p) + 1);
  const upper = betaQuantile(1 - alpha / 2, nEff * p + 1, nEff * (1 - p));
  return [lower, upper];
}
