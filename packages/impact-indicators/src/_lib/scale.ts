import { ImpactError, type IssuePath } from "@observatoire/impact-core";
import type { NumericColumn } from "../types";

/**
 * @internal The range of weights an accumulator takes (0 aside): their squares, summed over
 * any count below 2^53, neither overflow nor underflow, so its saved state can hold unscaled
 * sums. Batch functions instead multiply every weight by the power of two of
 * {@link scaleFor}, which brings the largest into [0.5, 1): multiplying by a power of two is
 * exact and rounding does not depend on it, so on ordinary weights the results are bit for
 * bit those of the unscaled sums, while 1e200 no longer overflows its square and a weight
 * 1e-160 times the largest no longer underflows it.
 */
export const SAFE_HIGH = 2 ** 400;
/** @internal See {@link SAFE_HIGH}. */
export const SAFE_LOW = 2 ** -400;

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
 * @internal A power of two `s` such that `max * s` lies in [0.5, 1) (give or take the rounding
 * of `log2`), or 1 when `max` is 0 or not finite.
 */
export function scaleFor(max: number): number {
  if (!(max > 0 && max < Number.POSITIVE_INFINITY)) return 1;
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
