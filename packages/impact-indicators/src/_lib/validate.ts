import { ImpactError, type IssuePath } from "@observatoire/impact-core";
import type { NumericColumn } from "../types";

/** @internal Describes a value for an error message without dumping large objects. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return `a value of type ${typeof value}`;
}

/** @internal */
export function invalid(message: string, path: IssuePath): ImpactError {
  return new ImpactError("INVALID_INPUT", message, { path });
}

// Shared so that a call without options allocates nothing but its result.
const NO_OPTIONS = Object.freeze({});

/** @internal Checks that `options` is undefined or a plain object and returns it as a record. */
export function readOptions<T extends object>(
  options: T | undefined,
  name = "options",
): Partial<T> {
  if (options === undefined) return NO_OPTIONS;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw invalid(`${name} must be an object, got ${describe(options)}`, [name]);
  }
  return options;
}

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

/** @internal One of `allowed`, or `fallback` when undefined. */
export function readMethod<M extends string>(
  method: unknown,
  allowed: readonly M[],
  fallback: M,
  path: IssuePath = ["options", "method"],
): M {
  if (method === undefined) return fallback;
  if (typeof method !== "string" || !(allowed as readonly string[]).includes(method)) {
    throw invalid(
      `unknown method ${describe(method)}: expected one of ${allowed.map((m) => `"${m}"`).join(", ")}`,
      path,
    );
  }
  return method as M;
}

/** @internal A non-negative integer count. */
export function readCount(value: unknown, path: IssuePath, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw invalid(`${what} must be a non-negative integer, got ${describe(value)}`, path);
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

/** @internal Whether `value` is a plain array or a numeric typed array. */
export function isNumericColumn(value: unknown): value is NumericColumn {
  return (
    Array.isArray(value) ||
    (ArrayBuffer.isView(value) && !(value instanceof DataView) && !isBigIntArray(value))
  );
}

function isBigIntArray(value: ArrayBufferView): boolean {
  return value instanceof BigInt64Array || value instanceof BigUint64Array;
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
  if (!isNumericColumn(column)) {
    throw invalid(`${name} must be an array of numbers or a typed array, got ${describe(column)}`, [
      name,
    ]);
  }
  checkLength(column.length, [name], name);
  return column;
}

/** @internal The error thrown for a value that is not 0 or 1. */
export function notBinary(value: unknown, index: number, name = "values"): ImpactError {
  return invalid(
    `${name}[${index}] must be 0 or 1 (a respondent has the characteristic or not), got ${describe(value)}`,
    [name, index],
  );
}

/** @internal The error thrown for a weight that is not a finite non-negative number. */
export function badWeight(value: unknown, index: number, name = "weights"): ImpactError {
  return invalid(`${name}[${index}] must be a finite number >= 0, got ${describe(value)}`, [
    name,
    index,
  ]);
}
