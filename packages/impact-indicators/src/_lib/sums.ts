import type { NumericColumn } from "../types";
import { weightScale } from "./scale";
import type { ProportionSums } from "./survey-core";
import { badWeight, invalid, notBinary, readColumn } from "./validate";

/** @internal Empty sums. */
export function emptySums(): ProportionSums {
  return { rows: 0, positive: 0, w1: 0, w0: 0, q1: 0, q0: 0 };
}

/** @internal Checks the values column and the optional weights column (same length). */
export function readValuesAndWeights(
  values: unknown,
  weights: unknown,
): { values: NumericColumn; weights: NumericColumn | undefined } {
  const v = readColumn(values, "values");
  if (weights === undefined) return { values: v, weights: undefined };
  const w = readColumn(weights, "weights");
  if (w.length !== v.length) {
    throw invalid(
      `weights has ${w.length} entries but values has ${v.length}: give one weight per value`,
      ["weights"],
    );
  }
  return { values: v, weights: w };
}

/**
 * @internal Adds every row of `values` (0/1) with `weights` (or 1) to `sums`, validating each
 * row. `sums` must be empty: the weights are multiplied by the power of two of
 * `weightScale(weights)`, recorded in `sums.scale`.
 */
export function addColumns(
  sums: ProportionSums,
  values: NumericColumn,
  weights: NumericColumn | undefined,
): void {
  let { rows, positive, w1, w0, q1, q0 } = sums;
  const n = values.length;
  const scale = weightScale(weights);
  for (let i = 0; i < n; i++) {
    const y = values[i] as number;
    const w = weights === undefined ? 1 : (weights[i] as number);
    // `w >= 0` is false for NaN and non-numbers compare as NaN, so one test rejects both.
    if (!(w >= 0 && w < Number.POSITIVE_INFINITY) || typeof w !== "number") {
      throw badWeight(weights?.[i], i);
    }
    const v = w * scale;
    if (y === 1) {
      w1 += v;
      q1 += v * v;
    } else if (y === 0) {
      w0 += v;
      q0 += v * v;
    } else {
      throw notBinary(values[i], i);
    }
    rows++;
    if (w > 0) positive++;
  }
  sums.rows = rows;
  sums.positive = positive;
  sums.w1 = w1;
  sums.w0 = w0;
  sums.q1 = q1;
  sums.q0 = q0;
  sums.scale = scale;
}
