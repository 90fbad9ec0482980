import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import studentQuantile from "@stdlib/stats-base-dists-t-quantile";
import { expect } from "vitest";
import type { SurveyMethod } from "../src/types";
import { expectClose } from "./helpers";

/** One `svyciprop` result of the R fixture (null: R returned NaN). */
export interface RInterval {
  method: string;
  level: number;
  df: number | "Infinity" | null;
  lower: number | null;
  upper: number | null;
  transformedLower?: number | null;
  transformedUpper?: number | null;
}

export const dfOf = (i: RInterval): number | undefined =>
  i.df === null ? undefined : i.df === "Infinity" ? Number.POSITIVE_INFINITY : i.df;

/**
 * Checks our interval against R's, where R's documented deviations are replaced by ours:
 * - asin: R back-transforms an interval that crosses 0 or pi/2 with sin^2, so it wraps round;
 *   we clamp the transformed interval to [0, pi/2] first;
 * - p = 0 or 1: R's asin and beta intervals are NaN (and its logit one with few df); ours are
 *   [p, p] (asin, logit) and the
 *   Clopper-Pearson interval of 0 or n successes among the respondents (beta);
 * - logit with few df and a high level: R rounds its t level to 1 and returns [0, NaN]; ours is
 *   the t interval.
 */
export function checkInterval(
  ours: { lower: number; upper: number; estimate: number; n: number; df: number },
  r: RInterval,
  what: string,
): void {
  const p = ours.estimate;
  const df = ours.df;
  const method = r.method as SurveyMethod;
  // R's beta interval at p = 0 or 1 is NaN, or rounding noise when a zero weight leaves R's p a
  // hair away from 0 or 1 (its effective size is then 1e-17 / 1e-33).
  if ((p === 0 || p === 1) && (r.lower === null || r.upper === null || method === "beta")) {
    if (method === "asin" || method === "logit") {
      // R's logit fit diverges; with few df its expit overflows to NaN.
      expectClose(ours.lower, p, 0, `${what} lower at p=${p}`);
      expectClose(ours.upper, p, 0, `${what} upper at p=${p}`);
    } else if (method === "beta") {
      const tail = (1 - r.level) / 2;
      // Clopper-Pearson with 0 successes of n: upper = 1 - (alpha/2)^(1/n).
      const edge = 1 - tail ** (1 / ours.n);
      expectClose(p === 0 ? ours.upper : 1 - ours.lower, edge, 1e-12, `${what} beta at p=${p}`);
      expectClose(p === 0 ? ours.lower : ours.upper, p, 0, `${what} beta bound at p=${p}`);
    } else {
      throw new Error(`${what}: unexpected NaN from R`);
    }
    return;
  }
  if (method === "logit" && r.upper === null && r.lower === 0) {
    // R turns the t level into a normal one, 1 - 2 pnorm(qt(alpha/2, df)), which rounds to 1
    // when the t tail is below 1e-16: its interval becomes expit(+/-Inf) = [0, NaN].
    const t = studentQuantile(1 - (1 - r.level) / 2, df);
    expect(normalCdf(-t, 0, 1), `${what}: R's NaN is not the rounding of its t level`).toBeLessThan(
      1.2e-16,
    );
    expect(ours.lower).toBeGreaterThanOrEqual(0);
    expect(ours.lower).toBeLessThan(p);
    expect(ours.upper).toBeGreaterThan(p);
    expect(ours.upper).toBeLessThanOrEqual(1);
    return;
  }
  if (r.lower === null || r.upper === null) throw new Error(`${what}: unexpected NaN from R`);
  if (method === "asin") {
    const lo = r.transformedLower as number;
    const hi = r.transformedUpper as number;
    const clampedLo = Math.sin(Math.max(0, lo)) ** 2;
    const clampedHi = Math.sin(Math.min(Math.PI / 2, hi)) ** 2;
    if (lo >= 0 && hi <= Math.PI / 2) {
      expectClose(clampedLo, r.lower, 1e-12, `${what} R's own back-transform`);
    }
    expectClose(ours.lower, clampedLo, 1e-8, `${what} lower`);
    expectClose(ours.upper, clampedHi, 1e-8, `${what} upper`);
    return;
  }
  expectClose(ours.lower, r.lower, 1e-8, `${what} lower`);
  expectClose(ours.upper, r.upper, 1e-8, `${what} upper`);
}
