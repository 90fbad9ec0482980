import { describe, expectTypeOf, it } from "vitest";
import { rake } from "../weighting/rake";
import { compositeIndex } from "./composite-index";
import { normalize } from "./normalize";

describe("types of the weighting and composite API", () => {
  it("compositeIndex pairs array rows with array weights and records with records", () => {
    expectTypeOf(compositeIndex([[1, null]], { weights: [1, 2] })).toEqualTypeOf<
      (number | null)[]
    >();
    expectTypeOf(
      compositeIndex([{ a: 1, b: null }], { weights: { a: 1, b: 2 }, aggregation: "harmonic" }),
    ).toEqualTypeOf<(number | null)[]>();
    // @ts-expect-error record weights do not fit array rows
    compositeIndex([[1, 2]], { weights: { a: 1 } });
    // @ts-expect-error unknown aggregation
    compositeIndex([[1, 2]], { aggregation: "median" });
  });

  it("normalize options are a union discriminated by method", () => {
    expectTypeOf(normalize([1, null], { method: "rank" })).toEqualTypeOf<(number | null)[]>();
    // @ts-expect-error goalposts need lower and upper
    normalize([1], { method: "goalposts" });
    // @ts-expect-error range belongs to min-max
    normalize([1], { method: "rank", range: [0, 1] });
  });

  it("rake returns typed weights and accepts undefined options", () => {
    const result = rake(
      { weights: undefined, margins: [{ variable: "v", codes: [1], targets: { "1": 1 } }] },
      { tolerance: undefined },
    );
    expectTypeOf(result.weights).toEqualTypeOf<Float64Array>();
    expectTypeOf(result.converged).toEqualTypeOf<boolean>();
  });
});
