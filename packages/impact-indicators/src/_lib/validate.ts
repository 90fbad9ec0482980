import {
  describeValue,
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

export { isNumericColumn, readOptions } from "@observatoire/impact-core/kernel";

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

/** @internal Checks that `column` is an array-like of numbers, without looking at the values. */
export function readColumn(column: unknown, name: string): NumericColumn {
  return readNumericColumn(column, name);
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
