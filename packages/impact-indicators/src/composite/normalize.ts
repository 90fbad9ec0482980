import { ImpactError, type IssuePath } from "@observatoire/impact-core";
import { largestMagnitude, scaleFor } from "../_lib/scale";
import { describe } from "../weighting/_lib/read-weights";
import { readColumn } from "./_lib/read-values";

/** Normalisation methods of {@link normalize}, as in COINr and the OECD/JRC Handbook (2008). */
export type NormalizeMethod =
  | "min-max"
  | "z-score"
  | "rank"
  | "percent-rank"
  | "distance-to-reference"
  | "goalposts";

/** Options shared by every method of {@link normalize}. */
export interface NormalizeCommonOptions {
  /**
   * `1` (default) when a higher value is better, `-1` when a lower value is better. As
   * COINr, `-1` negates the values before normalising (goalposts flip instead).
   */
  readonly direction?: 1 | -1 | undefined;
}

/** `min-max`: `(x - min) / (max - min)`, mapped linearly onto `range` (COINr `n_minmax`). */
export interface MinMaxOptions extends NormalizeCommonOptions {
  readonly method: "min-max";
  /** Output range `[low, high]`, default `[0, 100]`. */
  readonly range?: readonly [number, number] | undefined;
}

/** `z-score`: `(x - mean) / sd` with the sample sd (n - 1), then `* sd + mean` of the options (COINr `n_zscore`). */
export interface ZScoreOptions extends NormalizeCommonOptions {
  readonly method: "z-score";
  /** Mean of the output, default 0. */
  readonly mean?: number | undefined;
  /** Standard deviation of the output, default 1. */
  readonly sd?: number | undefined;
}

/** `rank`: rank among the present values, 1 for the smallest, ties get the smallest rank (COINr `n_rank`). */
export interface RankOptions extends NormalizeCommonOptions {
  readonly method: "rank";
}

/** `percent-rank`: `(rank - 1) / (present values - 1)` in [0, 1], ties at the smallest rank (COINr `n_prank`). */
export interface PercentRankOptions extends NormalizeCommonOptions {
  readonly method: "percent-rank";
}

/**
 * `distance-to-reference`: `1 - (ref - x) / (ref - min)`, so 1 at the reference and 0 at
 * the minimum (COINr `n_dist2ref` for `{ index }`, `n_dist2targ` for `{ value }`).
 */
export interface DistanceToReferenceOptions extends NormalizeCommonOptions {
  readonly method: "distance-to-reference";
  /**
   * The reference: `{ index }` of a unit in `values`, or an external target `{ value }`
   * on the scale of the input (negated with the values when `direction` is -1).
   */
  readonly reference: { readonly index: number } | { readonly value: number };
  /** Cap scores above 1 (units beyond the reference) at 1. Default false, as COINr. */
  readonly cap?: boolean | undefined;
}

/**
 * `goalposts`: `(x - lower) / (upper - lower)`, clamped to [0, 1], times `scale`; with
 * `direction: -1`, `(upper - x) / (upper - lower)` (COINr `n_goalposts`).
 */
export interface GoalpostsOptions extends NormalizeCommonOptions {
  readonly method: "goalposts";
  /** The lower goalpost, on the input scale. */
  readonly lower: number;
  /** The upper goalpost, on the input scale, above `lower`. */
  readonly upper: number;
  /** Score given at the best goalpost, default 100 (as the default min-max range). */
  readonly scale?: number | undefined;
  /** Clamp values beyond the goalposts. Default true, as COINr `trunc2posts`. */
  readonly clamp?: boolean | undefined;
}

/** Options of {@link normalize}: a method and its parameters. */
export type NormalizeOptions =
  | MinMaxOptions
  | ZScoreOptions
  | RankOptions
  | PercentRankOptions
  | DistanceToReferenceOptions
  | GoalpostsOptions;

const OPTIONS_PATH = ["options"] as const;

