import {
  designRows,
  intervalDf,
  type MissingValues,
  readNa,
  symmetricBounds,
} from "../_lib/design-estimate";
import type { LinearStatistic } from "../_lib/design-variance";
import type { GroupKey } from "../_lib/domain-sums";
import { readDf } from "../_lib/survey-core";
import { readLevel, readOptions } from "../_lib/validate";
import type { SurveyDesign } from "../design/survey-design";
import type { NumericColumn } from "../types";

export type { MissingValues } from "../_lib/design-estimate";

/** Options of {@link surveyMean}, {@link surveyTotal}, {@link domainMeans}, {@link domainTotals}. */
export interface SurveyMeanOptions {
  /** Confidence level strictly between 0 and 1; 0.95 by default. */
  level?: number | undefined;
  /**
   * Degrees of freedom of the Student quantile; by default the design's (R's `degf`: PSUs minus
   * strata, for a domain those with rows in it). `Infinity` gives R's default normal bounds.
   */
  df?: number | undefined;
  /**
   * Missing values (NaN, null, undefined): `"fail"` (default) refuses them with their row,
   * `"drop"` leaves their rows out of the estimate but in the design, as R's `na.rm = TRUE`.
   */
  na?: MissingValues | undefined;
}

/** A design-based mean or total with its standard error and interval. */
export interface SurveyStatistic {
  /** `"mean"` or `"total"`. */
  readonly statistic: "mean" | "total";
  /** The estimate: `sum w y / sum w` or `sum w y`. */
  readonly estimate: number;
  /** Linearised standard error, as R `svymean` / `svytotal`. */
  readonly standardError: number;
  /** `estimate - t SE`, as R `confint(stat, df = degf(design))`. */
  readonly lower: number;
  /** `estimate + t SE`. */
  readonly upper: number;
  /** Confidence level. */
  readonly level: number;
  /** Degrees of freedom of the quantile (`Infinity` for the normal one). */
  readonly df: number;
  /** Rows with a positive weight (and a known value). */
  readonly n: number;
  /** Sum of their weights. */
  readonly sumWeights: number;
  /** R's `deff = TRUE`; undefined where R gives NA, NaN or Inf. */
  readonly deff: number | undefined;
}

/** One {@link SurveyStatistic} per domain, with its group. */
export type DomainStatistic<G extends string | number = string | number> = SurveyStatistic & {
  /** The group value, as given in the `groups` column. */
  readonly group: G;
};

function run(
  statistic: LinearStatistic,
  values: NumericColumn,
  design: SurveyDesign | NumericColumn | undefined,
  groups: unknown,
  options: SurveyMeanOptions | undefined,
): DomainStatistic[] {
  const opts = readOptions(options);
  const level = readLevel(opts.level);
  const dfOption = readDf(opts.df);
  const na = readNa(opts.na);
  return designRows(values, design, groups, na, false, statistic).map((row) => {
    const est = row.estimate;
    const df = intervalDf(dfOption, est.degf, row.label, row.path);
    const [lower, upper] = symmetricBounds(est.estimate, est.standardError, level, df);
    const out = {
      statistic,
      estimate: est.estimate,
      standardError: est.standardError,
      lower,
      upper,
      level,
      df,
      n: est.positive,
      sumWeights: est.sumWeights,
      deff: est.deff,
    };
    return (row.group === undefined ? out : { ...out, group: row.group }) as DomainStatistic;
  });
}

/**
 * The weighted mean of a numeric variable with its design-based standard error and interval, as
 * R `svymean(~x, design, deff = TRUE)` and `confint(..., df = degf(design))`.
 *
 * @param values - the variable, one finite number per row (missing values per `na`)
 * @param design - a design from {@link surveyDesign}, a weights column, or undefined (unweighted)
 * @param options - `level`, `df`, `na`
 * @returns the mean, standard error, interval, `df`, `n`, `sumWeights` and `deff`
 * @throws {@link ImpactError} `INVALID_INPUT` for a value that is not a number, a missing value
 *   under `na: "fail"` (path `["values", i]`) or a hole (always), a bad weight, level, df or
 *   na, a sum of the weights, weighted sum of the values, total, SE or bound beyond
 *   Number.MAX_VALUE (the weights are scaled by a power of two first, so any finite weights
 *   whose sum is below it are fine), or weights spanning more than 120 orders of magnitude
 *   within a domain; `EMPTY_SAMPLE` for no rows or weights all zero, or 0 degrees of freedom
 *   without `df`
 * @example
 * import { surveyDesign, surveyMean } from "@observatoire/impact-indicators";
 * const design = surveyDesign({ weights: [1, 1, 2, 2], strata: ["a", "a", "b", "b"] });
 * const m = surveyMean([7, 9, 6, 8], design);
 * [m.estimate, m.standardError, m.df];
 * //=> [7.3333333, 0.7453560, 2]
 * surveyMean([7, Number.NaN, 6, 8], design, { na: "drop" }).estimate;
 * //=> 7
 * surveyMean([7, Number.NaN, 6, 8], design);
 * //=> throws INVALID_INPUT
 */
