import betaQuantileStdlib from "@stdlib/stats-base-dists-beta-quantile";

/**
 * Above this shape parameter stdlib's inverse incomplete beta overflows (it returns NaN from
 * about 1.3e154, where the square of the parameter is not a double). There, `b * x` of the
 * quantile `x` of Beta(a, b) has converged to the Gamma(a, 1) quantile to within `a / b`, so the
 * quantile at `b` is the one at `LARGE_SHAPE` scaled by `LARGE_SHAPE / b`.
 */
const LARGE_SHAPE = 1e150;

/**
 * @internal Quantile of Beta(a, b) at probability p, as R `qbeta(p, a, b)`. stdlib's inverse
 * incomplete beta is accurate enough to use as is: it matches scipy to 1.4e-14 on the 620
 * Clopper-Pearson and Jeffreys fixture intervals and R to 2e-15 on the Korn-Graubard ones, so
 * no Newton refinement is needed. Shapes above 1e150 (effective sample sizes of hostile
 * weights) are scaled, see {@link LARGE_SHAPE}.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(a > LARGE_SHAPE || b > LARGE_SHAPE)) return betaQuantileStdlib(p, a, b);
  if (a > LARGE_SHAPE && b > LARGE_SHAPE) {
    // Spread of order 1 / sqrt(a + b) < 1e-75: the distribution is its mean to double precision.
    return 1 / (1 + b / a);
  }
  if (b > LARGE_SHAPE) return betaQuantileStdlib(p, a, LARGE_SHAPE) * (LARGE_SHAPE / b);
  return 1 - betaQuantileStdlib(1 - p, b, LARGE_SHAPE) * (LARGE_SHAPE / a);
}
