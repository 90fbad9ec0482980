import { formatPath, ImpactError, type IssuePath } from "@observatoire/impact-core";
import { checkLength } from "../../_lib/validate";
import { describe, isArrayLikeColumn } from "../../weighting/_lib/read-weights";

/**
 * Checks a component value: `null` is a missing value, anything else must be a finite
 * number. NaN is refused rather than read as missing, because NaN usually comes from a
 * computation that went wrong upstream.
 *
 * @internal
 */
export function readComponentValue(value: unknown, path: IssuePath): number | null {
  if (value === null) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const hint =
    typeof value === "number" && Number.isNaN(value)
      ? "; NaN is not read as missing, pass null for a missing value"
      : value === undefined
        ? "; pass null for a missing value"
        : "";
  throw new ImpactError(
    "INVALID_INPUT",
    `${formatPath(path)} must be a finite number or null, got ${describe(value)}${hint}`,
    { path },
  );
}

/**
 * Reads a column of values into `number | null`, checking each entry.
 *
 * @internal
 */
export function readColumn(values: unknown, path: IssuePath): (number | null)[] {
  if (!isArrayLikeColumn(values)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `values must be an array of numbers and nulls, got ${describe(values)}`,
      { path },
    );
  }
  checkLength(values.length, path, "values");
  const out: (number | null)[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    out[i] = readComponentValue(values[i], [...path, i]);
  }
  return out;
}
