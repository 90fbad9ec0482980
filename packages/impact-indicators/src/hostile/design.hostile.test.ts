// Property-based hostile-input suite (issue 16) for the design engine (issue 14): on extreme
// weights, designs with strata, clusters, replicates or calibration give finite results or an
// ImpactError, and multiplying every weight by any power of two changes no mean, proportion or
// SE, and scales totals exactly.
import { isImpactError } from "@observatoire/impact-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  extremeWeight,
  holeyArray,
  hostileRuns,
  junk,
} from "../../../../scripts/hostile-arbitraries";
import {
  calibrate,
  createDesignAccumulator,
  domainMeans,
  domainProportions,
  domainTotals,
  replicateDesign,
  surveyDesign,
  surveyMean,
  surveyProportion,
  surveyTotal,
} from "../index";

const runs = { numRuns: hostileRuns() };

function refusedOr<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    if (isImpactError(error)) return undefined;
    throw error;
  }
}

function expectFinite(record: object, what: string): void {
  for (const [key, value] of Object.entries(record)) {
    if (key === "df") continue;
    if (typeof value === "number") {
      expect(Number.isFinite(value), `${what}.${key}: ${value}`).toBe(true);
    }
  }
}

/** Rows of a design: value, weight, stratum, PSU, domain. */
const row = fc.tuple(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  extremeWeight,
  fc.constantFrom(1, 2, 3),
  fc.constantFrom(1, 2, 3, 4),
  fc.constantFrom("a", "b"),
);
const rows = fc.array(row, { minLength: 2, maxLength: 40 });
const lonely = fc.constantFrom("remove", "adjust", "average", "certainty" as const);
const INF = { df: Number.POSITIVE_INFINITY };

function build(data: [number, number, number, number, string][], lonelyPsu: string) {
  return surveyDesign({
    weights: data.map((r) => r[1]),
    strata: data.map((r) => r[2]),
    clusters: data.map((r) => r[3]),
    lonelyPsu: lonelyPsu as "remove",
  });
}

function relClose(a: number | undefined, b: number | undefined, what: string): void {
  if (a === undefined || b === undefined) {
    expect(a, what).toBe(b);
    return;
  }
  expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(
    1e-12 * Math.max(Math.abs(b), Number.MIN_VALUE),
  );
}