export function surveyMean(
  values: NumericColumn,
  design?: SurveyDesign | NumericColumn,
  options?: SurveyMeanOptions,
): SurveyStatistic {
  return run("mean", values, design, undefined, options)[0] as SurveyStatistic;
}

/**
 * The weighted total `sum w y` with its design-based standard error and interval, as R
 * `svytotal(~x, design, deff = TRUE)` and `confint(..., df = degf(design))`.
 *
 * @param values - the variable, one finite number per row (missing values per `na`)
 * @param design - a design from {@link surveyDesign}, a weights column, or undefined (unweighted)
 * @param options - `level`, `df`, `na`
 * @returns the total, standard error, interval, `df`, `n`, `sumWeights` and `deff`
 * @throws {@link ImpactError} as {@link surveyMean}
 * @example
 * import { surveyTotal } from "@observatoire/impact-indicators";
 * const t = surveyTotal([1, 0, 1, 1], [10, 10, 20, 20]);
 * [t.estimate, t.standardError, t.df];
 * //=> [50, 19.14854, 3]
 */
export function surveyTotal(
  values: NumericColumn,
  design?: SurveyDesign | NumericColumn,
  options?: SurveyMeanOptions,
): SurveyStatistic {
  return run("total", values, design, undefined, options)[0] as SurveyStatistic;
}

/**
 * Weighted means per domain, as R `svyby(~x, ~g, design, svymean, deff = TRUE)`: the standard
 * error is the full-design linearisation with the domain indicator; the interval uses the
 * domain's degrees of freedom (its PSUs and strata with rows in it), as `confint` on
 * `subset(design, g == group)`. Groups come back in order of first appearance.
 *
 * @param values - the variable, one finite number per row (missing values per `na`)
 * @param design - a design from {@link surveyDesign}, a weights column, or undefined
 * @param groups - one group (string or finite number) per row
 * @param options - `level`, `df`, `na`
 * @returns one {@link DomainStatistic} per group
 * @throws {@link ImpactError} as {@link surveyMean}, and `INVALID_INPUT` for a bad group
 * @example
 * import { domainMeans } from "@observatoire/impact-indicators";
 * const rows = domainMeans([7, 9, 6, 8], [1, 1, 2, 2], ["x", "y", "x", "y"]);
 * rows.map((r) => [r.group, r.estimate, r.standardError]);
 * //=> [["x", 6.3333333, 0.3628874], ["y", 8.3333333, 0.3628874]]
 */
export function domainMeans<G extends GroupKey = GroupKey>(
  values: NumericColumn,
  design: SurveyDesign | NumericColumn | undefined,
  groups: readonly G[] | NumericColumn,
  options?: SurveyMeanOptions,
): DomainStatistic<G>[] {
  return run("mean", values, design, groups, options) as DomainStatistic<G>[];
}

/**
 * Weighted totals per domain, as R `svyby(~x, ~g, design, svytotal, deff = TRUE)`, with the
 * domain's degrees of freedom for the interval.
 *
 * @param values - the variable, one finite number per row (missing values per `na`)
 * @param design - a design from {@link surveyDesign}, a weights column, or undefined
 * @param groups - one group (string or finite number) per row
 * @param options - `level`, `df`, `na`
 * @returns one {@link DomainStatistic} per group
 * @throws {@link ImpactError} as {@link domainMeans}
 * @example
 * import { domainTotals } from "@observatoire/impact-indicators";
 * const rows = domainTotals([1, 0, 1, 1], [10, 10, 20, 20], ["x", "y", "x", "y"]);
 * rows.map((r) => [r.group, r.estimate, r.standardError]);
 * //=> [["x", 30, 19.14854], ["y", 20, 20]]
 */
export function domainTotals<G extends GroupKey = GroupKey>(
  values: NumericColumn,
  design: SurveyDesign | NumericColumn | undefined,
  groups: readonly G[] | NumericColumn,
  options?: SurveyMeanOptions,
): DomainStatistic<G>[] {
  return run("total", values, design, groups, options) as DomainStatistic<G>[];
}
