import { ImpactError, type IssuePath } from "@observatoire/impact-core";
import { checkLength } from "../../_lib/validate";

/** Whether `value` is an array or a typed array (not a DataView). */
export function isArrayLikeColumn(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/**
 * Copies starting weights into a fresh Float64Array after checking each one, so the
 * caller's array is never modified. Without weights every respondent starts at 1.
 *
 * @internal
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
  if (!isArrayLikeColumn(weights)) {
    throw new ImpactError("INVALID_INPUT", "weights must be an array or a typed array of numbers", {
      path,
    });
  }
  if (weights.length !== n) {
    throw new ImpactError(
      "INVALID_INPUT",
      `weights has ${weights.length} entries but ${lengthSource} has ${n}`,
      { path },
    );
  }
  if (weights instanceof Float64Array) {
    // One bulk copy, then checks on a monomorphic typed array: the common large case.
    out.set(weights);
    for (let i = 0; i < n; i++) {
      const w = out[i] as number;
      if (!(w >= 0 && w < Number.POSITIVE_INFINITY)) {
        throw new ImpactError(
          "INVALID_INPUT",
          `weights[${i}] must be a finite number >= 0, got ${w}`,
          { path: [...path, i] },
        );
      }
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new ImpactError(
        "INVALID_INPUT",
        `weights[${i}] must be a finite number >= 0, got ${describe(w)}`,
        { path: [...path, i] },
      );
    }
    out[i] = w;
  }
  return out;
}

/** A short, readable rendering of a bad value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  return `a value of type ${typeof value}`;
}

/**
 * Reads the `maxIterations` option shared by the iterative weighting functions: an
 * integer of at least 1, or `fallback` when absent.
 *
 * @internal
 */
export function readMaxIterations(value: unknown, fallback: number): number {
  const maxIterations = value === undefined ? fallback : value;
  if (typeof maxIterations !== "number" || !Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new ImpactError(
      "INVALID_INPUT",
      `maxIterations must be an integer >= 1, got ${describe(maxIterations)}`,
      { path: ["options", "maxIterations"] },
    );
  }
  return maxIterations;
}
