import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose, expectImpactError } from "../../test/helpers";
import { kishDesignEffect, kishEffectiveSampleSize } from "./kish";
import { marginOfError } from "./margin-of-error";

describe("Kish", () => {
  it("is n and 1 for equal weights, and effective n times deff is n", () => {
    expect(kishEffectiveSampleSize([2, 2, 2, 2])).toBe(4);
    expect(kishDesignEffect(new Float64Array([3, 3, 3]))).toBe(1);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (w) => {
          const deff = kishDesignEffect(w);
          expect(deff).toBeGreaterThanOrEqual(1 - 1e-12);
          expectClose(kishEffectiveSampleSize(w) * deff, w.length, 1e-9 * w.length, "n_eff * deff");
        },
      ),
    );
  });

  it("leaves zero weights out of n", () => {
    expect(kishDesignEffect([1, 1, 0])).toBe(1);
    expect(kishEffectiveSampleSize([1, 1, 0])).toBe(2);
  });

  it("rejects bad weights", () => {
    expectImpactError(() => kishDesignEffect([1, Number.NaN]), "INVALID_INPUT", ["weights", 1]);
    expectImpactError(() => kishEffectiveSampleSize([0, 0]), "EMPTY_SAMPLE", ["weights"]);
    expectImpactError(() => kishEffectiveSampleSize({} as never), "INVALID_INPUT", ["weights"]);
  });
});

describe("marginOfError", () => {
  it("is 3.1 points for n = 1000 at 50 % and 95 %", () => {
    expectClose(marginOfError(0.5, 1000), 0.03099, 5e-7, "moe");
    expectClose(marginOfError(0.5, 1000, { designEffect: 2 }), 0.03099 * Math.SQRT2, 1e-6, "deff");
    expectClose(
      marginOfError(0.5, 1000, { level: 0.99 }),
      2.5758293035489 * Math.sqrt(0.25 / 1000),
      1e-12,
      "99",
    );
    expect(marginOfError(0, 10)).toBe(0);
  });

  it("rejects bad input", () => {
    expectImpactError(() => marginOfError(50, 1000), "INVALID_INPUT", ["p"]);
    expectImpactError(() => marginOfError(0.5, 0), "INVALID_INPUT", ["n"]);
    expectImpactError(() => marginOfError(0.5, 100, { designEffect: 0 }), "INVALID_INPUT", [
      "options",
      "designEffect",
    ]);
    expectImpactError(() => marginOfError(0.5, 100, { level: 95 }), "INVALID_INPUT", [
      "options",
      "level",
    ]);
  });
});
