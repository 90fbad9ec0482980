import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectImpactError, readFixture } from "../../test/helpers";
import { postStratify } from "./post-stratify";

interface PostStratifyFixture {
  name: string;
  weights: number[] | null;
  codes: string[];
  targets: Record<string, number>;
  expected: number[];
}

const fixtures = readFixture<{ survey: string; postStratify: PostStratifyFixture[] }>(
  "weighting.json",
);

describe(`postStratify agrees with R survey ${fixtures.survey}`, () => {
  for (const fixture of fixtures.postStratify) {
    it(fixture.name, () => {
      const { weights } = postStratify({
        ...(fixture.weights === null ? {} : { weights: fixture.weights }),
        codes: fixture.codes,
        targets: fixture.targets,
      });
      // Relative: the weights scale with the population totals (up to 6.7e7 here).
      expectAllClose(weights, fixture.expected, 1e-8, fixture.name);
    });
  }
});

describe("postStratify", () => {
  it("scales each cell to its target and leaves the input alone", () => {
    const input = [1, 1, 2, 1];
    const { weights } = postStratify({
      weights: input,
      codes: ["F", "F", "M", "M"],
      targets: new Map([
        ["F", 50],
        ["M", 60],
      ]),
    });
    expect(Array.from(weights)).toEqual([25, 25, 40, 20]);
    expect(input).toEqual([1, 1, 2, 1]);
  });

  it("accepts extra categories with a zero target", () => {
    const { weights } = postStratify({ codes: [1, 1, 2], targets: { "1": 4, "2": 3, "3": 0 } });
    expect(Array.from(weights)).toEqual([2, 2, 3]);
  });

  it("reports errors with the path of the field", () => {
    expectImpactError(
      () => postStratify({ codes: ["F", "F"], targets: { F: 50, M: 60 } }),
      "INCONSISTENT_MARGINS",
      ["targets", "M"],
    );
    expectImpactError(
      () => postStratify({ codes: ["F", "X"], targets: { F: 50 } }),
      "INCONSISTENT_MARGINS",
      ["codes", 1],
    );
    expectImpactError(
      () => postStratify({ weights: [1, 2, 3], codes: ["F", "F"], targets: { F: 50 } }),
      "INVALID_INPUT",
      ["codes"],
    );
    expectImpactError(
      () =>
        postStratify({
          weights: [1, Number.POSITIVE_INFINITY],
          codes: ["F", "F"],
          targets: { F: 50 },
        }),
      "INVALID_INPUT",
      ["weights", 1],
    );
    expectImpactError(
      () => postStratify({ codes: ["F"], targets: { F: Number.NaN } }),
      "INVALID_INPUT",
      ["targets", "F"],
    );
    expectImpactError(
      () => postStratify({ codes: ["F"], targets: [50] as unknown as Record<string, number> }),
      "INVALID_INPUT",
      ["targets"],
    );
    expectImpactError(() => postStratify({ codes: [], targets: { F: 1 } }), "EMPTY_SAMPLE", [
      "codes",
    ]);
    expectImpactError(
      () => postStratify({ codes: "FFM" as unknown as string[], targets: { F: 1 } }),
      "INVALID_INPUT",
      ["codes"],
    );
  });

  it("hits every target exactly up to rounding (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            code: fc.constantFrom("a", "b", "c", "d"),
            weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
          }),
          { minLength: 1, maxLength: 80 },
        ),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (rows, totals) => {
          const present = new Set<string>(rows.map((r) => r.code));
          const targets: Record<string, number> = {};
          ["a", "b", "c", "d"].forEach((code, k) => {
            if (present.has(code)) targets[code] = (totals[k] as number) + 1;
          });
          const { weights } = postStratify({
            weights: rows.map((r) => r.weight),
            codes: rows.map((r) => r.code),
            targets,
          });
          for (const [code, target] of Object.entries(targets)) {
            let sum = 0;
            rows.forEach((r, i) => {
              if (r.code === code) sum += weights[i] as number;
            });
            expect(Math.abs(sum - target)).toBeLessThanOrEqual(1e-12 * target * rows.length);
          }
        },
      ),
    );
  });
});
