// Property-based hostile-input suite (issue 16): whatever the numbers, every function returns
// finite results or throws an ImpactError; never NaN, Infinity, a RangeError or a crash.
import { isImpactError } from "@observatoire/impact-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  controlText,
  extremeFloat,
  extremeWeight,
  holeyArray,
  hostileRuns,
  junk,
} from "../../../../scripts/hostile-arbitraries";
import {
  chiSquareTest,
  compositeIndex,
  createProportionAccumulator,
  differenceOfProportions,
  domainProportions,
  kishDesignEffect,
  kishEffectiveSampleSize,
  marginOfError,
  normalize,
  postStratify,
  proportionInterval,
  surveyProportion,
  trimWeights,
} from "../index";

const runs = { numRuns: hostileRuns() };

/** Runs `f`; an ImpactError is a clear refusal, anything else thrown is a failure. */
function refusedOr<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    if (isImpactError(error)) return undefined;
    throw error;
  }
}

function expectFinite(values: Iterable<unknown>, what: string): void {
  for (const value of values) {
    if (typeof value === "number") expect(Number.isFinite(value), `${what}: ${value}`).toBe(true);
  }
}

const binary = fc.constantFrom(0, 1);
const level = fc.oneof(
  fc.double({ min: Number.MIN_VALUE, max: 1, maxExcluded: true, noNaN: true }),
  fc.constantFrom(1 - 2 ** -53, 0.95, Number.MIN_VALUE, 0.5),
);

