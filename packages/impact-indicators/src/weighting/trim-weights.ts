import { ImpactError } from "@observatoire/impact-core";
import { tooLarge } from "../_lib/scale";
import { describe, isArrayLikeColumn, readMaxIterations, readWeights } from "./_lib/read-weights";

/** Options of {@link trimWeights}. */
export interface TrimWeightsOptions {
  /** Smallest allowed weight. Default: no lower bound. */
  readonly lower?: number | undefined;
  /** Largest allowed weight. Default: no upper bound. At least one bound is required. */
  readonly upper?: number | undefined;
  /**
   * Repeat trimming until no weight lies outside the bounds (the redistributed amount
   * can push a weight past a bound). Default false: one round, as `survey::trimWeights`.
   */
  readonly strict?: boolean | undefined;
  /**
   * How the trimmed amount is shared among the units inside the bounds: `"equal"`
   * (default, the same amount each, as `survey::trimWeights`) or `"proportional"` (in
   * proportion to their weights, which leaves zero weights at zero).
   */
  readonly redistribute?: "equal" | "proportional" | undefined;
  /** Most rounds allowed with `strict`. Default 10000. */
  readonly maxIterations?: number | undefined;
}

/** Result of {@link trimWeights}. */
export interface TrimWeightsResult {
  /** The trimmed weights (a new array); their sum equals the input's, up to rounding. */
  readonly weights: Float64Array;
  /** Number of weights that lay outside the bounds before trimming. */
  readonly trimmed: number;
  /** Rounds of trimming and redistribution run (0 when no weight was outside). */
  readonly iterations: number;
}

const DEFAULT_MAX_ITERATIONS = 10_000;

/**
 * Trims weights to `[lower, upper]` and redistributes the trimmed amount to the units
 * that were inside the bounds, so the total weight is kept, as R `survey::trimWeights`:
 * each round moves the weights outside the bounds onto the nearest bound and shares
 * the net trimmed amount among the units not outside; with `strict`, rounds repeat
 * until every weight is inside (units already on a bound count as inside, as in R).
 * A weight within 1e-12 times the mean weight of a bound counts as inside, so that
 * rounding specks cannot keep the rounds going; with `strict` those specks are then
 * set onto the bound and their sum shared among units with room to spare.
 *
 * @param weights - the weights, finite and >= 0.
 * @param options - `lower`, `upper` (at least one), `strict`, `redistribute`
 *   (`"equal"` as R, or `"proportional"`) and `maxIterations`.
 * @returns The new weights, how many were outside the bounds, and the rounds run.
 * @throws {@link ImpactError} `INVALID_INPUT` for bad weights (path `["weights", i]`) or
 *   options, bounds that cannot hold the total with `strict` (`n * lower > total` or
 *   `n * upper < total`), or a round where no unit is left to receive the trimmed
 *   amount; `EMPTY_SAMPLE` for no weight; `NOT_CONVERGED` when `strict` rounds exceed
 *   `maxIterations`.
 * @example
 * import { trimWeights } from "@observatoire/impact-indicators";
 * const result = trimWeights([1, 1, 1, 5], { upper: 3 });
 * [Array.from(result.weights), result.trimmed];
 * //=> [[1.6667, 1.6667, 1.6667, 3], 1]
 * trimWeights([1, 2], { lower: 3, upper: 2 });
 * //=> throws INVALID_INPUT
 */