/**
 * Normalises one indicator (a column of values, one per unit) onto a common scale,
 * following the OECD/JRC Handbook on Constructing Composite Indicators (2008) and the
 * conventions of the JRC's COINr package. Missing values (`null`) stay `null` and are
 * left out of the statistics (min, max, mean, sd, ranks).
 *
 * Conventions (checked against COINr's source): `z-score` uses the sample standard
 * deviation (n - 1); `rank` and `percent-rank` give ties the smallest rank (R
 * `rank(ties.method = "min")`) and `percent-rank` is `(rank - 1) / (m - 1)` with m the
 * number of present values; `direction: -1` negates the values first. Where COINr
 * returns NaN (a constant column in `min-max` or `z-score`, fewer than two values
 * for `percent-rank`, a reference at the minimum), this throws.
 *
 * @param values - the indicator, one value per unit; `null` for a missing value.
 * @param options - `{ method, direction?, ... }`, see {@link NormalizeOptions}.
 * @returns The normalised values, `null` where the input was `null`.
 * @throws {@link ImpactError} `INVALID_INPUT` for NaN, infinite or non-numeric values
 *   (path `["values", i]`), a constant column for `min-max` or `z-score`, or bad
 *   options (path `["options", ...]`); `EMPTY_SAMPLE` when a method needing statistics
 *   gets no present value.
 * @example
 * import { normalize } from "@observatoire/impact-indicators";
 * normalize([2, 4, null, 10], { method: "min-max" });
 * //=> [0, 25, null, 100]
 * normalize([3, 1, 3, 2], { method: "rank" });
 * //=> [3, 1, 3, 2]
 * normalize([20, 50, 90], { method: "goalposts", lower: 40, upper: 80 });
 * //=> [0, 25, 100]
 * normalize([5, 5, 5], { method: "min-max" });
 * //=> throws INVALID_INPUT
 */
export function normalize(
  values: ArrayLike<number | null>,
  options: NormalizeOptions,
): (number | null)[] {
  if (typeof options !== "object" || options === null) {
    throw new ImpactError(
      "INVALID_INPUT",
      `options must be an object with a method, got ${describe(options)}`,
      { path: OPTIONS_PATH },
    );
  }
  const column = readColumn(values, ["values"]);
  const direction = options.direction === undefined ? 1 : options.direction;
  if (direction !== 1 && direction !== -1) {
    throw new ImpactError(
      "INVALID_INPUT",
      `direction must be 1 or -1, got ${describe(direction)}`,
      { path: [...OPTIONS_PATH, "direction"] },
    );
  }
  const method = (options as { method?: unknown }).method;
  switch (options.method) {
    case "min-max":
      return minMax(oriented(column, direction), options);
    case "z-score":
      return zScore(oriented(column, direction), options);
    case "rank":
      return minRanks(oriented(column, direction));
    case "percent-rank":
      return percentRanks(oriented(column, direction));
    case "distance-to-reference":
      return distanceToReference(column, direction, options);
    case "goalposts":
      return goalposts(column, direction, options);
    default:
      throw new ImpactError(
        "INVALID_INPUT",
        `unknown normalisation method ${describe(method)}; use "min-max", "z-score", "rank", "percent-rank", "distance-to-reference" or "goalposts"`,
        { path: [...OPTIONS_PATH, "method"] },
      );
  }
}

function oriented(column: (number | null)[], direction: 1 | -1): (number | null)[] {
  return direction === 1 ? column : column.map((x) => (x === null ? null : -x));
}

function finiteOption(value: unknown, fallback: number, name: string): number {
  const v = value === undefined ? fallback : value;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `${name} must be a finite number, got ${describe(value)}`,
      {
        path: [...OPTIONS_PATH, name],
      },
    );
  }
  return v;
}

function presentValues(column: readonly (number | null)[], method: string): number[] {
  const present: number[] = [];
  for (const x of column) if (x !== null) present.push(x);
  if (present.length === 0) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      `${method} normalisation needs at least one value, but every value is missing`,
      { path: ["values"] },
    );
  }
  return present;
}

function extent(values: readonly number[]): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of values) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return [min, max];
}

function constantColumn(method: string, value: number): ImpactError {
  return new ImpactError(
    "INVALID_INPUT",
    `${method} normalisation is undefined for a constant indicator (every present value is ${value}); drop the indicator or use "goalposts"`,
    { path: ["values"] },
  );
}

