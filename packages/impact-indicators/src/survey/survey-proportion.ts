import { designProportions, type MissingValues, readNa } from "../_lib/design-estimate";
import { addColumns, emptySums, readValuesAndWeights } from "../_lib/sums";
import { estimateFromSums, readSurveyOptions } from "../_lib/survey-core";
import type { SurveyDesign } from "../design/survey-design";
import type { NumericColumn, SurveyEstimate, SurveyMethod } from "../types";

/** Options of {@link surveyProportion} and the accumulators' `finish`. */
export interface SurveyProportionOptions {
  /** Interval method, as R `svyciprop`; `"logit"` by default. */
  method?: SurveyMethod | undefined;
  /**
   * Confidence level strictly between 0 and 1; 0.95 by default. Every such level gives a finite
   * interval: the tail probability is used directly, so even `1 - 2 ** -53` works.
   */
  level?: number | undefined;
  /**
   * Degrees of freedom of the Student quantile; by default the design's, `n - 1` (rows with
   * a positive weight, minus one). `Infinity` gives normal quantiles. Any positive df gives a
   * finite interval of the right width: above 1e10 the Student quantile comes from its
   * Cornish-Fisher expansion, exact to double precision there. A df so small that the quantile
   * exceeds the largest double (0.001 at level 0.95) is refused with `INVALID_INPUT`. Ignored
   * by `"beta"`, as R.
   */
  df?: number | undefined;
  /**
   * Missing values (NaN, null, undefined): `"fail"` (default) refuses them with their row,
   * `"drop"` leaves their rows out of the estimate but in the design, as R's `na.rm = TRUE`
   * (the default `df` is then the one of the rows kept).
   */
  na?: MissingValues | undefined;
}

/**
 * A weighted proportion with its design-based interval, as R `survey` computes it for the design
 * `svydesign(ids = ~1, weights = ~w)` and `svyciprop(~y, design, method, level, df)`.
 *
 * The standard error is the linearisation one of `svymean`:
 * `Var = n/(n-1) * sum_i [w_i (y_i - p) / sum(w)]^2`. Without weights this is
 * `sqrt(p(1-p)/(n-1))`, not the textbook `sqrt(p(1-p)/n)`. Intervals: `logit` (default)
 * `expit(logit(p) +/- t SE/(p(1-p)))`; `mean` `p +/- t SE` (not clipped); `beta`
 * (Korn-Graubard, ignores `df` as R does); `asin` (delta method on `asin(sqrt(p))`, with the
 * transformed interval clamped to [0, pi/2], where R lets it wrap round). At `p = 0` or `1` the
 * `logit`, `mean` and `asin` intervals are `[p, p]` (R: the logit fit diverges to within 1e-9 of
 * `p`, the asin interval is NaN).
 *
 * @param values - 0/1 answers, a plain array or a typed array
 * With a design from {@link surveyDesign} in place of the weights, the standard error is R's
 * for that design (strata, clusters, fpc, lonely PSUs) and the default `df` is its `degf`
 * (PSUs minus strata).
 *
 * @param weights - one finite non-negative weight per value (all 1 when omitted), or a design
 * @param options - `method`, `level`, `df`
 * @returns the estimate, its standard error and interval, and Kish's summaries of the weights
 * @throws {@link ImpactError} `INVALID_INPUT` for a value other than 0/1, a negative or NaN weight
 *   or weights of the wrong length (path `["weights", i]`), a bad level, method or df;
 *   `EMPTY_SAMPLE` for no rows, weights all zero, or a single respondent (0 degrees of freedom)
 * @example
 * import { surveyProportion } from "@observatoire/impact-indicators";
 * const y = [1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1];
 * const w = [0.8, 1.2, 1.5, 0.6, 2, 1, 0.9, 1.1, 1.4, 0.7, 1.3, 0.5];
 * const est = surveyProportion(y, w);
 * [est.estimate, est.standardError, est.lower, est.upper];
 * //=> [0.7153846, 0.1378875, 0.361500, 0.917755]
 * surveyProportion([1, 0, 2], undefined);
 * //=> throws INVALID_INPUT
 */
export function surveyProportion(
  values: NumericColumn,
  weights?: NumericColumn | SurveyDesign | undefined,
  options?: SurveyProportionOptions,
): SurveyEstimate {
  const { opts, level, method, df } = readSurveyOptions(options);
  const byDesign = designProportions(values, weights, undefined, {
    na: readNa(opts.na),
    method,
    level,
    df,
  });
  if (byDesign !== undefined) return (byDesign[0] as NonNullable<(typeof byDesign)[0]>).estimate;
  const columns = readValuesAndWeights(values, weights);
  const sums = emptySums();
  addColumns(sums, columns.values, columns.weights);
  return estimateFromSums(sums, method, level, df, {
    designRows: sums.rows,
    betaRows: sums.rows,
    label: "the sample",
    path: ["values"],
  });
}
