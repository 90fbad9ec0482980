import {
  describeValue,
  formatPath,
  ImpactError,
  type IssuePath,
  invalidInput,
  type NumericColumn,
  readNumericColumn,
  readOneOf,
} from "@observatoire/impact-core/kernel";

/** @internal The value describer of every error message: impact-core's `describeValue`. */
export const describe = describeValue;

/** @internal The `INVALID_INPUT` error: impact-core's `invalidInput`. */
export const invalid = invalidInput;

export { isNumericColumn, readOneOf, readOptions } from "@observatoire/impact-core/kernel";

/** @internal A confidence level strictly between 0 and 1; 0.95 when undefined. */
export function readLevel(level: unknown, path: IssuePath = ["options", "level"]): number {
  if (level === undefined) return 0.95;
  if (typeof level !== "number" || !(level > 0 && level < 1)) {
    const hint =
      typeof level === "number" && level > 1 && level < 100
        ? ` (did you mean ${level / 100}?)`
        : "";
    throw invalid(
      `level must be a number strictly between 0 and 1, such as 0.95; got ${describe(level)}${hint}`,
      path,
    );
  }
  return level;
}

/** @internal One of `allowed`, or `fallback` when undefined (impact-core's `readOneOf`). */
export function readMethod<M extends string>(
  method: unknown,
  allowed: readonly M[],
  fallback: M,
  path: IssuePath = ["options", "method"],
): M {
  return readOneOf(method, allowed, fallback, path);
}

/** @internal A non-negative integer count. */
export function readCount(value: unknown, path: IssuePath, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw invalid(`${what} must be a non-negative integer, got ${describe(value)}`, path);
  }
  return value;
}

/** @internal A finite number >= 0 (a sum of weights, of squares). */
export function readNonNegative(value: unknown, path: IssuePath, what: string): number {
  if (typeof value !== "number" || !(value >= 0 && value < Number.POSITIVE_INFINITY)) {
    throw invalid(`${what} must be a finite number >= 0, got ${describe(value)}`, path);
  }
  return value;
}

/** @internal Checks successes and trials of a binomial count: integers, 0 <= successes <= trials, trials >= 1. */
export function readBinomial(
  successes: unknown,
  trials: unknown,
  successesPath: IssuePath,
  trialsPath: IssuePath,
): void {
  readCount(successes, successesPath, "successes");
  readCount(trials, trialsPath, "trials");
  if ((trials as number) === 0) {
    throw new ImpactError("EMPTY_SAMPLE", "trials is 0: a proportion needs at least one trial", {
      path: trialsPath,
    });
  }
  if ((successes as number) > (trials as number)) {
    throw invalid(
      `successes (${successes as number}) cannot exceed trials (${trials as number})`,
      successesPath,
    );
  }
}

/**
 * The longest column (rows of a survey, cells of a table side, components of an index) the
 * functions accept: 100,000,000 entries, a Float64Array of 800 MB. Longer arrays, sparse ones
 * of length 2^32 - 1 included, are refused with `INVALID_INPUT` before anything is allocated
 * from their length.
 *
 * @example
 * import { MAX_COLUMN_LENGTH, kishEffectiveSampleSize } from "@observatoire/impact-indicators";
 * MAX_COLUMN_LENGTH;
 * //=> 100000000
 * kishEffectiveSampleSize(new Array(2 ** 32 - 1));
 * //=> throws INVALID_INPUT
 */
export const MAX_COLUMN_LENGTH = 100_000_000;

/** @internal Refuses a length above {@link MAX_COLUMN_LENGTH}; call before allocating from it. */
export function checkLength(length: number, path: IssuePath, name: string): void {
  if (length > MAX_COLUMN_LENGTH) {
    throw invalid(
      `${name} has ${length} entries, more than the ${MAX_COLUMN_LENGTH} accepted (MAX_COLUMN_LENGTH)`,
      path,
    );
  }
}

/** @internal Checks that `column` is an array-like of numbers, without looking at the values. */
export function readColumn(column: unknown, name: string): NumericColumn {
  const checked = readNumericColumn(column, name);
  checkLength(checked.length, [name], name);
  return checked;
}

/** @internal The error thrown for a value that is not 0 or 1. */
export function notBinary(value: unknown, index: number, name = "values"): ImpactError {
  return invalid(
    `${name}[${index}] must be 0 or 1 (a respondent has the characteristic or not), got ${describe(value)}`,
    [name, index],
  );
}

/**
 * @internal The error thrown for a weight that is not a finite non-negative number; `at` is
 * the column's name or its path.
 */
export function badWeight(
  value: unknown,
  index: number,
  at: string | IssuePath = "weights",
): ImpactError {
  const path = typeof at === "string" ? [at] : at;
  return invalid(
    `${formatPath([...path, index])} must be a finite number >= 0, got ${describe(value)}`,
    [...path, index],
  );
}

/**
 * @internal Copies starting weights into a fresh Float64Array after checking each one, so
 * the caller's array is never modified. Without weights every respondent starts at 1.
 * `lengthSource` names the column whose length the weights must match.
 */
export function readWeights(
  weights: ArrayLike<number> | undefined,
  n: number,
  path: IssuePath,
  lengthSource: string,
): Float64Array {
  checkLength(n, path, weights === undefined ? lengthSource : "weights");
  const out = new Float64Array(n);
  if (weights === undefined) {
    out.fill(1);
    return out;
  }
  const column = readNumericColumn(weights, path);
  if (column.length !== n) {
    throw invalid(`weights has ${column.length} entries but ${lengthSource} has ${n}`, path);
  }
  if (column instanceof Float64Array) {
    // One bulk copy, then checks on a monomorphic typed array: the common large case.
    out.set(column);
    for (let i = 0; i < n; i++) {
      const w = out[i] as number;
      if (!(w >= 0 && w < Number.POSITIVE_INFINITY)) throw badWeight(w, i, path);
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    const w = column[i];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) throw badWeight(w, i, path);
    out[i] = w;
  }
  return out;
}

/**
 * @internal The `maxIterations` option of the iterative functions: an integer of at least
 * 1, or `fallback` when absent.
 */
export function readMaxIterations(value: unknown, fallback: number): number {
  const maxIterations = value === undefined ? fallback : value;
  if (typeof maxIterations !== "number" || !Number.isInteger(maxIterations) || maxIterations < 1) {
    throw invalid(`maxIterations must be an integer >= 1, got ${describe(maxIterations)}`, [
      "options",
      "maxIterations",
    ]);
  }
  return maxIterations;
}

/** @internal A boolean option, or `fallback` when absent. */
export function readBoolean(value: unknown, fallback: boolean, path: IssuePath): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") {
    throw invalid(
      `${String(path[path.length - 1])} must be a boolean, got ${describe(value)}`,
      path,
    );
  }
  return value;
}
