import { designProportions, readNa } from "../_lib/design-estimate";
import { DomainSums, type GroupColumn, type GroupKey } from "../_lib/domain-sums";
import { readValuesAndWeights } from "../_lib/sums";
import { readSurveyOptions } from "../_lib/survey-core";
import { describe, invalid, isNumericColumn } from "../_lib/validate";
import type { SurveyDesign } from "../design/survey-design";
import type { DomainEstimate, NumericColumn } from "../types";
import type { SurveyProportionOptions } from "./survey-proportion";

/** Options of {@link domainProportions}. */
export interface DomainProportionsOptions extends SurveyProportionOptions {}

/**
 * Weighted proportions in subpopulations (domains: an actor group, a territory), as a survey
 * statistician computes them: R `svyby(~y, ~g, design, svymean)` for the estimate and its
 * standard error, and `svyciprop` on `subset(design, g == group)` for the interval.
 *
 * The standard error is the full-sample linearisation with the domain indicator (the `n` of the
 * `n/(n-1)` factor is the whole sample's), not the one of the domain analysed as its own sample.
 * The default `df` is, per domain, its rows with a positive weight minus one; a domain with a
 * single respondent therefore needs `df: Infinity` (normal quantiles). Groups come back in order
 * of first appearance; they may be strings or numbers (small non-negative integer codes are the
 * fastest). The work is one pass over the rows with typed accumulators.
 *
 * @param values - 0/1 answers
 * With a design from {@link surveyDesign} in place of the weights, the standard error is R's
 * `svyby` on that design and the default `df` of a domain is the `degf` of
 * `subset(design, g == group)`: its PSUs minus its strata, among rows with a positive weight.
 *
 * @param weights - one weight per row, `undefined` for an unweighted sample, or a design
 * @param groups - one group value (string or finite number) per row
 * @param options - `method`, `level`, `df` as {@link surveyProportion}
 * @returns one {@link SurveyEstimate} per group, with its `group`, in first-appearance order
 * @throws {@link ImpactError} `INVALID_INPUT` for bad values, weights or groups (with their
 *   path) or columns of different lengths; `EMPTY_SAMPLE` for no rows, a group whose weights are
 *   all zero, or a group with one respondent under the default df
 * @example
 * import { domainProportions } from "@observatoire/impact-indicators";
 * const rows = domainProportions([1, 0, 1, 1, 0, 1], [1, 2, 1, 1, 1, 2], ["a", "a", "b", "a", "b", "b"]);
 * rows.map((row) => [row.group, row.estimate, row.n]);
 * //=> [["a", 0.5, 3], ["b", 0.75, 3]]
 * domainProportions([1, 0], [1, 1], ["a"]);
 * //=> throws INVALID_INPUT
 */
export function domainProportions<G extends GroupKey = GroupKey>(
  values: NumericColumn,
  weights: NumericColumn | SurveyDesign | undefined,
  groups: readonly G[] | NumericColumn,
  options?: DomainProportionsOptions,
): DomainEstimate<G>[] {
  const { opts, level, method, df } = readSurveyOptions(options);
  const byDesign = designProportions(values, weights, groups, {
    na: readNa(opts.na),
    method,
    level,
    df,
  });
  if (byDesign !== undefined) {
    return byDesign.map((row) => ({ ...row.estimate, group: row.group as G }));
  }
  const columns = readValuesAndWeights(values, weights);
  if (!isNumericColumn(groups)) {
    throw invalid(`groups must be an array or a typed array, got ${describe(groups)}`, ["groups"]);
  }
  if (groups.length !== columns.values.length) {
    throw invalid(
      `groups has ${groups.length} entries but values has ${columns.values.length}: give one group per value`,
      ["groups"],
    );
  }
  const sums = new DomainSums();
  sums.addColumns(columns.values, columns.weights, groups as GroupColumn);
  return sums.finish(method, level, df) as DomainEstimate<G>[];
}
