import { ImpactError } from "@observatoire/impact-core";
import { tooLarge } from "../_lib/scale";
import { encodeCells } from "./_lib/encode-cells";
import { describe, isArrayLikeColumn, readWeights } from "./_lib/read-weights";
import type { CategoryCode, WeightingTargets } from "./types";

/** Input of {@link postStratify}. */
export interface PostStratifyInput {
  /** Starting (design) weights, one per respondent, finite and >= 0. Default: 1 each. */
  readonly weights?: ArrayLike<number> | undefined;
  /** Post-stratum (cell) code of each respondent. */
  readonly codes: ArrayLike<CategoryCode>;
  /** Population total of each cell. Every code present in `codes` needs a target. */
  readonly targets: WeightingTargets;
}

/** Result of {@link postStratify}. */
export interface PostStratifyResult {
  /** The post-stratified weights, one per respondent (a new array). */
  readonly weights: Float64Array;
}

/**
 * Post-stratifies weights: within each cell, weights are multiplied by one factor so
 * that the cell's weighted total equals its target, as R `survey::postStratify`.
 *
 * @param input - `weights` (optional starting weights), `codes` (each respondent's
 *   cell) and `targets` (population total per cell, object or Map).
 * @returns The new weights; the input array is not modified.
 * @throws {@link ImpactError} `INVALID_INPUT` for malformed input (codes or weights of
 *   the wrong length, negative or non-finite weights or targets); `INCONSISTENT_MARGINS`
 *   for a code without a target or a cell with a positive target and no respondent
 *   (path `["targets", code]`); `EMPTY_SAMPLE` when there is no respondent.
 * @example
 * import { postStratify } from "@observatoire/impact-indicators";
 * const { weights } = postStratify({
 *   weights: [1, 1, 2, 1],
 *   codes: ["F", "F", "M", "M"],
 *   targets: { F: 50, M: 60 },
 * });
 * Array.from(weights);
 * //=> [25, 25, 40, 20]
 * postStratify({ codes: ["F", "F"], targets: { F: 50, M: 60 } });
 * //=> throws INCONSISTENT_MARGINS
 */
export function postStratify(input: PostStratifyInput): PostStratifyResult {
  if (typeof input !== "object" || input === null) {
    throw new ImpactError(
      "INVALID_INPUT",
      `postStratify expects { weights?, codes, targets }, got ${describe(input)}`,
    );
  }
  const source = input.weights === undefined ? input.codes : input.weights;
  if (!isArrayLikeColumn(source)) {
    const field = input.weights === undefined ? "codes" : "weights";
    throw new ImpactError(
      "INVALID_INPUT",
      `${field} must be an array or a typed array, got ${describe(source)}`,
      { path: [field] },
    );
  }
  const n = source.length;
  if (n === 0) {
    throw new ImpactError("EMPTY_SAMPLE", "there is no respondent to post-stratify", {
      path: [input.weights === undefined ? "codes" : "weights"],
    });
  }
  const weights = readWeights(input.weights, n, ["weights"], "codes");
  const cells = encodeCells(
    input.codes,
    input.targets,
    weights,
    [],
    input.weights === undefined ? "codes" : "weights",
  );
  const sum = new Float64Array(cells.keys.length);
  for (let i = 0; i < n; i++) {
    const c = cells.cells[i] as number;
    sum[c] = (sum[c] as number) + (weights[i] as number);
  }
  for (let k = 0; k < sum.length; k++) {
    if (sum[k] === Number.POSITIVE_INFINITY) {
      throw tooLarge(`the sum of the weights of cell ${describe(cells.keys[k])}`, ["weights"]);
    }
  }
  const factor = new Float64Array(sum.length);
  let finite = true;
  for (let k = 0; k < sum.length; k++) {
    const s = sum[k] as number;
    factor[k] = s > 0 ? (cells.totals[k] as number) / s : 1;
    if (factor[k] === Number.POSITIVE_INFINITY) finite = false;
  }
  if (finite) {
    for (let i = 0; i < n; i++) {
      const c = cells.cells[i] as number;
      const w = (weights[i] as number) * (factor[c] as number);
      // w * (target / sum) can round past MAX_VALUE when the target is near it.
      weights[i] =
        w < Number.POSITIVE_INFINITY
          ? w
          : (cells.totals[c] as number) * ((weights[i] as number) / (sum[c] as number));
    }
  } else {
    // A target of 1e300 over weights of 1e-300 has no finite factor, but each weight's share of
    // its cell times the target is at most the target.
    for (let i = 0; i < n; i++) {
      const c = cells.cells[i] as number;
      const s = sum[c] as number;
      if (s > 0) weights[i] = (cells.totals[c] as number) * ((weights[i] as number) / s);
    }
  }
  return { weights };
}
