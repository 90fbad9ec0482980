import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectImpactError, readFixture } from "../../test/helpers";
import { trimWeights } from "./trim-weights";

interface TrimFixture {
  name: string;
  weights: number[];
  lower: number | null;
  upper: number | null;
  strict: boolean;
  expected: number[];
}

const fixtures = readFixture<{ survey: string; trimWeights: TrimFixture[] }>("weighting.json");

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe(`trimWeights agrees with R survey ${fixtures.survey}`, () => {
  for (const fixture of fixtures.trimWeights) {
    it(fixture.name, () => {
      const result = trimWeights(fixture.weights, {
        ...(fixture.lower === null ? {} : { lower: fixture.lower }),
        ...(fixture.upper === null ? {} : { upper: fixture.upper }),
        strict: fixture.strict,
      });
      // Absolute: these weights lie between 0.1 and 40.
      expectAllClose(result.weights, fixture.expected, 1e-8, fixture.name);
      expect(result.trimmed).toBeGreaterThan(0);
    });
  }
});

describe("trimWeights", () => {
  it("shares the trimmed amount equally by default, proportionally on request", () => {
    expect(Array.from(trimWeights([1, 3, 8], { upper: 6 }).weights)).toEqual([2, 4, 6]);
    expect(
      Array.from(trimWeights([1, 3, 8], { upper: 6, redistribute: "proportional" }).weights),
    ).toEqual([1.5, 4.5, 6]);
  });

  it("raises weights below the lower bound and takes the shortfall from the others", () => {
    const result = trimWeights([0.5, 2, 3.5], { lower: 1 });
    expect(Array.from(result.weights)).toEqual([1, 1.75, 3.25]);
  });

  it("leaves weights inside the bounds untouched", () => {
    const result = trimWeights([1, 2, 3], { lower: 0.5, upper: 5 });
    expect(Array.from(result.weights)).toEqual([1, 2, 3]);
    expect(result.trimmed).toBe(0);
    expect(result.iterations).toBe(0);
  });

  it("repeats rounds with strict until every weight is inside", () => {
    const once = trimWeights([1, 4.5, 10, 0.5], { upper: 5 });
    expect(Math.max(...once.weights)).toBeGreaterThan(5);
    const strict = trimWeights([1, 4.5, 10, 0.5], { upper: 5, strict: true });
    expect(Math.max(...strict.weights)).toBeLessThanOrEqual(5);
    expect(strict.iterations).toBeGreaterThan(1);
    expect(sum(strict.weights)).toBeCloseTo(16, 12);
  });

  it("rejects bad weights and options", () => {
    expectImpactError(() => trimWeights([], { upper: 1 }), "EMPTY_SAMPLE", ["weights"]);
    expectImpactError(() => trimWeights([1, -2], { upper: 1 }), "INVALID_INPUT", ["weights", 1]);
    expectImpactError(() => trimWeights([1, 2], {}), "INVALID_INPUT", ["options"]);
    expectImpactError(() => trimWeights([1, 2], { lower: 3, upper: 2 }), "INVALID_INPUT", [
      "options",
      "lower",
    ]);
    expectImpactError(() => trimWeights([1, 2], { upper: Number.NaN }), "INVALID_INPUT", [
      "options",
      "upper",
    ]);
    expectImpactError(() => trimWeights([1, 2], { upper: 0 }), "INVALID_INPUT", [
      "options",
      "upper",
    ]);
    expectImpactError(
      () => trimWeights([1, 2], { upper: 5, redistribute: "even" as "equal" }),
      "INVALID_INPUT",
      ["options", "redistribute"],
    );
    expectImpactError(
      () => trimWeights([1, 2], { upper: 5, strict: "yes" as unknown as boolean }),
      "INVALID_INPUT",
      ["options", "strict"],
    );
    expectImpactError(() => trimWeights([1, 2], { upper: 5, maxIterations: 0 }), "INVALID_INPUT", [
      "options",
      "maxIterations",
    ]);
  });

  it("refuses bounds that cannot hold the total, and rounds with nobody to receive", () => {
    expectImpactError(() => trimWeights([4, 4, 4], { upper: 3, strict: true }), "INVALID_INPUT", [
      "options",
      "upper",
    ]);
    expectImpactError(() => trimWeights([1, 1], { lower: 2, strict: true }), "INVALID_INPUT", [
      "options",
      "lower",
    ]);
    expectImpactError(() => trimWeights([4, 4, 4], { upper: 3 }), "INVALID_INPUT", ["options"]);
    expectImpactError(
      () => trimWeights([0, 0, 9], { upper: 4, redistribute: "proportional" }),
      "INVALID_INPUT",
      ["options"],
    );
  });

  it("stops strict rounds at maxIterations", () => {
    expectImpactError(
      () => trimWeights([1, 4.5, 10, 0.5], { upper: 5, strict: true, maxIterations: 1 }),
      "NOT_CONVERGED",
      ["options", "maxIterations"],
    );
  });

  it("keeps the total and, with strict, every weight within the bounds (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 50, noNaN: true }), { minLength: 2, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1.2, max: 4, noNaN: true }),
        fc.constantFrom<"equal" | "proportional">("equal", "proportional"),
        (weights, lowShare, highFactor, redistribute) => {
          const mean = sum(weights) / weights.length;
          const lower = mean * lowShare * 0.9;
          const upper = mean * highFactor;
          // A first round with every weight outside has nobody to receive (an error).
          fc.pre(weights.some((w) => w >= lower && w <= upper));
          const result = trimWeights(weights, { lower, upper, strict: true, redistribute });
          expect(Math.abs(sum(result.weights) - sum(weights))).toBeLessThanOrEqual(
            1e-9 * sum(weights),
          );
          for (const w of result.weights) {
            expect(w).toBeGreaterThanOrEqual(lower);
            expect(w).toBeLessThanOrEqual(upper);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