describe("hostile numbers: finite results or an ImpactError", () => {
  it("surveyProportion on extreme weights and levels", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(binary, extremeWeight), { minLength: 1, maxLength: 30 }),
        level,
        fc.constantFrom("logit", "mean", "beta", "asin"),
        fc.oneof(fc.constant(undefined), fc.constant(Number.POSITIVE_INFINITY), extremeWeight),
        (rows, lvl, method, df) => {
          const result = refusedOr(() =>
            surveyProportion(
              rows.map((r) => r[0]),
              rows.map((r) => r[1]),
              { level: lvl, method, df },
            ),
          );
          if (result === undefined) return;
          const { df: usedDf, ...numbers } = result;
          expectFinite(Object.values(numbers), "surveyProportion");
          expect(usedDf > 0).toBe(true);
          expect(result.estimate >= 0 && result.estimate <= 1).toBe(true);
          expect(result.lower <= result.upper).toBe(true);
        },
      ),
      runs,
    );
  });

  it("surveyProportion and domainProportions on holey, sparse and junk columns", () => {
    fc.assert(
      fc.property(
        holeyArray(fc.oneof(binary, junk)),
        holeyArray(fc.oneof(extremeFloat, junk)),
        holeyArray(fc.oneof(fc.constantFrom("a", "b", 1), junk)),
        (values, weights, groups) => {
          const one = refusedOr(() => surveyProportion(values as number[], weights as number[]));
          if (one !== undefined) expectFinite(Object.values(one), "surveyProportion");
          const many = refusedOr(() =>
            domainProportions(values as number[], weights as number[], groups as string[], {
              df: Number.POSITIVE_INFINITY,
            }),
          );
          for (const row of many ?? []) {
            const { df: _, ...numbers } = row;
            expectFinite(Object.values(numbers), "domainProportions");
          }
          // Every row is accounted for: a domain never drops one silently.
          if (many !== undefined) {
            expect(many.reduce((sum, row) => sum + row.n, 0)).toBeLessThanOrEqual(values.length);
          }
        },
      ),
      runs,
    );
  });

  it("intervals, margins and comparisons at any level", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1e6 }),
        fc.nat({ max: 1e6 }),
        level,
        fc.constantFrom("wald", "wilson", "agresti-coull", "clopper-pearson", "jeffreys"),
        (a, b, lvl, method) => {
          const trials = Math.max(a, b, 1);
          const successes = Math.min(a, b);
          const i = refusedOr(() => proportionInterval(successes, trials, { method, level: lvl }));
          if (i !== undefined) expectFinite([i.lower, i.upper], "proportionInterval");
          const d = refusedOr(() =>
            differenceOfProportions(
              { successes, trials },
              { successes: trials - successes, trials },
              { level: lvl },
            ),
          );
          if (d !== undefined) expectFinite([d.lower, d.upper], "differenceOfProportions");
          const m = refusedOr(() => marginOfError(successes / trials, trials, { level: lvl }));
          if (m !== undefined) expectFinite([m], "marginOfError");
        },
      ),
      runs,
    );
  });

  it("Kish, chi-square, post-stratification and trimming on extreme numbers", () => {
    fc.assert(
      fc.property(
        fc.array(extremeFloat, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        extremeFloat,
        (numbers, columns, bound) => {
          for (const f of [kishEffectiveSampleSize, kishDesignEffect]) {
            const r = refusedOr(() => f(numbers));
            if (r !== undefined) expectFinite([r], f.name);
          }
          const table: number[][] = [];
          for (let i = 0; i + columns <= numbers.length; i += columns) {
            table.push(numbers.slice(i, i + columns));
          }
          const chi = refusedOr(() => chiSquareTest(table));
          if (chi !== undefined) expectFinite([chi.statistic, chi.pValue], "chiSquareTest");
          const codes = numbers.map((_, i) => (i % 2 === 0 ? "a" : "b"));
          const post = refusedOr(() =>
            postStratify({
              weights: numbers,
              codes,
              targets: { a: bound, b: numbers[0] as number },
            }),
          );
          if (post !== undefined) expectFinite(post.weights, "postStratify");
          const trimmed = refusedOr(() => trimWeights(numbers, { upper: bound }));
          if (trimmed !== undefined) {
            expectFinite(trimmed.weights, "trimWeights");
            // One round, as R: no weight stays above the bound by more than the shares added.
            const max = Math.max(...trimmed.weights);
            expect(Number.isFinite(max)).toBe(true);
          }
        },
      ),
      runs,
    );
  });

  it("normalize and compositeIndex on extreme values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(extremeFloat, fc.constant(null)), { minLength: 1, maxLength: 10 }),
        fc.constantFrom("min-max", "z-score", "rank", "percent-rank"),
        fc.constantFrom("arithmetic", "geometric", "harmonic"),
        (values, method, aggregation) => {
          const normalised = refusedOr(() => normalize(values, { method } as never));
          if (normalised !== undefined) expectFinite(normalised, `normalize ${method}`);
          const index = refusedOr(() => compositeIndex([values, values], { aggregation }));
          if (index !== undefined) expectFinite(index, `compositeIndex ${aggregation}`);
        },
      ),
      runs,
    );
  });

  it("accumulators: any add sequence or restored state gives finite estimates or an ImpactError", () => {
    const state = fc.record({
      rows: fc.oneof(fc.nat(), extremeFloat),
      positive: fc.oneof(fc.nat(), extremeFloat),
      weight1: extremeFloat,
      weight0: extremeFloat,
      squares1: extremeFloat,
      squares0: extremeFloat,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(binary, extremeWeight), { maxLength: 10 }),
        state,
        (rows, saved) => {
          const accumulator = createProportionAccumulator();
          for (const [y, w] of rows) refusedOr(() => accumulator.add(y, w));
          expectFinite(Object.values(accumulator.state()), "state");
          const restored = refusedOr(() => createProportionAccumulator(saved));
          for (const acc of [accumulator, restored]) {
            if (acc === undefined) continue;
            const estimate = refusedOr(() => acc.finish({ df: Number.POSITIVE_INFINITY }));
            if (estimate !== undefined) {
              const { df: _, ...numbers } = estimate;
              expectFinite(Object.values(numbers), "finish");
            }
          }
        },
      ),
      runs,
    );
  });

  it("group labels with control characters are kept as given", () => {
    fc.assert(
      fc.property(controlText, controlText, (a, b) => {
        const rows = refusedOr(() =>
          domainProportions([1, 0, 1, 0], undefined, [a, a, b, b], {
            df: Number.POSITIVE_INFINITY,
          }),
        );
        if (rows !== undefined) expect(rows.map((r) => r.group)).toEqual(a === b ? [a] : [a, b]);
      }),
      runs,
    );
  });
});