export function trimWeights(
  weights: ArrayLike<number>,
  options: TrimWeightsOptions,
): TrimWeightsResult {
  if (!isArrayLikeColumn(weights)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `weights must be an array or a typed array of numbers, got ${describe(weights)}`,
      { path: ["weights"] },
    );
  }
  const n = weights.length;
  if (n === 0) {
    throw new ImpactError("EMPTY_SAMPLE", "there is no weight to trim", { path: ["weights"] });
  }
  const w = readWeights(weights, n, ["weights"], "weights");
  const { lower, upper, strict, proportional, maxIterations } = readOptions(options);

  let total = 0;
  for (let i = 0; i < n; i++) total += w[i] as number;
  // The slack below and the mean weight are relative to the total: an infinite one would
  // disable every bound (1e308 left untrimmed).
  if (total === Number.POSITIVE_INFINITY) throw tooLarge("the sum of the weights", ["weights"]);
  if (strict && (n * lower > total || n * upper < total)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `bounds [${lower}, ${upper}] cannot hold ${n} weights summing to ${total}: the mean weight ${total / n} must lie within them`,
      { path: ["options", n * lower > total ? "lower" : "upper"] },
    );
  }

  const outside = new Uint8Array(n);
  let trimmed = -1;
  let iterations = 0;
  // Rounding can leave a weight one ulp past a bound after a share, and R's rounds
  // would then pass that speck around for ever; weights this close count as inside.
  const slack = 1e-12 * (total / n);
  const high = upper + slack;
  const low = lower - slack;
  for (;;) {
    let outsideCount = 0;
    let trimmings = 0;
    let insideWeight = 0;
    for (let i = 0; i < n; i++) {
      const x = w[i] as number;
      if (x > high) {
        outside[i] = 1;
        outsideCount++;
        trimmings += x - upper;
        w[i] = upper;
      } else if (x < low) {
        outside[i] = 1;
        outsideCount++;
        trimmings += x - lower;
        w[i] = lower;
      } else {
        outside[i] = 0;
        insideWeight += x;
      }
    }
    if (trimmed < 0) trimmed = outsideCount;
    if (outsideCount === 0) break;
    if (iterations >= maxIterations) {
      throw new ImpactError(
        "NOT_CONVERGED",
        `strict trimming still had weights outside [${lower}, ${upper}] after ${iterations} rounds; raise maxIterations or widen the bounds`,
        { path: ["options", "maxIterations"] },
      );
    }
    if (outsideCount === n || (proportional && !(insideWeight > 0))) {
      throw new ImpactError(
        "INVALID_INPUT",
        outsideCount === n
          ? `every weight lies outside [${lower}, ${upper}]: no unit is left to receive the trimmed amount`
          : "the units inside the bounds all have weight 0, so nothing can be shared in proportion to them",
        { path: ["options"] },
      );
    }
    iterations++;
    if (proportional) {
      const rate = trimmings / insideWeight;
      for (let i = 0; i < n; i++) if (outside[i] === 0) w[i] = (w[i] as number) * (1 + rate);
    } else {
      const share = trimmings / (n - outsideCount);
      for (let i = 0; i < n; i++) if (outside[i] === 0) w[i] = (w[i] as number) + share;
    }
    if (!strict) break;
  }
  if (strict) settleSpecks(w, lower, upper);
  return { weights: w, trimmed, iterations };
}

function readOptions(options: TrimWeightsOptions): {
  lower: number;
  upper: number;
  strict: boolean;
  proportional: boolean;
  maxIterations: number;
} {
  if (typeof options !== "object" || options === null) {
    throw new ImpactError(
      "INVALID_INPUT",
      `options must be an object with lower and/or upper, got ${describe(options)}`,
      { path: ["options"] },
    );
  }
  if (options.lower === undefined && options.upper === undefined) {
    throw new ImpactError("INVALID_INPUT", "give a lower bound, an upper bound or both", {
      path: ["options"],
    });
  }
  const lower = options.lower === undefined ? Number.NEGATIVE_INFINITY : options.lower;
  const upper = options.upper === undefined ? Number.POSITIVE_INFINITY : options.upper;
  for (const [name, value] of [
    ["lower", lower],
    ["upper", upper],
  ] as const) {
    if (typeof value !== "number" || Number.isNaN(value)) {
      throw new ImpactError("INVALID_INPUT", `${name} must be a number, got ${describe(value)}`, {
        path: ["options", name],
      });
    }
  }
  if (lower === Number.POSITIVE_INFINITY) {
    throw new ImpactError("INVALID_INPUT", "lower must be finite", { path: ["options", "lower"] });
  }
  if (!(upper > 0)) {
    throw new ImpactError("INVALID_INPUT", `upper must be > 0, got ${upper}`, {
      path: ["options", "upper"],
    });
  }
  if (!(lower <= upper)) {
    throw new ImpactError("INVALID_INPUT", `lower (${lower}) must not exceed upper (${upper})`, {
      path: ["options", "lower"],
    });
  }
  const strict = options.strict === undefined ? false : options.strict;
  if (typeof strict !== "boolean") {
    throw new ImpactError("INVALID_INPUT", `strict must be a boolean, got ${describe(strict)}`, {
      path: ["options", "strict"],
    });
  }
  const redistribute = options.redistribute === undefined ? "equal" : options.redistribute;
  if (redistribute !== "equal" && redistribute !== "proportional") {
    throw new ImpactError(
      "INVALID_INPUT",
      `redistribute must be "equal" or "proportional", got ${describe(redistribute)}`,
      { path: ["options", "redistribute"] },
    );
  }
  const maxIterations = readMaxIterations(options.maxIterations, DEFAULT_MAX_ITERATIONS);
  return { lower, upper, strict, proportional: redistribute === "proportional", maxIterations };
}

/** Sets weights a rounding speck past a bound onto it, and hands the specks to units with room. */
function settleSpecks(w: Float64Array, lower: number, upper: number): void {
  let specks = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as number;
    const clamped = Math.min(upper, Math.max(lower, x));
    specks += x - clamped;
    w[i] = clamped;
  }
  if (specks === 0) return;
  const room = Math.abs(specks);
  let eligible = 0;
  for (const x of w) if (x > 0 && x - lower > room && upper - x > room) eligible++;
  if (eligible === 0) return;
  const share = specks / eligible;
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as number;
    if (x > 0 && x - lower > room && upper - x > room) w[i] = x + share;
  }
}
