import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectImpactError, readFixture } from "../../test/helpers";
import { type RakeMargin, rake } from "./rake";

interface RakeFixture {
  name: string;
  weights: number[] | null;
  margins: { variable: string; codes: (string | number)[]; targets: Record<string, number> }[];
  expected: number[];
}

const fixtures = readFixture<{ survey: string; rake: RakeFixture[] }>("weighting.json");

function cellTotals(weights: ArrayLike<number>, codes: ArrayLike<string | number>) {
  const totals = new Map<string, number>();
  for (let i = 0; i < weights.length; i++) {
    const key = String(codes[i]);
    totals.set(key, (totals.get(key) ?? 0) + (weights[i] as number));
  }
  return totals;
}

describe(`rake agrees with R survey ${fixtures.survey} (rake with maxit 1e4, epsilon 1e-13)`, () => {
  for (const fixture of fixtures.rake) {
    it(fixture.name, () => {
      const result = rake({
        ...(fixture.weights === null ? {} : { weights: fixture.weights }),
        margins: fixture.margins,
      });
      expect(result.converged).toBe(true);
      // Relative: the weights scale with the population totals (up to 5.2e7 here).
      expectAllClose(result.weights, fixture.expected, 1e-8, fixture.name);
    });
  }
});

describe("rake", () => {
  const sexe: RakeMargin = {
    variable: "sexe",
    codes: ["F", "F", "M", "M"],
    targets: { F: 52, M: 48 },
  };
  const age: RakeMargin = {
    variable: "age",
    codes: ["j", "s", "j", "s"],
    targets: new Map([
      ["j", 40],
      ["s", 60],
    ]),
  };

  it("meets every margin, converges fully by default and reports it", () => {
    const result = rake({ weights: [1, 2, 3, 4], margins: [sexe, age] });
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(1);
    expect(result.maxAbsoluteError).toBeLessThanOrEqual(1e-10 * 100);
    const bySexe = cellTotals(result.weights, sexe.codes);
    expect(bySexe.get("F")).toBeCloseTo(52, 8);
    expect(bySexe.get("M")).toBeCloseTo(48, 8);
    const byAge = cellTotals(result.weights, age.codes);
    expect(byAge.get("j")).toBeCloseTo(40, 8);
    expect(byAge.get("s")).toBeCloseTo(60, 8);
  });

  it("does not modify the input weights", () => {
    const weights = [1, 2, 3, 4];
    rake({ weights, margins: [sexe, age] });
    expect(weights).toEqual([1, 2, 3, 4]);
  });

  it("matches numeric codes to object keys and Map keys", () => {
    const result = rake({
      margins: [
        { variable: "region", codes: [1, 2, 2, 3], targets: { "1": 10, "2": 20, "3": 30 } },
        {
          variable: "zone",
          codes: new Int32Array([7, 7, 8, 8]),
          targets: new Map<string | number, number>([
            [7, 25],
            ["8", 35],
          ]),
        },
      ],
    });
    expect(result.converged).toBe(true);
    const byRegion = cellTotals(result.weights, [1, 2, 2, 3]);
    expect(byRegion.get("3")).toBeCloseTo(30, 8);
  });

  it("scales margins whose totals differ by rounding only, then converges", () => {
    const result = rake({
      margins: [sexe, { ...age, targets: { j: 40, s: 60 + 1e-6 } }],
    });
    expect(result.converged).toBe(true);
    const total = result.weights.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(100, 8);
  });

  it("accepts zero targets: those respondents get weight 0", () => {
    const result = rake({
      margins: [{ variable: "g", codes: ["a", "b", "b"], targets: { a: 0, b: 10 } }],
    });
    expect(Array.from(result.weights)).toEqual([0, 5, 5]);
  });

  it("throws NOT_CONVERGED on margins that cannot be met together, unless asked to return", () => {
    // Only (F, j) and (M, s) respondents: F = 52 and j = 40 cannot both hold.
    const margins: RakeMargin[] = [
      { variable: "sexe", codes: ["F", "M"], targets: { F: 52, M: 48 } },
      { variable: "age", codes: ["j", "s"], targets: { j: 40, s: 60 } },
    ];
    expectImpactError(() => rake({ margins }, { maxIterations: 50 }), "NOT_CONVERGED", [
      "options",
      "maxIterations",
    ]);
    const result = rake({ margins }, { maxIterations: 50, onNotConverged: "return" });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(50);
    expect(result.maxAbsoluteError).toBeGreaterThan(1);
  });

  it("reports a code missing from the targets with its path", () => {
    expectImpactError(
      () =>
        rake({
          margins: [
            sexe,
            { variable: "age", codes: ["j", "x", "j", "s"], targets: { j: 40, s: 60 } },
          ],
        }),
      "INCONSISTENT_MARGINS",
      ["margins", 1, "codes", 1],
    );
  });

  it("reports a target category without respondents", () => {
    expectImpactError(
      () =>
        rake({
          margins: [
            { variable: "age", codes: ["j", "s", "j", "s"], targets: { j: 40, s: 60 } },
            { variable: "sexe", codes: ["M", "M", "M", "M"], targets: { F: 52, M: 48 } },
          ],
        }),
      "INCONSISTENT_MARGINS",
      ["margins", 1, "targets", "F"],
    );
  });

  it("reports a category whose respondents all have weight 0", () => {
    expectImpactError(
      () => rake({ weights: [0, 0, 1, 1], margins: [sexe] }),
      "INCONSISTENT_MARGINS",
      ["margins", 0, "targets", "F"],
    );
  });

  it("reports a cell emptied by zero targets in another margin", () => {
    expectImpactError(
      () =>
        rake({
          margins: [
            { variable: "a", codes: ["x", "x", "y"], targets: { x: 0, y: 10 } },
            { variable: "b", codes: ["p", "p", "q"], targets: { p: 4, q: 6 } },
          ],
        }),
      "INCONSISTENT_MARGINS",
      ["margins", 1, "targets", "p"],
    );
  });

  it("reports margins of unequal totals", () => {
    expectImpactError(
      () => rake({ margins: [sexe, { ...age, targets: { j: 40, s: 61 } }] }),
      "INCONSISTENT_MARGINS",
      ["margins", 1, "targets"],
    );
  });

  it("rejects malformed input with the path of the field", () => {
    expectImpactError(
      () => rake({ margins: [sexe, { ...age, codes: ["j", "s", "j"] }] }),
      "INVALID_INPUT",
      ["margins", 1, "codes"],
    );
    expectImpactError(() => rake({ weights: [1, 1, 1], margins: [sexe] }), "INVALID_INPUT", [
      "margins",
      0,
      "codes",
    ]);
    expectImpactError(() => rake({ weights: [1, 1, -1, 1], margins: [sexe] }), "INVALID_INPUT", [
      "weights",
      2,
    ]);
    expectImpactError(
      () => rake({ weights: [1, Number.NaN, 1, 1], margins: [sexe] }),
      "INVALID_INPUT",
      ["weights", 1],
    );
    expectImpactError(
      () => rake({ weights: Float64Array.of(1, 1, 1, Number.NaN), margins: [sexe] }),
      "INVALID_INPUT",
      ["weights", 3],
    );
    expectImpactError(
      () => rake({ weights: Float64Array.of(1, -0.5, 1, 1), margins: [sexe] }),
      "INVALID_INPUT",
      ["weights", 1],
    );
    expectImpactError(
      () => rake({ margins: [{ ...sexe, targets: { F: -52, M: 48 } }] }),
      "INVALID_INPUT",
      ["margins", 0, "targets", "F"],
    );
    expectImpactError(
      () => rake({ margins: [{ ...sexe, targets: { F: Number.POSITIVE_INFINITY, M: 48 } }] }),
      "INVALID_INPUT",
      ["margins", 0, "targets", "F"],
    );
    expectImpactError(
      () => rake({ margins: [{ ...sexe, targets: { F: 0, M: 0 } }] }),
      "INVALID_INPUT",
      ["margins", 0, "targets"],
    );
    expectImpactError(() => rake({ margins: [{ ...sexe, targets: {} }] }), "INVALID_INPUT", [
      "margins",
      0,
      "targets",
    ]);
    expectImpactError(
      () =>
        rake({
          margins: [
            {
              variable: "v",
              codes: [1, 2],
              targets: new Map<string | number, number>([
                [1, 1],
                ["1", 1],
                [2, 1],
              ]),
            },
          ],
        }),
      "INVALID_INPUT",
      ["margins", 0, "targets", "1"],
    );
    expectImpactError(
      () => rake({ margins: [{ ...sexe, codes: ["F", null, "M", "M"] as unknown as string[] }] }),
      "INVALID_INPUT",
      ["margins", 0, "codes", 1],
    );
    expectImpactError(() => rake({ margins: [] }), "INVALID_INPUT", ["margins"]);
    expectImpactError(
      () => rake({ margins: [sexe, { ...age, variable: "sexe" }] }),
      "INVALID_INPUT",
      ["margins", 1, "variable"],
    );
    expectImpactError(() => rake({ margins: [{ ...sexe, variable: "" }] }), "INVALID_INPUT", [
      "margins",
      0,
      "variable",
    ]);
    expectImpactError(
      () => rake({ margins: [{ variable: "v", codes: [], targets: { a: 1 } }] }),
      "EMPTY_SAMPLE",
      ["margins", 0, "codes"],
    );
  });

  it("validates its options", () => {
    const input = { margins: [sexe] };
    expectImpactError(() => rake(input, { maxIterations: 0 }), "INVALID_INPUT", [
      "options",
      "maxIterations",
    ]);
    expectImpactError(() => rake(input, { maxIterations: 2.5 }), "INVALID_INPUT", [
      "options",
      "maxIterations",
    ]);
    expectImpactError(() => rake(input, { tolerance: 0 }), "INVALID_INPUT", [
      "options",
      "tolerance",
    ]);
    expectImpactError(() => rake(input, { tolerance: 1 }), "INVALID_INPUT", [
      "options",
      "tolerance",
    ]);
    expectImpactError(() => rake(input, { tolerance: Number.NaN }), "INVALID_INPUT", [
      "options",
      "tolerance",
    ]);
    expectImpactError(() => rake(input, { onNotConverged: "warn" as "return" }), "INVALID_INPUT", [
      "options",
      "onNotConverged",
    ]);
  });

  it("converges on a slowly converging design found by fast-check, given the passes", () => {
    const codes = [
      [0, 1, 0, 0, 1, 0, 0, 1, 0],
      [1, 0, 0, 1, 0, 1, 1, 1, 0],
      [0, 0, 3, 1, 0, 0, 0, 0, 2],
    ];
    const hidden = [
      0.1, 0.1, 6.338413485926156, 9.355533076416851, 0.1, 3.115482953558097, 7.660510914774562,
      0.1, 0.1,
    ];
    const margins = codes.map((column, m) => ({
      variable: `v${m}`,
      codes: column,
      targets: Object.fromEntries(cellTotals(hidden, column)),
    }));
    const weights = new Array<number>(9).fill(0.1);
    expect(() => rake({ weights, margins })).toThrow(
      expect.objectContaining({ code: "NOT_CONVERGED" }),
    );
    const result = rake({ weights, margins }, { maxIterations: 100_000 });
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(1000);
    expect(result.maxAbsoluteError).toBeLessThanOrEqual(1e-10 * hidden.reduce((a, b) => a + b, 0));
  });

  it("meets every margin within tolerance when the margins are attainable (property)", () => {
    // Targets are the margins of a hidden positive weighting, so a solution exists.
    const caseArb = fc
      .record({
        n: fc.integer({ min: 4, max: 60 }),
        levels: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
      })
      .chain(({ n, levels }) =>
        fc.record({
          codes: fc.tuple(
            ...levels.map((k) =>
              fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }),
            ),
          ),
          hidden: fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), {
            minLength: n,
            maxLength: n,
          }),
          start: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), {
            minLength: n,
            maxLength: n,
          }),
        }),
      );
    fc.assert(
      fc.property(caseArb, ({ codes, hidden, start }) => {
        const margins = codes.map((column, m) => ({
          variable: `v${m}`,
          codes: column,
          targets: Object.fromEntries(cellTotals(hidden, column)),
        }));
        const tolerance = 1e-10;
        // IPF converges linearly, and some attainable designs have a rate close to 1
        // (fast-check found a 9-respondent one needing over 1,000 passes): allow more.
        const result = rake({ weights: start, margins }, { tolerance, maxIterations: 100_000 });
        const total = hidden.reduce((a, b) => a + b, 0);
        expect(result.converged).toBe(true);
        for (const margin of margins) {
          const got = cellTotals(result.weights, margin.codes);
          for (const [key, target] of Object.entries(margin.targets)) {
            expect(Math.abs((got.get(key) ?? 0) - target)).toBeLessThanOrEqual(
              tolerance * total * 1.0001,
            );
          }
        }
        expect(result.maxAbsoluteError).toBeLessThanOrEqual(tolerance * total);
      }),
      { numRuns: 150 },
    );
  });
});

