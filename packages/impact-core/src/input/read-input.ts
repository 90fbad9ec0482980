import { ImpactError, type IssuePath } from "../errors/impact-error";
import { describeValue } from "./describe-value";

/**
 * A column of numbers: a plain array or a numeric typed array. BigInt64Array and
 * BigUint64Array are not columns of numbers: their values are bigints.
 */
export type NumericColumn =
  | readonly number[]
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray;

/**
 * The `INVALID_INPUT` error for an argument of the wrong type or out of range: the one
 * constructor of input errors, so every reader words and locates them alike.
 *
 * @param message - a sentence naming the field and the value at fault
 * @param path - path of the offending field, outermost first
 * @returns the error, to be thrown by the caller
 * @example
 * import { invalidInput } from "@observatoire/impact-core";
 * const error = invalidInput("level must lie in (0, 1), got 95", ["options", "level"]);
 * [error.code, error.path];
 * //=> ["INVALID_INPUT", ["options", "level"]]
 */
export function invalidInput(message: string, path: IssuePath): ImpactError {
  return new ImpactError("INVALID_INPUT", message, { path });
}

// Shared so that a call without options allocates nothing but its result.
const NO_OPTIONS = Object.freeze({});

/**
 * Checks an options argument: `undefined` (no options) or a plain object, never an
 * array, a string or `null`.
 *
 * @param options - the caller's options
 * @param name - the argument's name, for the message and the path. Default `"options"`.
 * @returns the options, or a frozen empty object for `undefined`
 * @throws {ImpactError} `INVALID_INPUT` when `options` is not an object
 * @example
 * import { readOptions } from "@observatoire/impact-core";
 * [readOptions({ level: 0.9 }), readOptions(undefined)];
 * //=> [{ level: 0.9 }, {}]
 * readOptions([0.9] as never);
 * //=> throws INVALID_INPUT
 */
export function readOptions<T extends object>(
  options: T | undefined,
  name = "options",
): Partial<T> {
  if (options === undefined) return NO_OPTIONS;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw invalidInput(`${name} must be an object, got ${describeValue(options)}`, [name]);
  }
  return options;
}

/**
 * Reads an option that names one of a fixed list of values (a method, a style, a
 * format), or `fallback` when it is `undefined`.
 *
 * @param value - the caller's value
 * @param allowed - the accepted values
 * @param fallback - the value when `value` is `undefined`
 * @param path - path of the option; its last segment names it in the message
 * @returns `value` or `fallback`
 * @throws {ImpactError} `INVALID_INPUT` naming the accepted values
 * @example
 * import { readOneOf } from "@observatoire/impact-core";
 * readOneOf(undefined, ["text", "html"], "text", ["options", "format"]);
 * //=> "text"
 * readOneOf("pdf", ["text", "html"], "text", ["options", "format"]);
 * //=> throws INVALID_INPUT
 */
export function readOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  path: IssuePath,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  const name = String(path[path.length - 1] ?? "value");
  throw invalidInput(
    `${name} must be one of ${allowed.map((item) => `"${item}"`).join(", ")}, got ${describeValue(value)}`,
    path,
  );
}

/**
 * Whether `value` is a column of numbers: a plain array or a numeric typed array (not a
 * DataView, not a BigInt64Array or BigUint64Array, whose values are bigints). The values
 * themselves are not looked at.
 *
 * @param value - anything
 * @returns `true` for a {@link NumericColumn}
 * @example
 * import { isNumericColumn } from "@observatoire/impact-core";
 * [isNumericColumn([1, 2]), isNumericColumn(new Float64Array(2)), isNumericColumn(new BigInt64Array(2)), isNumericColumn("12")];
 * //=> [true, true, false, false]
 */
export function isNumericColumn(value: unknown): value is NumericColumn {
  if (Array.isArray(value)) return true;
  return (
    ArrayBuffer.isView(value) &&
    !(value instanceof DataView) &&
    !(value instanceof BigInt64Array) &&
    !(value instanceof BigUint64Array)
  );
}

/**
 * Checks that an argument is a column of numbers (see {@link isNumericColumn}), without
 * looking at its values: the callers check each value where they read it.
 *
 * @param column - the caller's value
 * @param path - path of the argument; a single name is accepted for a top-level argument
 * @returns the column
 * @throws {ImpactError} `INVALID_INPUT` when it is not an array or numeric typed array
 * @example
 * import { readNumericColumn } from "@observatoire/impact-core";
 * readNumericColumn([0, 1, 1], "values").length;
 * //=> 3
 * readNumericColumn(new BigInt64Array(2), "weights");
 * //=> throws INVALID_INPUT
 */
export function readNumericColumn(column: unknown, path: string | IssuePath): NumericColumn {
  if (isNumericColumn(column)) return column;
  const at = typeof path === "string" ? [path] : path;
  const name = String(at[at.length - 1] ?? "column");
  throw invalidInput(
    `${name} must be an array of numbers or a numeric typed array, got ${describeValue(column)}`,
    at,
  );
}
