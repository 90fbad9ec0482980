import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectImpactError, readFixture } from "../../test/helpers";
import { type CompositeAggregation, compositeIndex } from "./composite-index";

interface AggregateFixture {
  name: string;
  aggregation: CompositeAggregation;
  weights: Record<string, number> | null;
  expected: (number | null)[];
}

const fixtures = readFixture<{
  compositeIndex: {
    components: string[];
    rows: Record<string, number | null>[];
    cases: AggregateFixture[];
  };
}>("composite.json");

describe("compositeIndex agrees with COINr's a_amean, a_gmean, a_hmean (base R transcription)", () => {
  const { rows, components } = fixtures.compositeIndex;
  for (const fixture of fixtures.compositeIndex.cases) {
    it(`${fixture.name}, record rows`, () => {
      const scores = compositeIndex(rows, {
        aggregation: fixture.aggregation,
        ...(fixture.weights === null ? {} : { weights: fixture.weights }),
      });
      expectAllClose(scores, fixture.expected, 1e-10, fixture.name);
    });
    it(`${fixture.name}, array rows`, () => {
      const arrays = rows.map((row) => components.map((c) => row[c] ?? null));
      const scores = compositeIndex(arrays, {
        aggregation: fixture.aggregation,
        ...(fixture.weights === null
          ? {}
          : { weights: components.map((c) => fixture.weights?.[c] ?? Number.NaN) }),
      });
      expectAllClose(scores, fixture.expected, 1e-10, fixture.name);
    });
  }
});

describe("compositeIndex", () => {
  it("renormalises the weights over the present components", () => {
    expect(
      compositeIndex([
        [40, 60],
        [80, null],
        [null, null],
      ]),
    ).toEqual([50, 80, null]);
    expect(compositeIndex([[10, 20, null]], { weights: [1, 3, 4] })).toEqual([17.5]);
  });

  it("computes weighted geometric and harmonic means", () => {
    const [geometric] = compositeIndex([{ a: 20, b: 80 }], {
      weights: { a: 1, b: 3 },
      aggregation: "geometric",
    });
    expect(geometric).toBeCloseTo(56.568542494923804, 12);
    expect(compositeIndex([[1, 4]], { aggregation: "harmonic" })).toEqual([1.6]);
  });

  it("returns null below minCoverage, or when the present components all weigh 0", () => {
    expect(
      compositeIndex(
        [
          [1, null, null],
          [1, 2, null],
        ],
        { minCoverage: 0.5 },
      ),
    ).toEqual([null, 1.5]);
    expect(compositeIndex([[5, null]], { weights: [0, 1] })).toEqual([null]);
  });

  it("returns an empty index for no rows", () => {
    expect(compositeIndex([])).toEqual([]);
  });

  it("rejects values <= 0 with the geometric and harmonic means, naming row and component", () => {
    expectImpactError(
      () =>
        compositeIndex(
          [
            { a: 1, b: 2 },
            { a: 3, b: 0 },
          ],
          { aggregation: "geometric" },
        ),
      "INVALID_INPUT",
      ["rows", 1, "b"],
    );
    expectImpactError(
      () => compositeIndex([[1, -2]], { aggregation: "harmonic" }),
      "INVALID_INPUT",
      ["rows", 0, 1],
    );
    expect(() => compositeIndex([[3, 0]], { aggregation: "geometric" })).toThrow(
      /rows\[0\] component 1 is 0/,
    );
  });

  it("rejects rows of the wrong shape and bad values", () => {
    expectImpactError(() => compositeIndex([[1, 2], [1]]), "INVALID_INPUT", ["rows", 1]);
    expectImpactError(() => compositeIndex([{ a: 1 }, { b: 1 }]), "INVALID_INPUT", [
      "rows",
      1,
      "a",
    ]);
    expectImpactError(
      () => compositeIndex([{ a: 1 }, { a: 1, b: 2 }] as { a: number }[]),
      "INVALID_INPUT",
      ["rows", 1, "b"],
    );
    expectImpactError(
      () => compositeIndex([[1, 2], { a: 1 }] as unknown as number[][]),
      "INVALID_INPUT",
      ["rows", 1],
    );
    expectImpactError(() => compositeIndex([[1, Number.NaN]]), "INVALID_INPUT", ["rows", 0, 1]);
    expectImpactError(
      () => compositeIndex([{ a: "1" } as unknown as { a: number }]),
      "INVALID_INPUT",
      ["rows", 0, "a"],
    );
    expectImpactError(() => compositeIndex([[]]), "INVALID_INPUT", ["rows", 0]);
    expectImpactError(() => compositeIndex("rows" as unknown as number[][]), "INVALID_INPUT", [
      "rows",
    ]);
  });

  it("validates weights and options", () => {
    expectImpactError(() => compositeIndex([[1, 2]], { weights: [1, -1] }), "INVALID_INPUT", [
      "options",
      "weights",
      1,
    ]);
    expectImpactError(() => compositeIndex([[1, 2]], { weights: [0, 0] }), "INVALID_INPUT", [
      "options",
      "weights",
    ]);
    expectImpactError(() => compositeIndex([{ a: 1 }], { weights: { b: 1 } }), "INVALID_INPUT", [
      "rows",
      0,
      "b",
    ]);
    expectImpactError(
      () => compositeIndex([{ a: 1, b: 1 }], { weights: { a: 1 } }),
      "INVALID_INPUT",
      ["rows", 0, "b"],
    );
    expectImpactError(
      () => compositeIndex([{ a: 1 }], { weights: [1] } as unknown as { weights: { a: number } }),
      "INVALID_INPUT",
      ["options", "weights"],
    );
    expectImpactError(
      () => compositeIndex([[1]], { weights: { a: 1 } } as unknown as { weights: number[] }),
      "INVALID_INPUT",
      ["options", "weights"],
    );
    expectImpactError(
      () => compositeIndex([[1]], { aggregation: "median" as "arithmetic" }),
      "INVALID_INPUT",
      ["options", "aggregation"],
    );
    expectImpactError(() => compositeIndex([[1]], { minCoverage: 2 }), "INVALID_INPUT", [
      "options",
      "minCoverage",
    ]);
  });

  it("of identical components equals that component, for every aggregation (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 6, maxLength: 6 }),
        fc.constantFrom<CompositeAggregation>("arithmetic", "geometric", "harmonic"),
        (column, m, weights, aggregation) => {
          const rows = column.map((x) => Array.from({ length: m }, () => x));
          const scores = compositeIndex(rows, { weights: weights.slice(0, m), aggregation });
          scores.forEach((score, i) => {
            expect(score).toBeCloseTo(column[i] as number, 9);
          });
        },
      ),
    );
  });

  it("arithmetic scores lie between the smallest and largest present component (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.option(fc.double({ min: -100, max: 100, noNaN: true }), { nil: null }), {
            minLength: 3,
            maxLength: 3,
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (rows) => {
          const scores = compositeIndex(rows);
          rows.forEach((row, i) => {
            const present = row.filter((v): v is number => v !== null);
            if (present.length === 0) expect(scores[i]).toBeNull();
            else {
              expect(scores[i] as number).toBeGreaterThanOrEqual(Math.min(...present) - 1e-9);
              expect(scores[i] as number).toBeLessThanOrEqual(Math.max(...present) + 1e-9);
            }
          });
        },
      ),
    );
  });
});
