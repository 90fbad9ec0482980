import { ImpactError, type IssuePath } from "@observatoire/impact-core";
import type { NumericColumn } from "../types";

/**
 * @internal Weights (or values) whose largest magnitude lies in [2^-400, 2^400] are summed as
 * they are: any count below 2^200 of their squares stays finite, and their squares stay normal
 * doubles (no underflow). Outside this range the functions multiply by a power of two
 * ({@link scaleFor}), which is exact, so the results inside the range are bit for bit those
 * of the unscaled sums.
 */
export const SAFE_HIGH = 2 ** 400;
/** @internal See {@link SAFE_HIGH}. */
export const SAFE_LOW = 2 ** -400;

/** @internal The largest number: sums and results above it are refused, never Infinity. */
export const LARGEST = Number.MAX_VALUE;

/**
 * @internal The largest `|x|` among the numbers of `column` up to its first entry that is not
 * a number: the callers refuse that entry anyway, so a sparse array is never walked past its
 * first hole.
 */
export function largestMagnitude(column: ArrayLike<unknown>): number {
  let max = 0;
  const n = column.length;
  for (let i = 0; i < n; i++) {
    const x = column[i];
    if (typeof x !== "number") break;
    const a = x < 0 ? -x : x;
    if (a > max) max = a;
  }
  return max;
}

/**
 * @internal A power of two `s` such that `max * s` lies in [0.5, 1), or 1 when `max` is 0, not
 * finite or already inside the safe range.
 */
export function scaleFor(max: number): number {
  if (!(max > 0 && max < Number.POSITIVE_INFINITY) || (max <= SAFE_HIGH && max >= SAFE_LOW)) {
    return 1;
  }
  const e = Math.max(-1000, Math.floor(Math.log2(max)) + 1);
  // 2 ** -e in two steps, so that 2 ** 1000 and 2 ** -1024 (subnormal) are both reachable.
  return 2 ** -Math.trunc(e / 2) * 2 ** -(e - Math.trunc(e / 2));
}

/** @internal The scale for a weights column (1 for unit weights). */
export function weightScale(weights: NumericColumn | undefined): number {
  return weights === undefined ? 1 : scaleFor(largestMagnitude(weights));
}

/** @internal The error for a sum or result that would exceed the largest double. */
export function tooLarge(what: string, path: IssuePath): ImpactError {
  return new ImpactError(
    "INVALID_INPUT",
    `${what} exceeds the largest number (Number.MAX_VALUE, about 1.8e308); divide the input by a common factor`,
    { path },
  );
}