/**
 * `(a - b) / (c - d)` without overflow: values of opposite signs near MAX_VALUE have
 * differences beyond it (1e308 - -8e307), and halving every term first is exact (but for
 * subnormals, far below any difference that matters here).
 */
function differenceRatio(a: number, b: number, c: number, d: number): number {
  const top = a - b;
  const bottom = c - d;
  if (Number.isFinite(top) && Number.isFinite(bottom)) return top / bottom;
  return (a / 2 - b / 2) / (c / 2 - d / 2);
}

function minMax(column: (number | null)[], options: MinMaxOptions): (number | null)[] {
  const range = options.range === undefined ? [0, 100] : options.range;
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    !range.every((r) => typeof r === "number" && Number.isFinite(r)) ||
    !((range[0] as number) < (range[1] as number))
  ) {
    throw new ImpactError(
      "INVALID_INPUT",
      `range must be [low, high] with finite low < high, got ${JSON.stringify(range)}`,
      { path: [...OPTIONS_PATH, "range"] },
    );
  }
  const [low, high] = range as [number, number];
  const [min, max] = extent(presentValues(column, "min-max"));
  if (min === max) throw constantColumn("min-max", min);
  return column.map((x) =>
    x === null ? null : differenceRatio(x, min, max, min) * (high - low) + low,
  );
}

function zScore(column: (number | null)[], options: ZScoreOptions): (number | null)[] {
  const targetMean = finiteOption(options.mean, 0, "mean");
  const targetSd = finiteOption(options.sd, 1, "sd");
  if (!(targetSd > 0)) {
    throw new ImpactError("INVALID_INPUT", `sd must be > 0, got ${targetSd}`, {
      path: [...OPTIONS_PATH, "sd"],
    });
  }
  const present = presentValues(column, "z-score");
  if (present.length < 2) {
    throw new ImpactError(
      "INVALID_INPUT",
      "z-score normalisation needs at least two present values to estimate a standard deviation",
      { path: ["values"] },
    );
  }
  // Values are multiplied by a power of two when their magnitude would make squares overflow
  // (1e200) or underflow, and taken relative to the first one, so that values a few ulps apart
  // ([1, 1 + 2^-52, 1]) keep their differences exactly (Sterbenz) instead of losing them to
  // the rounding of a mean near 1.
  const scale = scaleFor(largestMagnitude(present));
  const pivot = (present[0] as number) * scale;
  const shifted = present.map((x) => x * scale - pivot);
  let total = 0;
  for (const d of shifted) total += d;
  let mean = total / shifted.length;
  // A second pass corrects the rounding of the first mean, as R's mean() does.
  let correction = 0;
  for (const d of shifted) correction += d - mean;
  mean += correction / shifted.length;
  let squares = 0;
  for (const d of shifted) squares += (d - mean) ** 2;
  const sd = Math.sqrt(squares / (shifted.length - 1));
  if (!Number.isFinite(sd)) {
    // Only values spanning most of the double range get here (-1e308 and 1e308).
    throw new ImpactError(
      "INVALID_INPUT",
      "z-score normalisation cannot represent the spread of these values (their differences exceed the largest number, about 1.8e308)",
      { path: ["values"] },
    );
  }
  if (sd === 0) throw constantColumn("z-score", present[0] as number);
  return column.map((x) =>
    x === null ? null : ((x * scale - pivot - mean) / sd) * targetSd + targetMean,
  );
}

function minRanks(column: (number | null)[]): (number | null)[] {
  const order: number[] = [];
  for (let i = 0; i < column.length; i++) if (column[i] !== null) order.push(i);
  order.sort((a, b) => (column[a] as number) - (column[b] as number));
  const ranks: (number | null)[] = column.map(() => null);
  for (let r = 0; r < order.length; r++) {
    const i = order[r] as number;
    const previous = r > 0 ? (order[r - 1] as number) : -1;
    ranks[i] = previous >= 0 && column[previous] === column[i] ? (ranks[previous] ?? r + 1) : r + 1;
  }
  return ranks;
}

