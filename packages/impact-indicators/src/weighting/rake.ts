import { ImpactError } from "@observatoire/impact-core/kernel";
import {
  describe,
  isNumericColumn,
  readMaxIterations,
  readOneOf,
  readOptions,
  readWeights,
} from "../_lib/validate";
import { type EncodedCells, encodeCells, keyNames } from "./_lib/encode-cells";
import type { CategoryCode, WeightingTargets } from "./types";

/** One weighting variable of {@link rake}: its name, each respondent's code and the population totals. */
export interface RakeMargin {
  /** Name of the variable (`"sexe"`, `"age"`), used in error messages; unique among the margins. */
  readonly variable: string;
  /** Category code of each respondent, in respondent order. */
  readonly codes: ArrayLike<CategoryCode>;
  /** Population total of each category. Every code present in `codes` needs a target. */
  readonly targets: WeightingTargets;
  /**
   * The name of each code when `codes` holds integer indices (0, 1, ...) into this list, as
   * a caller that streams a file stores them: error messages then name the category
   * `"F"`, not `0`. Optional; unused for other codes.
   */
  readonly labels?: readonly string[] | undefined;
}

/** Input of {@link rake}. */
export interface RakeInput {
  /** Starting (design) weights, one per respondent, finite and >= 0. Default: 1 each. */
  readonly weights?: ArrayLike<number> | undefined;
  /** The margins to meet, at least one. */
  readonly margins: readonly RakeMargin[];
}

/** Options of {@link rake}. */
export interface RakeOptions {
  /** Maximum number of full passes over the margins. Default 1000. */
  readonly maxIterations?: number | undefined;
  /**
   * Convergence tolerance relative to the population total: raking stops when every
   * weighted margin cell is within `tolerance * total` of its target. Default 1e-10.
   */
  readonly tolerance?: number | undefined;
  /**
   * What to do when `maxIterations` runs out: `"throw"` (default) throws an
   * `ImpactError` with code `NOT_CONVERGED`; `"return"` returns the last weights with
   * `converged: false`.
   */
  readonly onNotConverged?: "throw" | "return" | undefined;
}

/** Result of {@link rake}. */
export interface RakeResult {
  /** The raked weights, one per respondent (a new array; the input is not modified). */
  readonly weights: Float64Array;
  /** Number of full passes over the margins that were run. */
  readonly iterations: number;
  /** Whether every margin cell is within `tolerance * total` of its target. */
  readonly converged: boolean;
  /** Largest absolute gap between a weighted margin cell and its target, in weight units. */
  readonly maxAbsoluteError: number;
}

const DEFAULT_MAX_ITERATIONS = 1000;
const DEFAULT_TOLERANCE = 1e-10;
const TOTALS_RELATIVE_TOLERANCE = 1e-6;

/**
 * Rakes weights to population margins by iterative proportional fitting: weights are
 * post-stratified on each margin in turn until every weighted margin cell is within
 * `tolerance * total` of its target. Unlike R `survey::rake` (maxit 10, epsilon 1), it
 * runs to full convergence by default, and throws rather than loops when the margins
 * cannot be met.
 *
 * Codes are mapped once to integer indices and each pass is one loop over typed
 * arrays, O(n) per margin. Targets whose totals differ from the first margin's by
 * rounding only (at most 1e-6 relative) are scaled to the first margin's total so that
 * raking can converge; `maxAbsoluteError` is measured against those scaled targets.
 *
 * @param input - `weights` (optional starting weights) and `margins`, each
 *   `{ variable, codes, targets }`.
 * @param options - `maxIterations` (default 1000), `tolerance` (default 1e-10, relative
 *   to the population total) and `onNotConverged` (`"throw"` by default, or `"return"`).
 * @returns The raked weights, the number of passes, whether they converged and the
 *   largest remaining gap to a target.
 * @throws {@link ImpactError} `INVALID_INPUT` for malformed input (codes or weights of
 *   the wrong length, negative or non-finite weights or targets, bad options), with the
 *   path of the field; `INCONSISTENT_MARGINS` for a code without a target, a category
 *   with a positive target and no respondent, or margins whose totals differ by more
 *   than 1e-6 relative; `EMPTY_SAMPLE` when there is no respondent; `NOT_CONVERGED` when
 *   `maxIterations` runs out (unless `onNotConverged: "return"`).
 * @example
 * import { rake } from "@observatoire/impact-indicators";
 * const result = rake({
 *   margins: [
 *     { variable: "sexe", codes: ["F", "F", "M", "M"], targets: { F: 52, M: 48 } },
 *     { variable: "age", codes: ["jeune", "senior", "jeune", "senior"], targets: { jeune: 40, senior: 60 } },
 *   ],
 * });
 * [result.converged, Array.from(result.weights)];
 * //=> [true, [20.8, 31.2, 19.2, 28.8]]
 * rake({ margins: [{ variable: "sexe", codes: ["F", "X"], targets: { F: 52, M: 48 } }] });
 * //=> throws INCONSISTENT_MARGINS
 */
