import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { normalCritical } from "./normal-critical";

// The normal critical value has its own module, so that an app using only normal-based
// intervals does not load the Student quantile.
export { normalCritical };

// Reports use a handful of levels over and over: caching the quantile turns the
// interval functions into a few arithmetic operations (over a million calls a second).
const studentCache = new Map<number, Map<number, number>>();
const MAX_CACHED = 256;

// Above this many degrees of freedom stdlib's t quantile loses digits (it returns 0 from about
// 1e16), while the first two terms of the Cornish-Fisher expansion in 1/df are exact to double
// precision (the next term is below z^7 / df^3 < 1e-27 here). At 1e10 both agree to 2e-16.
const LARGE_DF = 1e10;

/** Student quantile for a large `df`: Cornish-Fisher expansion around the normal one. */
function cornishFisher(level: number, df: number): number {
  const z = normalCritical(level);
  const z2 = z * z;
  return z + (z * (z2 + 1)) / (4 * df) + (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * df * df);
}

/**
 * @internal The two-sided Student critical value with `df` degrees of freedom, the normal one
 * when `df` is `Infinity` (as R's `qt(p, Inf)`). `df` may be fractional but must be > 0.
 * stdlib's quantile agrees with R's `qt` to 1e-15 (relative) for df 1 to 1999 and p 0.75 to
 * 0.9995.
 */
export function studentCritical(level: number, df: number): number {
  if (df === Number.POSITIVE_INFINITY) return normalCritical(level);
  let byDf = studentCache.get(level);
  if (byDf === undefined) {
    if (studentCache.size >= MAX_CACHED) studentCache.clear();
    byDf = new Map();
    studentCache.set(level, byDf);
  }
  let t = byDf.get(df);
  if (t === undefined) {
    t = df > LARGE_DF ? cornishFisher(level, df) : -tQuantile((1 - level) / 2, df);
    if (byDf.size >= MAX_CACHED) byDf.clear();
    byDf.set(df, t);
  }
  return t;
}
