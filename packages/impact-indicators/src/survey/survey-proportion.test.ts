import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose, expectImpactError } from "../../test/helpers";
import { checkInterval, dfOf, type RInterval } from "../../test/survey-fixture";
import fixture from "../__fixtures__/survey.json" with { type: "json" };
import type { SurveyMethod } from "../types";
import { surveyProportion } from "./survey-proportion";

describe(`surveyProportion agrees with R survey ${fixture.versions.survey}`, () => {
  it(`on ${fixture.surveyProportion.length} samples, every method, level and df, to 1e-8`, () => {
    let checked = 0;
    for (const c of fixture.surveyProportion) {
      for (const r of c.intervals as RInterval[]) {
        const what = `${c.name}: ${r.method} level ${r.level} df ${r.df}`;
        const est = surveyProportion(c.values, c.weights, {
          method: r.method as SurveyMethod,
          level: r.level,
          df: dfOf(r),
        });
        expectClose(est.estimate, c.estimate, 1e-12, `${what} estimate`);
        expectClose(est.standardError, c.standardError, 1e-8, `${what} SE`);
        expect(est.df).toBe(dfOf(r) ?? c.degf);
        checkInterval(est, r, what);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("covers the edge cases it claims to", () => {
    const names = fixture.surveyProportion.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["all zero", "all one", "two respondents"]));
    expect(fixture.surveyProportion.some((c) => c.weights.includes(0))).toBe(true);
  });
});

describe("surveyProportion conventions", () => {
  const y74 = Array.from({ length: 100 }, (_, i) => (i < 74 ? 1 : 0));

  it("uses the n/(n-1) standard error of survey, not the textbook one", () => {
    const est = surveyProportion(y74);
    expectClose(est.standardError, Math.sqrt((0.74 * 0.26) / 99), 1e-15, "SE");
    expect(est.designEffect).toBe(1);
    expect(est.effectiveN).toBe(100);
    expect(est.n).toBe(100);
    expect(est.sumWeights).toBe(100);
  });

  it("beta ignores df, as R, and reports the design's", () => {
    const plain = surveyProportion(y74, undefined, { method: "beta" });
    const normal = surveyProportion(y74, undefined, {
      method: "beta",
      df: Number.POSITIVE_INFINITY,
    });
    expect(normal).toEqual(plain);
    expect(normal.df).toBe(99);
  });

  it("accepts typed arrays and gives the same result", () => {
    const w = y74.map((_, i) => 0.5 + (i % 7) / 3);
    const plain = surveyProportion(y74, w, { method: "beta" });
    const typed = surveyProportion(Uint8Array.from(y74), Float64Array.from(w), { method: "beta" });
    expect(typed).toEqual(plain);
  });

  it("is [p, p] and never NaN for logit, mean and asin at p = 0 and 1", () => {
    for (const method of ["logit", "mean", "asin"] as const) {
      for (const p of [0, 1]) {
        const est = surveyProportion([p, p, p], [1, 2, 3], { method });
        expect([est.lower, est.estimate, est.upper, est.standardError]).toEqual([p, p, p, 0]);
      }
    }
  });

  it("rescaling the weights changes nothing but sumWeights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(0, 1), fc.double({ min: 0.01, max: 100, noNaN: true })), {
          minLength: 3,
          maxLength: 60,
        }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (rows, k) => {
          const y = rows.map((r) => r[0]);
          const w = rows.map((r) => r[1]);
          const a = surveyProportion(y, w);
          const b = surveyProportion(
            y,
            w.map((x) => x * k),
          );
          expectClose(a.estimate, b.estimate, 1e-12, "estimate");
          expectClose(a.standardError, b.standardError, 1e-12, "SE");
          expectClose(a.lower, b.lower, 1e-10, "lower");
        },
      ),
    );
  });

  it("intervals lie in [0, 1] (except mean), contain the estimate and widen with the level", () => {
    const methods: SurveyMethod[] = ["logit", "mean", "beta", "asin"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(0, 1), fc.double({ min: 0.05, max: 20, noNaN: true })), {
          minLength: 2,
          maxLength: 80,
        }),
        fc.constantFrom(...methods),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        (rows, method, a, b) => {
          const y = rows.map((r) => r[0]);
          const w = rows.map((r) => r[1]);
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const narrow = surveyProportion(y, w, { method, level: lo });
          const wide = surveyProportion(y, w, { method, level: hi });
          for (const est of [narrow, wide]) {
            expect(Number.isNaN(est.lower) || Number.isNaN(est.upper)).toBe(false);
            if (method !== "mean") {
              expect(est.lower).toBeGreaterThanOrEqual(0);
              expect(est.upper).toBeLessThanOrEqual(1);
            }
            expect(est.lower).toBeLessThanOrEqual(est.estimate + 1e-12);
            expect(est.upper).toBeGreaterThanOrEqual(est.estimate - 1e-12);
          }
          expect(wide.lower).toBeLessThanOrEqual(narrow.lower + 1e-12);
          expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - 1e-12);
        },
      ),
    );
  });
});

describe("surveyProportion validation", () => {
  it("rejects values other than 0/1 and bad weights with their path", () => {
    expectImpactError(() => surveyProportion([1, 0, 0.5]), "INVALID_INPUT", ["values", 2]);
    expectImpactError(() => surveyProportion([1, 0, true as never]), "INVALID_INPUT", [
      "values",
      2,
    ]);
    expectImpactError(() => surveyProportion([1, 0, 1], [1, -2, 1]), "INVALID_INPUT", [
      "weights",
      1,
    ]);
    expectImpactError(() => surveyProportion([1, 0, 1], [1, 1, Number.NaN]), "INVALID_INPUT", [
      "weights",
      2,
    ]);
    expectImpactError(
      () => surveyProportion([1, 0, 1], [1, Number.POSITIVE_INFINITY, 1]),
      "INVALID_INPUT",
      ["weights", 1],
    );
    expectImpactError(() => surveyProportion([1, 0, 1], ["1", 1, 1] as never), "INVALID_INPUT", [
      "weights",
      0,
    ]);
    expectImpactError(() => surveyProportion([1, 0, 1], [1, 1]), "INVALID_INPUT", ["weights"]);
    expectImpactError(() => surveyProportion("101" as never), "INVALID_INPUT", ["values"]);
  });

  it("rejects empty samples, zero weights and a single respondent", () => {
    expectImpactError(() => surveyProportion([]), "EMPTY_SAMPLE");
    expectImpactError(() => surveyProportion([1, 0], [0, 0]), "EMPTY_SAMPLE");
    expectImpactError(() => surveyProportion([1]), "EMPTY_SAMPLE");
    expectImpactError(() => surveyProportion([1, 0], [1, 0]), "EMPTY_SAMPLE");
    expectImpactError(
      () => surveyProportion([1, 0], [1, 0], { method: "beta", df: Number.POSITIVE_INFINITY }),
      "EMPTY_SAMPLE",
    );
  });

  it("rejects bad options", () => {
    expectImpactError(
      () => surveyProportion([1, 0, 1], undefined, { level: 95 }),
      "INVALID_INPUT",
      ["options", "level"],
    );
    expectImpactError(
      () => surveyProportion([1, 0, 1], undefined, { method: "likelihood" as never }),
      "INVALID_INPUT",
      ["options", "method"],
    );
    expectImpactError(() => surveyProportion([1, 0, 1], undefined, { df: 0 }), "INVALID_INPUT", [
      "options",
      "df",
    ]);
    expectImpactError(
      () => surveyProportion([1, 0, 1], undefined, { df: Number.NaN }),
      "INVALID_INPUT",
    );
  });
});
