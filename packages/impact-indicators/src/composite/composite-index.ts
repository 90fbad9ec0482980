import { ImpactError, type IssuePath } from "@observatoire/impact-core";
import { tooLarge } from "../_lib/scale";
import { checkLength } from "../_lib/validate";
import { describe } from "../weighting/_lib/read-weights";
import { readComponentValue } from "./_lib/read-values";

/** Aggregation methods of {@link compositeIndex}, as COINr `a_amean`, `a_gmean`, `a_hmean`. */
export type CompositeAggregation = "arithmetic" | "geometric" | "harmonic";

/** One unit's normalised component values, by position; `null` for a missing value. */
export type ComponentArray = readonly (number | null)[];

/** One unit's normalised component values, by component name; `null` for a missing value. */
export type ComponentRecord = Readonly<Record<string, number | null>>;

/** Options of {@link compositeIndex}. */
export interface CompositeIndexOptions<W> {
  /**
   * Relative weight of each component (finite, >= 0, not all 0): an array for array rows,
   * a record for record rows. Default: equal weights.
   */
  readonly weights?: W | undefined;
  /** How to aggregate: `"arithmetic"` (default), `"geometric"` or `"harmonic"`. */
  readonly aggregation?: CompositeAggregation | undefined;
  /**
   * Smallest share of present components for a unit to get a score, in [0, 1] (COINr
   * `dat_thresh`); below it the score is `null`. Default 0: any present component will do.
   */
  readonly minCoverage?: number | undefined;
}

/**
 * Aggregates normalised components into a composite index, one score per unit, as the
 * JRC's COINr `Aggregate` does with its defaults: equal weights unless given, missing
 * components (`null`) left out and the weights of the present ones renormalised to sum
 * to 1, for every aggregation.
 *
 * - `arithmetic`: `sum(w x) / sum(w)`.
 * - `geometric`: `exp(sum(w log x) / sum(w))`; every present value must be > 0.
 * - `harmonic`: `sum(w) / sum(w / x)`; every present value must be > 0 (COINr refuses
 *   only 0; negative values make the harmonic mean meaningless, so they are refused too).
 *
 * A unit's score is `null` when it has no present component, when its present
 * components all have weight 0, or when its share of present components is below
 * `minCoverage`.
 *
 * @param rows - one row per unit: an array of values by position, or a record by
 *   component name. All rows have the same shape (same length, or the same keys).
 * @param options - `weights`, `aggregation` and `minCoverage`.
 * @returns The composite score of each unit, in row order, or `null` (see above).
 * @throws {@link ImpactError} `INVALID_INPUT` for rows of differing shapes, NaN or
 *   non-numeric values (path `["rows", i, component]`), a value <= 0 with the geometric
 *   or harmonic mean (the message names the row and the component), or bad weights or
 *   options (path `["options", ...]`).
 * @example
 * import { compositeIndex } from "@observatoire/impact-indicators";
 * compositeIndex([[40, 60], [80, null]]);
 * //=> [50, 80]
 * compositeIndex(
 *   [{ innovation: 20, confiance: 80 }],
 *   { weights: { innovation: 1, confiance: 3 }, aggregation: "geometric" },
 * );
 * //=> [56.5685]
 * compositeIndex([[10, 0]], { aggregation: "geometric" });
 * //=> throws INVALID_INPUT
 */
