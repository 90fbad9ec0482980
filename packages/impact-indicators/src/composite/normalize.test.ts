import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectImpactError, readFixture } from "../../test/helpers";
import { type NormalizeOptions, normalize } from "./normalize";

interface NormalizeFixture {
  name: string;
  values: (number | null)[];
  options: NormalizeOptions;
  expected: (number | null)[];
}

const fixtures = readFixture<{ normalize: NormalizeFixture[] }>("composite.json");

describe("normalize agrees with COINr's definitions (base R transcription)", () => {
  for (const fixture of fixtures.normalize) {
    it(fixture.name, () => {
      expectAllClose(
        normalize(fixture.values, fixture.options),
        fixture.expected,
        1e-10,
        fixture.name,
      );
    });
  }
});

describe("normalize", () => {
  it("min-max maps onto [0, 100] by default and onto a chosen range", () => {
    expect(normalize([2, 4, null, 10], { method: "min-max" })).toEqual([0, 25, null, 100]);
    expect(normalize([2, 4, 10], { method: "min-max", range: [1, 5] })).toEqual([1, 2, 5]);
    expect(normalize([2, 4, 10], { method: "min-max", direction: -1 })).toEqual([100, 75, 0]);
  });

  it("z-score uses the sample standard deviation", () => {
    const z = normalize([1, 2, 3, null], { method: "z-score" });
    expect(z).toEqual([-1, 0, 1, null]);
    expect(normalize([1, 2, 3], { method: "z-score", mean: 100, sd: 15 })).toEqual([85, 100, 115]);
  });

  it("ranks give ties the smallest rank, as R rank(ties.method = 'min')", () => {
    expect(normalize([10, 30, 20, 30, null], { method: "rank" })).toEqual([1, 3, 2, 3, null]);
    expect(normalize([10, 30, 20, 30, null], { method: "percent-rank" })).toEqual([
      0,
      2 / 3,
      1 / 3,
      2 / 3,
      null,
    ]);
    expect(normalize([10, 30, 20], { method: "rank", direction: -1 })).toEqual([3, 1, 2]);
    expect(normalize([null, null], { method: "rank" })).toEqual([null, null]);
  });

  it("distance-to-reference scores 1 at the reference", () => {
    expect(
      normalize([2, 6, 10], { method: "distance-to-reference", reference: { index: 1 } }),
    ).toEqual([0, 1, 2]);
    expect(
      normalize([2, 6, 10], {
        method: "distance-to-reference",
        reference: { value: 6 },
        cap: true,
      }),
    ).toEqual([0, 1, 1]);
  });

  it("goalposts clamp by default and flip with direction -1", () => {
    expect(
      normalize([0.2, 0.6, 0.9], { method: "goalposts", lower: 0.4, upper: 0.8, scale: 1 }),
    ).toEqual([0, expect.closeTo(0.5, 12), 1]);
    expect(
      normalize([0.2, 0.9], {
        method: "goalposts",
        lower: 0.4,
        upper: 0.8,
        clamp: false,
        scale: 1,
      }),
    ).toEqual([expect.closeTo(-0.5, 12), expect.closeTo(1.25, 12)]);
    expect(
      normalize([0.4, 0.5, 0.8], { method: "goalposts", lower: 0.4, upper: 0.8, direction: -1 }),
    ).toEqual([100, expect.closeTo(75, 10), 0]);
  });

  it("rejects NaN, undefined and other non-numbers in the values", () => {
    expectImpactError(() => normalize([1, Number.NaN], { method: "rank" }), "INVALID_INPUT", [
      "values",
      1,
    ]);
    expectImpactError(
      () => normalize([1, undefined as unknown as null], { method: "rank" }),
      "INVALID_INPUT",
      ["values", 1],
    );
    expectImpactError(
      () => normalize([Number.POSITIVE_INFINITY], { method: "goalposts", lower: 0, upper: 1 }),
      "INVALID_INPUT",
      ["values", 0],
    );
    expectImpactError(
      () => normalize("12" as unknown as number[], { method: "rank" }),
      "INVALID_INPUT",
      ["values"],
    );
  });

  it("throws instead of returning NaN for degenerate columns", () => {
    expectImpactError(() => normalize([5, 5, null], { method: "min-max" }), "INVALID_INPUT", [
      "values",
    ]);
    expectImpactError(() => normalize([5, 5], { method: "z-score" }), "INVALID_INPUT", ["values"]);
    expectImpactError(() => normalize([5], { method: "z-score" }), "INVALID_INPUT", ["values"]);
    expectImpactError(() => normalize([5, null], { method: "percent-rank" }), "INVALID_INPUT", [
      "values",
    ]);
    expectImpactError(() => normalize([null, null], { method: "min-max" }), "EMPTY_SAMPLE", [
      "values",
    ]);
    expectImpactError(() => normalize([], { method: "z-score" }), "EMPTY_SAMPLE", ["values"]);
    expectImpactError(
      () => normalize([2, 6], { method: "distance-to-reference", reference: { index: 0 } }),
      "INVALID_INPUT",
      ["options", "reference"],
    );
  });

  it("validates the options", () => {
    expectImpactError(
      () => normalize([1, 2], { method: "log" } as unknown as NormalizeOptions),
      "INVALID_INPUT",
      ["options", "method"],
    );
    expectImpactError(
      () => normalize([1, 2], { method: "rank", direction: 0 as 1 }),
      "INVALID_INPUT",
      ["options", "direction"],
    );
    expectImpactError(
      () => normalize([1, 2], { method: "min-max", range: [100, 0] }),
      "INVALID_INPUT",
      ["options", "range"],
    );
    expectImpactError(() => normalize([1, 2], { method: "z-score", sd: 0 }), "INVALID_INPUT", [
      "options",
      "sd",
    ]);
    expectImpactError(
      () => normalize([1, 2], { method: "goalposts", lower: 1, upper: 1 }),
      "INVALID_INPUT",
      ["options", "upper"],
    );
    expectImpactError(
      () => normalize([1, 2], { method: "goalposts", upper: 1 } as unknown as NormalizeOptions),
      "INVALID_INPUT",
      ["options", "lower"],
    );
    expectImpactError(
      () => normalize([1, 2], { method: "goalposts", lower: 0, upper: 1, scale: -1 }),
      "INVALID_INPUT",
      ["options", "scale"],
    );
    expectImpactError(
      () => normalize([1, 2], { method: "distance-to-reference", reference: { index: 5 } }),
      "INVALID_INPUT",
      ["options", "reference", "index"],
    );
    expectImpactError(
      () => normalize([1, null], { method: "distance-to-reference", reference: { index: 1 } }),
      "INVALID_INPUT",
      ["options", "reference", "index"],
    );
    expectImpactError(
      () =>
        normalize([1, 2], {
          method: "distance-to-reference",
          reference: 2 as unknown as { value: number },
        }),
      "INVALID_INPUT",
      ["options", "reference"],
    );
    expectImpactError(
      () => normalize([1, 2], null as unknown as NormalizeOptions),
      "INVALID_INPUT",
      ["options"],
    );
  });

  it("min-max output lies in the range and keeps missing values in place (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), {
          minLength: 2,
          maxLength: 50,
        }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        (values, low, width) => {
          const present = values.filter((v): v is number => v !== null);
          fc.pre(present.length >= 2 && Math.min(...present) !== Math.max(...present));
          const out = normalize(values, { method: "min-max", range: [low, low + width] });
          values.forEach((v, i) => {
            const y = out[i];
            if (v === null) expect(y).toBeNull();
            else {
              expect(y).not.toBeNull();
              expect(y as number).toBeGreaterThanOrEqual(low - 1e-9 * width);
              expect(y as number).toBeLessThanOrEqual(low + width + 1e-9 * width);
            }
          });
        },
      ),
    );
  });
});
