import { ImpactError } from "@observatoire/impact-core";
import { weightScale } from "../_lib/scale";
import { badWeight, readColumn } from "../_lib/validate";
import type { NumericColumn } from "../types";

function weightSums(weights: unknown): { count: number; sum: number; squares: number } {
  const column = readColumn(weights, "weights");
  // Both results are ratios of sums scaled alike, so an exact power-of-two scale changes
  // nothing but keeps w^2 from overflowing (1e200) or underflowing (1e-160).
  const scale = weightScale(column);
  let sum = 0;
  let squares = 0;
  let count = 0;
  for (let i = 0; i < column.length; i++) {
    const w = column[i] as unknown;
    if (typeof w !== "number" || !(w >= 0 && w < Number.POSITIVE_INFINITY)) throw badWeight(w, i);
    const v = w * scale;
    sum += v;
    squares += v * v;
    if (w > 0) count++;
  }
  if (!(sum > 0)) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      column.length === 0 ? "weights is empty" : "every weight is zero",
      { path: ["weights"] },
    );
  }
  return { count, sum, squares };
}

/**
 * Kish's effective sample size of a set of weights, `(sum w)^2 / sum w^2`: the size of a simple
 * random sample with the same precision as the weighted one (for an estimate unrelated to the
 * weights).
 *
 * @param weights - finite non-negative weights, at least one positive
 * @returns the effective sample size, at most the number of positive weights
 * @throws {@link ImpactError} `INVALID_INPUT` for a negative or NaN weight (path
 *   `["weights", i]`); `EMPTY_SAMPLE` when there is no positive weight
 * @example
 * import { kishEffectiveSampleSize } from "@observatoire/impact-indicators";
 * kishEffectiveSampleSize([0.8, 1.2, 1.5, 0.6, 2, 1, 0.9, 1.1, 1.4, 0.7, 1.3, 0.5]);
 * //=> 10.49689
 * kishEffectiveSampleSize([1, -1]);
 * //=> throws INVALID_INPUT
 */
export function kishEffectiveSampleSize(weights: NumericColumn): number {
  const { sum, squares } = weightSums(weights);
  return (sum * sum) / squares;
}

/**
 * Kish's design effect due to unequal weights, `n sum w^2 / (sum w)^2`, where `n` counts the
 * positive weights (zero weights leave the sample). 1 for equal weights.
 *
 * @param weights - finite non-negative weights, at least one positive
 * @returns the design effect, at least 1
 * @throws {@link ImpactError} `INVALID_INPUT` for a negative or NaN weight; `EMPTY_SAMPLE` when
 *   there is no positive weight
 * @example
 * import { kishDesignEffect } from "@observatoire/impact-indicators";
 * kishDesignEffect([0.8, 1.2, 1.5, 0.6, 2, 1, 0.9, 1.1, 1.4, 0.7, 1.3, 0.5]);
 * //=> 1.143195
 * kishDesignEffect([]);
 * //=> throws EMPTY_SAMPLE
 */
export function kishDesignEffect(weights: NumericColumn): number {
  const { count, sum, squares } = weightSums(weights);
  return (count * squares) / (sum * sum);
}