export function compositeIndex(
  rows: readonly ComponentArray[],
  options?: CompositeIndexOptions<readonly number[]>,
): (number | null)[];
export function compositeIndex(
  rows: readonly ComponentRecord[],
  options?: CompositeIndexOptions<Readonly<Record<string, number>>>,
): (number | null)[];
export function compositeIndex(
  rows: readonly (ComponentArray | ComponentRecord)[],
  options: CompositeIndexOptions<readonly number[] | Readonly<Record<string, number>>> = {},
): (number | null)[] {
  if (typeof options !== "object" || options === null) {
    throw new ImpactError("INVALID_INPUT", `options must be an object, got ${describe(options)}`, {
      path: ["options"],
    });
  }
  const aggregation = options.aggregation === undefined ? "arithmetic" : options.aggregation;
  if (aggregation !== "arithmetic" && aggregation !== "geometric" && aggregation !== "harmonic") {
    throw new ImpactError(
      "INVALID_INPUT",
      `aggregation must be "arithmetic", "geometric" or "harmonic", got ${describe(aggregation)}`,
      { path: ["options", "aggregation"] },
    );
  }
  const minCoverage = options.minCoverage === undefined ? 0 : options.minCoverage;
  if (typeof minCoverage !== "number" || !(minCoverage >= 0 && minCoverage <= 1)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `minCoverage must be a share in [0, 1], got ${describe(minCoverage)}`,
      { path: ["options", "minCoverage"] },
    );
  }
  if (!Array.isArray(rows)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `rows must be an array of rows (arrays or records of component values), got ${describe(rows)}`,
      { path: ["rows"] },
    );
  }
  if (rows.length === 0) return [];
  checkLength(rows.length, ["rows"], "rows");

  const byName = !Array.isArray(rows[0]);
  const components = componentsOf(rows, byName, options.weights);
  const weights = readWeights(options.weights, components, byName);
  const m = components.length;
  const values = new Array<number | null>(m);
  return rows.map((row, i) => {
    readRow(row, i, byName, components, values);
    let present = 0;
    let weightSum = 0;
    let acc = 0;
    for (let j = 0; j < m; j++) {
      const x = values[j] as number | null;
      if (x === null) continue;
      present++;
      const w = weights[j] as number;
      if (aggregation !== "arithmetic" && !(x > 0)) {
        throw new ImpactError(
          "INVALID_INPUT",
          `the ${aggregation} mean needs values > 0, but rows[${i}] component ${describe(components[j])} is ${x}; normalise onto a positive range first (e.g. min-max to [1, 100]) or use the arithmetic mean`,
          { path: ["rows", i, components[j] as string | number] },
        );
      }
      weightSum += w;
      if (aggregation === "arithmetic") acc += w * x;
      else if (aggregation === "geometric") acc += w * Math.log(x);
      else acc += w / x;
    }
    if (present === 0 || present / m < minCoverage || weightSum === 0) return null;
    // Sums of w * x can overflow (1e308 + 1e308) and w / x too (x = 1e-320); then the mean is
    // taken again with the weights as shares of their sum and, for the harmonic one, values
    // relative to the smallest: every term is then at most the largest |x| (or 1).
    if (!Number.isFinite(acc)) return rescaledMean(values, weights, weightSum, aggregation);
    if (aggregation === "arithmetic") return acc / weightSum;
    if (aggregation === "geometric") return Math.exp(acc / weightSum);
    const harmonic = weightSum / acc;
    // 1 / 5.6e-309 overflows although the harmonic mean of values near MAX_VALUE is finite.
    return Number.isFinite(harmonic)
      ? harmonic
      : rescaledMean(values, weights, weightSum, aggregation);
  });
}

function rescaledMean(
  values: readonly (number | null)[],
  weights: Float64Array,
  weightSum: number,
  aggregation: CompositeAggregation,
): number {
  let acc = 0;
  if (aggregation === "harmonic") {
    let min = Number.POSITIVE_INFINITY;
    for (const x of values) if (x !== null && x < min) min = x;
    for (let j = 0; j < values.length; j++) {
      const x = values[j] as number | null;
      if (x !== null) acc += ((weights[j] as number) / weightSum) * (min / x);
    }
    return min / acc;
  }
  // Only the arithmetic mean gets here: the geometric one sums logarithms.
  for (let j = 0; j < values.length; j++) {
    const x = values[j] as number | null;
    if (x !== null) acc += ((weights[j] as number) / weightSum) * x;
  }
  return acc;
}

