import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectImpactError } from "../../test/helpers";
import type { SurveyEstimate, SurveyMethod } from "../types";
import { createDomainAccumulator, createProportionAccumulator } from "./accumulators";
import { domainProportions } from "./domain-proportions";
import { surveyProportion } from "./survey-proportion";

const NUMERIC = [
  "estimate",
  "lower",
  "upper",
  "standardError",
  "sumWeights",
  "effectiveN",
  "designEffect",
] as const;

function expectSame(actual: SurveyEstimate, expected: SurveyEstimate, what: string): void {
  for (const key of NUMERIC) {
    const a = actual[key];
    const e = expected[key];
    const scale = Math.max(1, Math.abs(e));
    expect(Math.abs(a - e) / scale, `${what} ${key}: ${a} vs ${e}`).toBeLessThanOrEqual(1e-12);
  }
  expect([actual.n, actual.df, actual.level, actual.method]).toEqual([
    expected.n,
    expected.df,
    expected.level,
    expected.method,
  ]);
}

const row = fc.tuple(
  fc.constantFrom(0, 1),
  fc.oneof(fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.constant(0), fc.constant(1)),
  fc.constantFrom("nord", "sud", 7, "est"),
);
// Rows with at least two positive weights and both answers, so every method is defined.
const sample = fc
  .array(row, { minLength: 4, maxLength: 120 })
  .map((rows) => [[1, 1, "nord"] as const, [0, 2, "sud"] as const, ...rows]);
const cuts = fc.array(fc.nat(), { maxLength: 6 });
const methods = fc.constantFrom<SurveyMethod>("logit", "mean", "beta", "asin");

function attempt<T>(fn: () => T): { value?: T; code?: string } {
  try {
    return { value: fn() };
  } catch (error) {
    return { code: (error as { code?: string }).code ?? "not an ImpactError" };
  }
}

/** Splits `rows` at the given positions into contiguous parts (some may be empty). */
function split<T>(rows: readonly T[], positions: number[]): T[][] {
  const at = [...new Set(positions.map((p) => p % (rows.length + 1)))].sort((a, b) => a - b);
  const parts: T[][] = [];
  let start = 0;
  for (const end of [...at, rows.length]) {
    parts.push(rows.slice(start, end));
    start = end;
  }
  return parts;
}

describe("accumulators: any split gives the one-shot result", () => {
  it("createProportionAccumulator, merged in any tree shape, equals surveyProportion to 1e-12", () => {
    fc.assert(
      fc.property(sample, cuts, methods, fc.boolean(), (rows, positions, method, leftFold) => {
        const values = rows.map((r) => r[0]);
        const weights = rows.map((r) => r[1]);
        const parts = split(rows, positions).map((part, k) => {
          const acc = createProportionAccumulator();
          for (const [y, w] of part) acc.add(y, w);
          // Every other part travels as JSON, as from a worker.
          return k % 2 === 1
            ? createProportionAccumulator(JSON.parse(JSON.stringify(acc.state())))
            : acc;
        });
        const merged = leftFold
          ? parts.reduce((a, b) => a.merge(b))
          : parts.reduceRight((a, b) => b.merge(a));
        const options = { method, level: 0.9 };
        expectSame(merged.finish(options), surveyProportion(values, weights, options), method);
        expect(merged.rows).toBe(rows.length);
      }),
    );
  });

  it("createDomainAccumulator equals domainProportions to 1e-12, groups in the same order", () => {
    fc.assert(
      fc.property(sample, cuts, methods, (rows, positions, method) => {
        const parts = split(rows, positions).map((part, k) => {
          const acc = createDomainAccumulator<string | number>();
          for (const [y, w, g] of part) acc.add(y, w, g);
          return k % 2 === 1
            ? createDomainAccumulator<string | number>(JSON.parse(JSON.stringify(acc.state())))
            : acc;
        });
        const merged = parts.reduce((a, b) => a.merge(b));
        const options = { method, df: Number.POSITIVE_INFINITY };
        const direct = attempt(() =>
          domainProportions(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
            rows.map((r) => r[2]),
            options,
          ),
        );
        const ours = attempt(() => merged.finish(options));
        // A group whose weights are all zero (or a lone beta respondent) fails both ways alike.
        expect(ours.code).toBe(direct.code);
        if (ours.value === undefined || direct.value === undefined) return;
        const expected = direct.value;
        expect(ours.value.map((r) => r.group)).toEqual(expected.map((r) => r.group));
        for (const [k, r] of ours.value.entries()) {
          expectSame(r, expected[k] as SurveyEstimate, `group ${r.group}`);
        }
      }),
    );
  });
});