describe("hostile numbers on designs: finite results or an ImpactError", () => {
  it("every estimator on a stratified, clustered design with extreme weights", () => {
    fc.assert(
      fc.property(rows, lonely, (data, lonelyPsu) => {
        const design = refusedOr(() => build(data, lonelyPsu));
        if (design === undefined) return;
        const y = data.map((r) => (r[0] > 0 ? 1 : 0));
        const x = data.map((r) => r[0]);
        const g = data.map((r) => r[4]);
        const p = refusedOr(() => surveyProportion(y, design, INF));
        if (p !== undefined) {
          expectFinite(p, "surveyProportion");
          expect(p.lower <= p.upper).toBe(true);
        }
        for (const e of refusedOr(() => domainProportions(y, design, g, INF)) ?? []) {
          expectFinite(e, "domainProportions");
        }
        for (const f of [surveyMean, surveyTotal]) {
          const m = refusedOr(() => f(x, design, INF));
          if (m !== undefined) expectFinite(m, f.name);
        }
        for (const f of [domainMeans, domainTotals]) {
          for (const e of refusedOr(() => f(x, design, g, INF)) ?? []) expectFinite(e, f.name);
        }
      }),
      runs,
    );
  });

  it("weights times any power of two: the same means, proportions and SEs, totals scaled", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -1000, max: 1000 }),
            fc.double({ min: 0.01, max: 100, noNaN: true }),
            fc.constantFrom(1, 2),
            fc.constantFrom(1, 2, 3),
            fc.constantFrom("a", "b"),
          ),
          { minLength: 4, maxLength: 40 },
        ),
        fc.integer({ min: -1000, max: 1000 }),
        (data, exponent) => {
          const factor = 2 ** exponent;
          const base = refusedOr(() => build(data, "remove"));
          if (base === undefined) return;
          const scaled = build(
            data.map((r) => [r[0], r[1] * factor, r[2], r[3], r[4]]),
            "remove",
          );
          const x = data.map((r) => r[0]);
          const y = data.map((r) => (r[0] > 0 ? 1 : 0));
          const m0 = refusedOr(() => surveyMean(x, base, INF));
          const m1 = refusedOr(() => surveyMean(x, scaled, INF));
          if (m0 !== undefined && m1 !== undefined) {
            relClose(m1.estimate, m0.estimate, "mean");
            relClose(m1.standardError, m0.standardError, "mean SE");
          }
          const t0 = refusedOr(() => surveyTotal(x, base, INF));
          const t1 = refusedOr(() => surveyTotal(x, scaled, INF));
          if (t0 !== undefined && t1 !== undefined) {
            relClose(t1.estimate, t0.estimate * factor, "total");
            relClose(t1.standardError, t0.standardError * factor, "total SE");
          }
          const p0 = refusedOr(() => surveyProportion(y, base, INF));
          const p1 = refusedOr(() => surveyProportion(y, scaled, INF));
          if (p0 !== undefined && p1 !== undefined) {
            relClose(p1.estimate, p0.estimate, "proportion");
            relClose(p1.standardError, p0.standardError, "proportion SE");
            relClose(p1.effectiveN, p0.effectiveN, "effectiveN");
          }
          // Weights within the double range give a result whenever the unscaled ones do.
          if (m0 !== undefined && Number.isFinite(m0.sumWeights * factor)) {
            expect(m1, "surveyMean refused scaled weights").toBeDefined();
          }
        },
      ),
      runs,
    );
  });

  it("replicate designs and calibration on extreme weights", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom("JK1", "JKn", "bootstrap" as const), (data, type) => {
        const design = refusedOr(() => build(data, "remove"));
        if (design === undefined) return;
        const x = data.map((r) => r[0]);
        const rep = refusedOr(() => replicateDesign(design, { type, replicates: 20, seed: 1 }));
        if (rep !== undefined) {
          const m = refusedOr(() => surveyMean(x, rep, INF));
          if (m !== undefined) expectFinite(m, `surveyMean on ${type}`);
          const t = refusedOr(() => surveyTotal(x, rep, INF));
          if (t !== undefined) expectFinite(t, `surveyTotal on ${type}`);
        }
        const sum = data.reduce((s, r) => s + r[1], 0);
        const cal = refusedOr(() =>
          calibrate(design, {
            margins: [
              {
                variable: "g",
                codes: data.map((r) => r[4]),
                targets: { a: sum / 2, b: sum / 2 },
              },
            ],
          }),
        );
        if (cal !== undefined) {
          for (const w of cal.weights) expect(Number.isFinite(w)).toBe(true);
          const m = refusedOr(() => surveyMean(x, cal.design, INF));
          if (m !== undefined) expectFinite(m, "surveyMean on a calibrated design");
        }
      }),
      runs,
    );
  });

  it("design inputs: holey, sparse and junk columns are refused with an ImpactError", () => {
    fc.assert(
      fc.property(
        holeyArray(fc.oneof(extremeWeight, junk)),
        holeyArray(fc.oneof(fc.constantFrom("a", "b", 1, 2), junk)),
        holeyArray(fc.oneof(fc.constantFrom(1, 2, 3), junk)),
        holeyArray(fc.oneof(fc.constantFrom(10, 20, 0.5), junk)),
        (weights, strata, clusters, fpc) => {
          const design = refusedOr(() =>
            surveyDesign({
              weights: weights as number[],
              strata: strata as string[],
              clusters: clusters as number[],
              fpc: fpc as number[],
              lonelyPsu: "remove",
            }),
          );
          if (design === undefined) return;
          const y = (weights as number[]).map((_, i) => i % 2);
          const p = refusedOr(() => surveyProportion(y, design, INF));
          if (p !== undefined) expectFinite(p, "surveyProportion");
        },
      ),
      runs,
    );
  });

  it("the design accumulator: any add sequence gives finite estimates or an ImpactError", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (data) => {
        const acc = createDesignAccumulator({ lonelyPsu: "remove" });
        for (const [x, w, stratum, psu, group] of data) {
          refusedOr(() => acc.add(x > 0 ? 1 : 0, w, { stratum, psu, group }));
        }
        const est = refusedOr(() => acc.finish(INF));
        if (est !== undefined) expectFinite(est, "finish");
        for (const e of refusedOr(() => acc.finishDomains(INF)) ?? []) {
          expectFinite(e, "finishDomains");
        }
      }),
      runs,
    );
  });
});