function componentsOf(
  rows: readonly unknown[],
  byName: boolean,
  weights: unknown,
): (string | number)[] {
  const first = rows[0];
  if (!byName) {
    const count = weights === undefined ? (first as unknown[]).length : lengthOfWeights(weights);
    checkLength(count, weights === undefined ? ["rows", 0] : ["options", "weights"], "a row");
    if (count === 0) {
      throw new ImpactError("INVALID_INPUT", "rows have no component to aggregate", {
        path: ["rows", 0],
      });
    }
    return Array.from({ length: count }, (_, j) => j);
  }
  if (typeof first !== "object" || first === null) {
    throw new ImpactError(
      "INVALID_INPUT",
      `rows[0] must be an array or a record of component values, got ${describe(first)}`,
      { path: ["rows", 0] },
    );
  }
  let names: string[];
  if (weights === undefined) {
    names = Object.keys(first);
  } else if (typeof weights === "object" && weights !== null && !Array.isArray(weights)) {
    names = Object.keys(weights);
  } else {
    throw new ImpactError(
      "INVALID_INPUT",
      "rows are records, so weights must be a record { component: weight }",
      { path: ["options", "weights"] },
    );
  }
  if (names.length === 0) {
    throw new ImpactError("INVALID_INPUT", "rows have no component to aggregate", {
      path: weights === undefined ? ["rows", 0] : ["options", "weights"],
    });
  }
  return names;
}

function lengthOfWeights(weights: unknown): number {
  if (!Array.isArray(weights)) {
    throw new ImpactError(
      "INVALID_INPUT",
      "rows are arrays, so weights must be an array with one weight per component",
      { path: ["options", "weights"] },
    );
  }
  return weights.length;
}

function readWeights(
  weights: unknown,
  components: readonly (string | number)[],
  byName: boolean,
): Float64Array {
  const out = new Float64Array(components.length);
  if (weights === undefined) return out.fill(1);
  let sum = 0;
  for (let j = 0; j < components.length; j++) {
    const name = components[j] as string | number;
    const w = byName
      ? (weights as Record<string, unknown>)[name as string]
      : (weights as unknown[])[j];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new ImpactError(
        "INVALID_INPUT",
        `the weight of component ${describe(name)} must be a finite number >= 0, got ${describe(w)}`,
        { path: ["options", "weights", name] },
      );
    }
    out[j] = w;
    sum += w;
  }
  if (sum === Number.POSITIVE_INFINITY)
    throw tooLarge("the sum of the weights", ["options", "weights"]);
  if (!(sum > 0)) {
    throw new ImpactError(
      "INVALID_INPUT",
      "weights are all 0: give at least one a positive weight",
      {
        path: ["options", "weights"],
      },
    );
  }
  return out;
}

function readRow(
  row: unknown,
  i: number,
  byName: boolean,
  components: readonly (string | number)[],
  into: (number | null)[],
): void {
  const path: IssuePath = ["rows", i];
  if (!byName) {
    if (!Array.isArray(row)) {
      throw new ImpactError(
        "INVALID_INPUT",
        `rows[${i}] must be an array like rows[0], got ${describe(row)}`,
        { path },
      );
    }
    if (row.length !== components.length) {
      throw new ImpactError(
        "INVALID_INPUT",
        `rows[${i}] has ${row.length} components but ${components.length} were expected; use null for a missing value`,
        { path },
      );
    }
    for (let j = 0; j < components.length; j++) into[j] = readComponentValue(row[j], [...path, j]);
    return;
  }
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `rows[${i}] must be a record like rows[0], got ${describe(row)}`,
      { path },
    );
  }
  const record = row as Record<string, unknown>;
  for (let j = 0; j < components.length; j++) {
    const name = components[j] as string;
    if (!Object.hasOwn(record, name)) {
      throw new ImpactError(
        "INVALID_INPUT",
        `rows[${i}] has no component "${name}"; use null for a missing value`,
        { path: [...path, name] },
      );
    }
    into[j] = readComponentValue(record[name], [...path, name]);
  }
  const keys = Object.keys(record);
  if (keys.length !== components.length) {
    const extra = keys.find((k) => !components.includes(k)) as string;
    throw new ImpactError(
      "INVALID_INPUT",
      `rows[${i}] has a component "${extra}" that is not one of the components being aggregated (${components.join(", ")}); drop it, or add it to the weights`,
      { path: [...path, extra] },
    );
  }
}