describe("accumulator validation", () => {
  it("rejects bad rows, foreign objects and self-merges", () => {
    expectImpactError(() => createProportionAccumulator().add(2), "INVALID_INPUT");
    expectImpactError(() => createProportionAccumulator().add(1, -1), "INVALID_INPUT");
    expectImpactError(() => createProportionAccumulator().add(1, Number.NaN), "INVALID_INPUT");
    const acc = createProportionAccumulator().add(1).add(0);
    expectImpactError(() => acc.merge(acc), "INVALID_INPUT", ["other"]);
    expectImpactError(() => acc.merge({} as never), "INVALID_INPUT", ["other"]);
    expectImpactError(() => createProportionAccumulator().finish(), "EMPTY_SAMPLE");
    expectImpactError(() => createDomainAccumulator().add(1, 1, Number.NaN), "INVALID_INPUT");
    expectImpactError(() => createDomainAccumulator().add(1, Number.NaN, "a"), "INVALID_INPUT");
    expectImpactError(() => createDomainAccumulator().finish(), "EMPTY_SAMPLE");
  });

  it("rejects malformed states with their path", () => {
    const good = createProportionAccumulator().add(1, 2).add(0, 1).state();
    expectImpactError(() => createProportionAccumulator({ ...good, rows: 1.5 }), "INVALID_INPUT", [
      "state",
      "rows",
    ]);
    expectImpactError(
      () => createProportionAccumulator({ ...good, weight0: -1 }),
      "INVALID_INPUT",
      ["state", "weight0"],
    );
    expectImpactError(
      () => createProportionAccumulator({ ...good, positive: 3 }),
      "INVALID_INPUT",
      ["state", "positive"],
    );
    expectImpactError(() => createProportionAccumulator(null as never), "INVALID_INPUT", ["state"]);
    const groups = createDomainAccumulator().add(1, 1, "a").add(0, 2, "b").state();
    expectImpactError(() => createDomainAccumulator({} as never), "INVALID_INPUT", ["state"]);
    expectImpactError(
      () => createDomainAccumulator([...groups, groups[0] as never]),
      "INVALID_INPUT",
      ["state", 2, "group"],
    );
    expectImpactError(
      () => createDomainAccumulator([{ ...groups[1], group: Number.NaN } as never]),
      "INVALID_INPUT",
      ["state", 0, "group"],
    );
    expectImpactError(
      () => createDomainAccumulator([{ ...groups[1], squares1: Number.NaN } as never]),
      "INVALID_INPUT",
      ["state", 0, "squares1"],
    );
  });

  it("a group restored from a state is named in errors", () => {
    const state = createDomainAccumulator().add(1, 1, "a").add(0, 1, "a").add(1, 0, "b").state();
    expectImpactError(() => createDomainAccumulator(state).finish(), "EMPTY_SAMPLE", ["groups"]);
  });

  it("a failed add leaves the accumulator unchanged", () => {
    const acc = createProportionAccumulator().add(1, 2).add(0, 1);
    const before = acc.finish({ df: Number.POSITIVE_INFINITY });
    expect(() => acc.add(1, -3)).toThrow();
    expect(acc.finish({ df: Number.POSITIVE_INFINITY })).toEqual(before);
  });
});

describe("weights-only accumulators and design rows", () => {
  it("refuse a row's stratum or PSU instead of ignoring it, naming createDesignAccumulator", () => {
    const one = createProportionAccumulator() as unknown as {
      add(v: number, w: number, where: unknown): unknown;
    };
    expectImpactError(() => one.add(1, 1, { stratum: "a", psu: 1 }), "INVALID_INPUT", ["where"]);
    expect(() => one.add(1, 1, { stratum: "a", psu: 1 })).toThrow(/createDesignAccumulator/);
    const many = createDomainAccumulator() as unknown as {
      add(v: number, w: number, group: unknown): unknown;
    };
    expectImpactError(() => many.add(1, 1, { stratum: "a", psu: 1 }), "INVALID_INPUT", ["group"]);
    // Nothing was added by the refused rows.
    expect(createProportionAccumulator().add(1, 1).rows).toBe(1);
  });
});
