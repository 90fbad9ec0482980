import betaQuantileStdlib from "@stdlib/stats-base-dists-beta-quantile";

/**
 * @internal Quantile of Beta(a, b) at probability p, as R `qbeta(p, a, b)`. stdlib's inverse
 * incomplete beta is accurate enough to use as is: it matches scipy to 1.4e-14 on the 620
 * Clopper-Pearson and Jeffreys fixture intervals and R to 2e-15 on the Korn-Graubard ones, so
 * no Newton refinement is needed.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  return betaQuantileStdlib(p, a, b);
}
