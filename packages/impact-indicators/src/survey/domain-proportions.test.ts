import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose, expectImpactError } from "../../test/helpers";
import { checkInterval, dfOf, type RInterval } from "../../test/survey-fixture";
import fixture from "../__fixtures__/survey.json" with { type: "json" };
import type { SurveyMethod } from "../types";
import { domainProportions } from "./domain-proportions";
import { surveyProportion } from "./survey-proportion";

interface RDomain {
  group: string | number;
  estimate: number;
  standardError: number;
  rows: number;
  degf: number;
  intervals: RInterval[];
}

describe(`domainProportions agrees with R survey ${fixture.versions.survey} (svyby + svyciprop on subset)`, () => {
  it(`on ${fixture.domainProportions.length} samples to 1e-8`, () => {
    let checked = 0;
    for (const c of fixture.domainProportions) {
      const domains = c.domains as RDomain[];
      const single = domains.some((d) => d.degf < 1);
      for (const r0 of domains[0]?.intervals ?? []) {
        const df = dfOf(r0);
        if (df === undefined && single) {
          expectImpactError(
            () =>
              domainProportions(c.values, c.weights, c.groups as (string | number)[], {
                method: r0.method as SurveyMethod,
                level: c.level,
              }),
            "EMPTY_SAMPLE",
          );
          continue;
        }
        const rows = domainProportions(c.values, c.weights, c.groups as (string | number)[], {
          method: r0.method as SurveyMethod,
          level: c.level,
          df,
        });
        expect(rows.map((row) => row.group)).toEqual(domains.map((d) => d.group));
        for (const [k, d] of domains.entries()) {
          const ours = rows[k];
          const r = d.intervals.find((i) => i.method === r0.method && i.df === r0.df);
          if (ours === undefined || r === undefined)
            throw new Error(`${c.name}: group ${d.group} missing`);
          const what = `${c.name}: group ${d.group} ${r.method} level ${r.level} df ${r.df}`;
          expectClose(ours.estimate, d.estimate, 1e-12, `${what} estimate`);
          expectClose(ours.standardError, d.standardError, 1e-8, `${what} SE`);
          expect(ours.df).toBe(df ?? d.degf);
          checkInterval(ours, r, what);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("includes a domain with a single respondent, which needs df: Infinity", () => {
    const c = fixture.domainProportions[0];
    if (c === undefined) throw new Error("empty fixture");
    const lone = (c.domains as RDomain[]).find((d) => d.rows === 1);
    expect(lone?.group).toBe("c");
    expectImpactError(
      () => domainProportions(c.values, c.weights, c.groups as (string | number)[]),
      "EMPTY_SAMPLE",
      ["groups", 7],
    );
    const rows = domainProportions(c.values, c.weights, c.groups as (string | number)[], {
      df: Number.POSITIVE_INFINITY,
    });
    expect(rows.find((row) => row.group === "c")?.n).toBe(1);
  });
});

describe("domainProportions behaviour", () => {
  it("differs from analysing the domain as its own sample only through n (full-sample linearisation)", () => {
    const values = [1, 0, 1, 1, 0, 1, 0, 0, 1, 1];
    const weights = [1, 2, 1, 1.5, 1, 2, 0.5, 1, 3, 1];
    const groups = ["a", "b", "a", "a", "b", "b", "a", "b", "a", "b"];
    const [a] = domainProportions(values, weights, groups, { df: Number.POSITIVE_INFINITY });
    const own = surveyProportion(
      values.filter((_, i) => groups[i] === "a"),
      weights.filter((_, i) => groups[i] === "a"),
      { df: Number.POSITIVE_INFINITY },
    );
    expectClose(a?.estimate ?? Number.NaN, own.estimate, 1e-15, "estimate");
    // n/(n-1) with n = 10 for the domain, n = 5 for the subsample.
    expectClose(
      (a?.standardError ?? Number.NaN) ** 2 / own.standardError ** 2,
      10 / 9 / (5 / 4),
      1e-12,
      "variance ratio",
    );
  });

  it("gives the same result for strings, numbers and typed-array codes, in first-appearance order", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(0, 1),
            fc.double({ min: 0.1, max: 10, noNaN: true }),
            fc.integer({ min: 0, max: 4 }),
          ),
          { minLength: 12, maxLength: 200 },
        ),
        (rows) => {
          const y = rows.map((r) => r[0]);
          const w = rows.map((r) => r[1]);
          const codes = rows.map((r) => r[2]);
          const options = { df: Number.POSITIVE_INFINITY, method: "mean" as const };
          const fromNumbers = domainProportions(y, w, codes, options);
          const fromStrings = domainProportions(
            y,
            w,
            codes.map((g) => `g${g}`),
            options,
          );
          const fromTyped = domainProportions(
            Uint8Array.from(y),
            Float64Array.from(w),
            Int32Array.from(codes),
            options,
          );
          const big = domainProportions(
            y,
            w,
            codes.map((g) => g * 1e6 + 0.5),
            options,
          );
          const order = [...new Set(codes)];
          expect(fromNumbers.map((r) => r.group)).toEqual(order);
          expect(fromTyped).toEqual(fromNumbers);
          expect(fromStrings.map(({ group, ...rest }) => rest)).toEqual(
            fromNumbers.map(({ group, ...rest }) => rest),
          );
          expect(big.map(({ group, ...rest }) => rest)).toEqual(
            fromNumbers.map(({ group, ...rest }) => rest),
          );
        },
      ),
    );
  });
});

describe("domainProportions validation", () => {
  it("rejects bad rows with their path", () => {
    expectImpactError(
      () => domainProportions([1, 0, 3], [1, 1, 1], ["a", "a", "b"]),
      "INVALID_INPUT",
      ["values", 2],
    );
    expectImpactError(
      () => domainProportions([1, 0, 1], [1, -1, 1], ["a", "a", "b"]),
      "INVALID_INPUT",
      ["weights", 1],
    );
    expectImpactError(
      () => domainProportions([1, 0, 1], [1, 1, 1], ["a", null, "b"] as never),
      "INVALID_INPUT",
      ["groups", 1],
    );
    expectImpactError(
      () => domainProportions([1, 0, 1], [1, 1, 1], [1, Number.NaN, 2]),
      "INVALID_INPUT",
      ["groups", 1],
    );
    expectImpactError(() => domainProportions([1, 0, 1], [1, 1, 1], ["a", "b"]), "INVALID_INPUT", [
      "groups",
    ]);
    expectImpactError(
      () => domainProportions([1, 0, 1], [1, 1], ["a", "b", "c"]),
      "INVALID_INPUT",
      ["weights"],
    );
    expectImpactError(
      () => domainProportions([1, 0, 1], [1, 1, 1], "abc" as never),
      "INVALID_INPUT",
      ["groups"],
    );
  });

  it("rejects empty samples and domains without weight", () => {
    expectImpactError(() => domainProportions([], [], []), "EMPTY_SAMPLE");
    expectImpactError(
      () => domainProportions([1, 0, 1, 0], [1, 1, 0, 0], ["a", "a", "b", "b"]),
      "EMPTY_SAMPLE",
      ["groups", 2],
    );
  });
});