describe("rake with integer codes and their labels", () => {
  const codes = new Int32Array([0, 0, 1, 1]);
  it("rakes exactly as with the named codes", () => {
    const named = rake({
      margins: [{ variable: "sexe", codes: ["F", "F", "M", "M"], targets: { F: 52, M: 48 } }],
    });
    const indexed = rake({
      margins: [
        {
          variable: "sexe",
          codes,
          targets: new Map([
            [0, 52],
            [1, 48],
          ]),
          labels: ["F", "M"],
        },
      ],
    });
    expect(Array.from(indexed.weights)).toEqual(Array.from(named.weights));
  });

  it("names the categories by their labels in errors", () => {
    const run = (targets: Map<number, number>) => () =>
      rake({ margins: [{ variable: "sexe", codes, targets, labels: ["F", "M", "X"] }] });
    expect(
      run(
        new Map([
          [0, 50],
          [1, 40],
          [2, 10],
        ]),
      ),
    ).toThrow(/^category "X" has target 10 but no respondent has this code/);
    expect(run(new Map([[0, 50]]))).toThrow(
      /^respondent 2 has code "M", which has no target \(known codes: "F"\)/,
    );
    expect(
      run(
        new Map([
          [0, 50],
          [1, -1],
        ]),
      ),
    ).toThrow(/^target of category "M" must be a finite number >= 0, got -1/);
    expectImpactError(
      () =>
        rake({
          margins: [{ variable: "sexe", codes, targets: { 0: 1, 1: 1 }, labels: "FM" as never }],
        }),
      "INVALID_INPUT",
      ["margins", 0, "labels"],
    );
  });
});