export function rake(input: RakeInput, options: RakeOptions = {}): RakeResult {
  const { maxIterations, tolerance, onNotConverged } = readRakeOptions(options);
  if (typeof input !== "object" || input === null) {
    throw new ImpactError(
      "INVALID_INPUT",
      `rake expects { weights?, margins }, got ${describe(input)}`,
    );
  }
  const margins = input.margins as unknown;
  if (!Array.isArray(margins) || margins.length === 0) {
    throw new ImpactError(
      "INVALID_INPUT",
      "margins must be a non-empty array of { variable, codes, targets }",
      { path: ["margins"] },
    );
  }
  const n = respondentCount(input.weights, margins);
  const lengthSource = input.weights === undefined ? "margins[0].codes" : "weights";
  if (n === 0) {
    throw new ImpactError("EMPTY_SAMPLE", "there is no respondent to rake", {
      path: input.weights === undefined ? ["margins", 0, "codes"] : ["weights"],
    });
  }
  const weights = readWeights(input.weights, n, ["weights"], "margins[0].codes");

  const encoded: EncodedCells[] = [];
  const names = new Set<string>();
  for (let m = 0; m < margins.length; m++) {
    const margin = margins[m] as unknown;
    if (typeof margin !== "object" || margin === null) {
      throw new ImpactError(
        "INVALID_INPUT",
        `margins[${m}] must be an object { variable, codes, targets }, got ${describe(margin)}`,
        { path: ["margins", m] },
      );
    }
    const { variable, codes, targets, labels } = margin as Record<string, unknown>;
    if (typeof variable !== "string" || variable.length === 0) {
      throw new ImpactError(
        "INVALID_INPUT",
        `margins[${m}].variable must be a non-empty string, got ${describe(variable)}`,
        { path: ["margins", m, "variable"] },
      );
    }
    if (names.has(variable)) {
      throw new ImpactError(
        "INVALID_INPUT",
        `margins[${m}].variable "${variable}" is used by an earlier margin; each variable is raked once`,
        { path: ["margins", m, "variable"] },
      );
    }
    names.add(variable);
    if (labels !== undefined && !Array.isArray(labels)) {
      throw new ImpactError(
        "INVALID_INPUT",
        `margins[${m}].labels must be an array of category names, got ${describe(labels)}`,
        { path: ["margins", m, "labels"] },
      );
    }
    encoded.push(
      encodeCells(codes, targets, weights, ["margins", m], lengthSource, keyNames(labels)),
    );
  }

  const first = encoded[0] as EncodedCells;
  const total = first.total;
  const targets: Float64Array[] = [];
  for (let m = 0; m < encoded.length; m++) {
    const margin = encoded[m] as EncodedCells;
    const gap = Math.abs(margin.total - total);
    if (gap > TOTALS_RELATIVE_TOLERANCE * Math.max(total, margin.total)) {
      throw new ImpactError(
        "INCONSISTENT_MARGINS",
        `targets of margins[${m}] ("${variableOf(margins, m)}") sum to ${margin.total} but those of margins[0] ("${variableOf(margins, 0)}") sum to ${total}: every margin must describe the same population total`,
        { path: ["margins", m, "targets"] },
      );
    }
    targets.push(
      margin.total === total ? margin.totals : margin.totals.map((t) => (t * total) / margin.total),
    );
  }

  const tolerated = tolerance * total;
  const sums = encoded.map((margin) => new Float64Array(margin.keys.length));
  const factors = encoded.map((margin) => new Float64Array(margin.keys.length));
  accumulate(weights, first.cells, sums[0] as Float64Array);

  const count = encoded.length;
  let iterations = 0;
  let converged = false;
  let maxAbsoluteError = Number.POSITIVE_INFINITY;
  while (iterations < maxIterations) {
    iterations++;
    let passError = 0;
    for (let m = 0; m < count; m++) {
      const margin = encoded[m] as EncodedCells;
      const sum = sums[m] as Float64Array;
      const target = targets[m] as Float64Array;
      const factor = factors[m] as Float64Array;
      for (let k = 0; k < factor.length; k++) {
        const s = sum[k] as number;
        const t = target[k] as number;
        passError = Math.max(passError, Math.abs(s - t));
        if (s > 0) {
          factor[k] = t / s;
        } else if (t > 0) {
          throw emptiedCell(margins, m, margin.keys[k] as string, t);
        } else {
          factor[k] = 1;
        }
      }
      const next = (m + 1) % count;
      const nextSum = sums[next] as Float64Array;
      nextSum.fill(0);
      scaleAndAccumulate(
        weights,
        margin.cells,
        factor,
        (encoded[next] as EncodedCells).cells,
        nextSum,
      );
    }
    // Cheap screen first: the gaps seen just before each adjustment of this pass. Only
    // when they are all small is the full check (every margin on the final weights) run.
    if (passError <= tolerated || count === 1) {
      maxAbsoluteError = largestGap(weights, encoded, targets);
      if (maxAbsoluteError <= tolerated) {
        converged = true;
        break;
      }
    }
  }
  if (!converged) {
    // The screen above looks at the gaps before each adjustment; the last pass may still
    // have brought every margin within tolerance, and that is what converged means.
    maxAbsoluteError = largestGap(weights, encoded, targets);
    converged = maxAbsoluteError <= tolerated;
  }
  if (!converged) {
    if (onNotConverged === "throw") {
      throw new ImpactError(
        "NOT_CONVERGED",
        `raking did not converge in ${iterations} iterations: a margin cell is still ${maxAbsoluteError} from its target (tolerance ${tolerated}). The margins may be impossible to meet together (no respondent in some combination of categories); raise maxIterations, or pass { onNotConverged: "return" } to get the last weights`,
        { path: ["options", "maxIterations"] },
      );
    }
  }
  return { weights, iterations, converged, maxAbsoluteError };
}

