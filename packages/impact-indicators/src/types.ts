/** Methods of {@link proportionInterval}, named as in the literature (statsmodels names in brackets in the docs). */
export type ProportionMethod = "wald" | "wilson" | "agresti-coull" | "clopper-pearson" | "jeffreys";

/** Methods of {@link surveyProportion}, as R `survey::svyciprop`. */
export type SurveyMethod = "logit" | "mean" | "beta" | "asin";

/** Methods of {@link differenceOfProportions}, as statsmodels `confint_proportions_2indep`. */
export type DifferenceMethod = "wald" | "newcombe" | "agresti-caffo";

/** A point estimate with its confidence interval. */
export interface Interval<M extends string = string> {
  /** The point estimate (a proportion in [0, 1], or a difference in [-1, 1]). */
  readonly estimate: number;
  /** Lower bound of the interval. */
  readonly lower: number;
  /** Upper bound of the interval. */
  readonly upper: number;
  /** Confidence level in (0, 1), e.g. 0.95. */
  readonly level: number;
  /** The method that produced the interval. */
  readonly method: M;
}

/** A weighted proportion with its design-based standard error and interval. */
export interface SurveyEstimate extends Interval<SurveyMethod> {
  /** Linearised standard error of the estimate, as R `survey::svymean`. */
  readonly standardError: number;
  /**
   * Respondents with a positive weight (R's `degf + 1`). Zero-weight rows still count in the
   * `n/(n-1)` factor of the variance, as design rows do in R.
   */
  readonly n: number;
  /** Sum of the weights of those rows. */
  readonly sumWeights: number;
  /** Kish effective sample size, `(sum w)^2 / sum w^2`. */
  readonly effectiveN: number;
  /**
   * Kish design effect due to unequal weights, `n sum w^2 / (sum w)^2` (not the variance ratio
   * of `svymean(deff = TRUE)`).
   */
  readonly designEffect: number;
  /**
   * Design effect as R's `svymean(deff = TRUE)`: the variance over the one of simple random
   * sampling without replacement of the same size from a population of the weights' total.
   * Undefined where R gives NA or Inf (weights summing to no more than `n`, as unweighted data)
   * or NaN (no spread).
   */
  readonly deff: number | undefined;
  /**
   * Degrees of freedom of the Student quantile (`Infinity` for the normal quantile); for the
   * `beta` method, which ignores the `df` option as R does, the design's.
   */
  readonly df: number;
}

/** One {@link SurveyEstimate} per subpopulation, with the group it describes. */
export type DomainEstimate<G extends string | number = string | number> = SurveyEstimate & {
  /** The group value, as given in the `groups` column. */
  readonly group: G;
};

export type { NumericColumn } from "@observatoire/impact-core/kernel";

/** A count of successes among trials, for comparisons. */
export interface BinomialCount {
  /** Number of successes (an integer between 0 and `trials`). */
  readonly successes: number;
  /** Number of trials (a positive integer). */
  readonly trials: number;
}
