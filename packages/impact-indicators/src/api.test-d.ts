import { describe, expectTypeOf, it } from "vitest";
import {
  type DomainEstimate,
  domainProportions,
  type Interval,
  type ProportionMethod,
  proportionInterval,
  type SurveyEstimate,
  surveyProportion,
} from "./index";

describe("public types", () => {
  it("types the interval method as a literal union", () => {
    expectTypeOf(proportionInterval(1, 2)).toEqualTypeOf<Interval<ProportionMethod>>();
    expectTypeOf(proportionInterval(1, 2).method).toEqualTypeOf<ProportionMethod>();
    expectTypeOf(surveyProportion([1, 0]).method).toEqualTypeOf<
      "logit" | "mean" | "beta" | "asin"
    >();
  });

  it("accepts explicit undefined options (exactOptionalPropertyTypes)", () => {
    expectTypeOf(proportionInterval).toBeCallableWith(1, 2, {
      method: undefined,
      level: undefined,
    });
    expectTypeOf(surveyProportion).toBeCallableWith(new Uint8Array(2), undefined, {
      df: undefined,
    });
  });

  it("rejects unknown methods at compile time", () => {
    // @ts-expect-error "normal" is statsmodels' name; ours is "wald"
    proportionInterval(1, 2, { method: "normal" });
  });

  it("keeps the group type of domain estimates", () => {
    const byName = domainProportions([1, 0], [1, 1], ["nord", "sud"] as const);
    expectTypeOf(byName).toEqualTypeOf<DomainEstimate<"nord" | "sud">[]>();
    expectTypeOf<(typeof byName)[number]["group"]>().toEqualTypeOf<"nord" | "sud">();
    expectTypeOf<DomainEstimate>().toMatchTypeOf<SurveyEstimate>();
  });
});