function readRakeOptions(options: RakeOptions | undefined): {
  maxIterations: number;
  tolerance: number;
  onNotConverged: "throw" | "return";
} {
  const opts = readOptions(options);
  const maxIterations = readMaxIterations(opts.maxIterations, DEFAULT_MAX_ITERATIONS);
  const tolerance = opts.tolerance === undefined ? DEFAULT_TOLERANCE : opts.tolerance;
  if (typeof tolerance !== "number" || !(tolerance > 0 && tolerance < 1)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `tolerance is relative to the population total and must lie in (0, 1), got ${describe(tolerance)}`,
      { path: ["options", "tolerance"] },
    );
  }
  const onNotConverged = readOneOf(opts.onNotConverged, ["throw", "return"], "throw", [
    "options",
    "onNotConverged",
  ]);
  return { maxIterations, tolerance, onNotConverged };
}

function respondentCount(weights: unknown, margins: readonly unknown[]): number {
  if (weights !== undefined) {
    if (!isNumericColumn(weights)) {
      throw new ImpactError(
        "INVALID_INPUT",
        `weights must be an array or a typed array of numbers, got ${describe(weights)}`,
        { path: ["weights"] },
      );
    }
    return weights.length;
  }
  const codes = (margins[0] as { codes?: unknown } | null)?.codes;
  if (!isNumericColumn(codes)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `margins[0].codes must be an array of category codes, got ${describe(codes)}`,
      { path: ["margins", 0, "codes"] },
    );
  }
  return codes.length;
}

function variableOf(margins: readonly unknown[], m: number): string {
  return String((margins[m] as { variable?: unknown }).variable);
}

function emptiedCell(
  margins: readonly unknown[],
  m: number,
  key: string,
  target: number,
): ImpactError {
  return new ImpactError(
    "INCONSISTENT_MARGINS",
    `category "${key}" of margins[${m}] ("${variableOf(margins, m)}") has target ${target} but no weight is left in it: its respondents all fall in categories whose target is 0 in another margin`,
    { path: ["margins", m, "targets", key] },
  );
}

function accumulate(weights: Float64Array, cells: Int32Array, sum: Float64Array): void {
  sum.fill(0);
  for (let i = 0; i < weights.length; i++) {
    const c = cells[i] as number;
    sum[c] = (sum[c] as number) + (weights[i] as number);
  }
}

function scaleAndAccumulate(
  weights: Float64Array,
  cells: Int32Array,
  factor: Float64Array,
  nextCells: Int32Array,
  nextSum: Float64Array,
): void {
  for (let i = 0; i < weights.length; i++) {
    const w = (weights[i] as number) * (factor[cells[i] as number] as number);
    weights[i] = w;
    const c = nextCells[i] as number;
    nextSum[c] = (nextSum[c] as number) + w;
  }
}

function largestGap(
  weights: Float64Array,
  encoded: readonly EncodedCells[],
  targets: readonly Float64Array[],
): number {
  let gap = 0;
  for (let m = 0; m < encoded.length; m++) {
    const target = targets[m] as Float64Array;
    const sum = new Float64Array(target.length);
    accumulate(weights, (encoded[m] as EncodedCells).cells, sum);
    for (let k = 0; k < sum.length; k++) {
      gap = Math.max(gap, Math.abs((sum[k] as number) - (target[k] as number)));
    }
  }
  return gap;
}
