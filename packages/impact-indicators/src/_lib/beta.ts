import betaQuantileStdlib from "@stdlib/stats-base-dists-beta-quantile";

/** @internal Quantile of Beta(a, b) at probability p, as R `qbeta(p, a, b)`. */
export function betaQuantile(p: number, a: number, b: number): number {
  return betaQuantileStdlib(p, a, b);
}