function percentRanks(column: (number | null)[]): (number | null)[] {
  const present = presentValues(column, "percent-rank").length;
  if (present < 2) {
    throw new ImpactError(
      "INVALID_INPUT",
      "percent-rank normalisation needs at least two present values",
      { path: ["values"] },
    );
  }
  return minRanks(column).map((r) => (r === null ? null : (r - 1) / (present - 1)));
}

function distanceToReference(
  raw: (number | null)[],
  direction: 1 | -1,
  options: DistanceToReferenceOptions,
): (number | null)[] {
  const column = oriented(raw, direction);
  const reference = options.reference as unknown;
  const referencePath: IssuePath = [...OPTIONS_PATH, "reference"];
  let ref: number;
  if (typeof reference === "object" && reference !== null && "index" in reference) {
    const index = (reference as { index: unknown }).index;
    if (
      typeof index !== "number" ||
      !Number.isInteger(index) ||
      index < 0 ||
      index >= column.length
    ) {
      throw new ImpactError(
        "INVALID_INPUT",
        `reference.index must be an integer in [0, ${column.length - 1}], got ${describe(index)}`,
        { path: [...referencePath, "index"] },
      );
    }
    const value = column[index];
    if (value === null || value === undefined) {
      throw new ImpactError(
        "INVALID_INPUT",
        `the reference unit values[${index}] is missing (null)`,
        { path: [...referencePath, "index"] },
      );
    }
    ref = value;
  } else if (typeof reference === "object" && reference !== null && "value" in reference) {
    const value = (reference as { value: unknown }).value;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new ImpactError(
        "INVALID_INPUT",
        `reference.value must be a finite number, got ${describe(value)}`,
        { path: [...referencePath, "value"] },
      );
    }
    ref = direction * value;
  } else {
    throw new ImpactError(
      "INVALID_INPUT",
      `reference must be { index } (a unit of values) or { value } (a target), got ${describe(reference)}`,
      { path: referencePath },
    );
  }
  const cap = options.cap === undefined ? false : options.cap;
  if (typeof cap !== "boolean") {
    throw new ImpactError("INVALID_INPUT", `cap must be a boolean, got ${describe(cap)}`, {
      path: [...OPTIONS_PATH, "cap"],
    });
  }
  const [min] = extent(presentValues(column, "distance-to-reference"));
  if (!(ref > min)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `the reference (${direction * ref}) must be better than the worst value (${direction * min}); distances to it are undefined otherwise`,
      { path: referencePath },
    );
  }
  return column.map((x) => {
    if (x === null) return null;
    const y = 1 - differenceRatio(ref, x, ref, min);
    return cap && y > 1 ? 1 : y;
  });
}

function goalposts(
  column: (number | null)[],
  direction: 1 | -1,
  options: GoalpostsOptions,
): (number | null)[] {
  const lower = finiteOption(options.lower, Number.NaN, "lower");
  const upper = finiteOption(options.upper, Number.NaN, "upper");
  if (!(lower < upper)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `goalposts need lower < upper, got lower ${lower} and upper ${upper}; use direction: -1 when a lower value is better`,
      { path: [...OPTIONS_PATH, "upper"] },
    );
  }
  const scale = finiteOption(options.scale, 100, "scale");
  if (!(scale > 0)) {
    throw new ImpactError("INVALID_INPUT", `scale must be > 0, got ${scale}`, {
      path: [...OPTIONS_PATH, "scale"],
    });
  }
  const clamp = options.clamp === undefined ? true : options.clamp;
  if (typeof clamp !== "boolean") {
    throw new ImpactError("INVALID_INPUT", `clamp must be a boolean, got ${describe(clamp)}`, {
      path: [...OPTIONS_PATH, "clamp"],
    });
  }
  return column.map((x) => {
    if (x === null) return null;
    let y =
      direction === 1
        ? differenceRatio(x, lower, upper, lower)
        : differenceRatio(upper, x, upper, lower);
    if (clamp) y = Math.min(1, Math.max(0, y));
    return y * scale;
  });
}
