import { describe, expect, it } from "vitest";
import {
  type Column,
  checkEstimates,
  datasets,
  designOf,
  numbers,
  type REstimate,
  type Spec,
} from "../../test/design-fixture";
import { expectClose, expectImpactError } from "../../test/helpers";
import fixture from "../__fixtures__/design.json" with { type: "json" };
import { surveyMean } from "../survey/survey-mean";
import { surveyProportion } from "../survey/survey-proportion";
import { isSurveyDesign, type LonelyPsu, surveyDesign } from "./survey-design";

describe(`designs agree with R survey ${fixture.versions.survey} on its own datasets`, () => {
  for (const c of fixture.cases) {
    const spec = c.design as Spec;
    const dataset = datasets[c.dataset] as Record<string, Column>;
    it(`${c.name}: degf ${c.degf}`, () => {
      const design = designOf(dataset, spec);
      expect(isSurveyDesign(design)).toBe(true);
      expect(Object.isFrozen(design)).toBe(true);
      expect(design.degf).toBe(c.degf);
      const checked = checkEstimates(design, dataset, c.estimates as REstimate[], c.name);
      expect(checked).toBeGreaterThan(0);
    });
  }

  it("reproduces the issue's examples: apiclus1 api00 > 700 and yrbs qn8", () => {
    const api = datasets.apiclus1 as Record<string, Column>;
    const clus1 = surveyDesign({
      weights: numbers(api.pw, "pw"),
      clusters: api.dnum as number[],
      fpc: numbers(api.fpc, "fpc"),
    });
    const high = surveyProportion(numbers(api.high, "high"), clus1);
    expect([high.standardError.toFixed(4), high.df]).toEqual(["0.0798", 14]);
    const yrbs = datasets.yrbs as Record<string, Column>;
    const design = surveyDesign({
      weights: numbers(yrbs.weight, "weight"),
      strata: yrbs.stratum as number[],
      clusters: yrbs.psu as number[],
    });
    const qn8 = surveyProportion(numbers(yrbs.qn8yes, "qn8yes"), design, { na: "drop" });
    expect([qn8.standardError.toFixed(4), qn8.df]).toEqual(["0.0201", 39]);
    expectImpactError(
      () => surveyProportion(numbers(yrbs.qn8yes, "qn8yes"), design),
      "INVALID_INPUT",
      ["values", 2],
    );
  });
});

describe("surveyDesign validates its input", () => {
  const api = datasets.apiclus1 as Record<string, Column>;
  it("refuses a lonely PSU under the default rule, naming the stratum", () => {
    expectImpactError(
      () =>
        surveyDesign({
          weights: numbers(api.pw, "pw"),
          strata: api.lonely as number[],
          clusters: api.dnum as number[],
        }),
      "INVALID_INPUT",
    );
    try {
      surveyDesign({ weights: [1, 1, 1], strata: ["a", "a", "b"] });
    } catch (error) {
      expect((error as Error).message).toContain('stratum "b" has a single PSU');
      expect((error as { path: unknown }).path).toEqual(["strata", 2]);
    }
  });
  it("accepts a lonely PSU that is sampled in full (certainty by fpc)", () => {
    const d = surveyDesign({ weights: [1, 1, 1], strata: ["a", "a", "b"], fpc: [10, 10, 1] });
    expect(surveyMean([1, 2, 3], d).standardError).toBeGreaterThan(0);
  });
  it("refuses bad weights, labels, fpc and lengths with their path", () => {
    expectImpactError(() => surveyDesign({ weights: [1, -1] }), "INVALID_INPUT", ["weights", 1]);
    expectImpactError(() => surveyDesign({ weights: [] }), "EMPTY_SAMPLE");
    expectImpactError(
      () => surveyDesign({ weights: [1, 1], strata: ["a", Number.NaN] }),
      "INVALID_INPUT",
      ["strata", 1],
    );
    expectImpactError(() => surveyDesign({ weights: [1, 1], clusters: [1] }), "INVALID_INPUT", [
      "clusters",
    ]);
    expectImpactError(
      () => surveyDesign({ weights: [1, 1, 1, 1], fpc: [10, 10, 0.5, 0.5] }),
      "INVALID_INPUT",
      ["fpc"],
    );
    expectImpactError(
      () => surveyDesign({ weights: [1, 1, 1, 1], strata: [1, 1, 2, 2], fpc: [10, 11, 5, 5] }),
      "INVALID_INPUT",
      ["fpc", 1],
    );
    expectImpactError(() => surveyDesign({ weights: [1, 1], fpc: [1, 1] }), "INVALID_INPUT", [
      "fpc",
    ]);
    expectImpactError(() => surveyDesign({ weights: [1, 1, 1], fpc: [2, 2, 2] }), "INVALID_INPUT", [
      "fpc",
    ]);
    expectImpactError(() => surveyDesign({ weights: [1, 1], fpc: [0, 0] }), "INVALID_INPUT", [
      "fpc",
      0,
    ]);
    expectImpactError(
      () => surveyDesign({ weights: [1, 1], lonelyPsu: "drop" as LonelyPsu }),
      "INVALID_INPUT",
      ["lonelyPsu"],
    );
    const d = surveyDesign({ weights: [1, 2, 3] });
    expectImpactError(() => surveyMean([1, 2], d), "INVALID_INPUT", ["values"]);
    expectImpactError(() => surveyMean([1, 2, 3], d, { na: "omit" as "drop" }), "INVALID_INPUT", [
      "options",
      "na",
    ]);
    expectImpactError(() => surveyProportion([1, 2, 0], d), "INVALID_INPUT", ["values", 1]);
  });
  it("keeps zero degrees of freedom from giving a Student interval", () => {
    const d = surveyDesign({
      weights: [1, 1, 1, 1],
      clusters: [1, 1, 2, 2],
      strata: [1, 1, 2, 2],
      lonelyPsu: "adjust",
    });
    expectImpactError(() => surveyMean([1, 2, 3, 4], d), "EMPTY_SAMPLE");
    expect(surveyMean([1, 2, 3, 4], d, { df: Number.POSITIVE_INFINITY }).df).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
  it("gives the weights-only numbers when the design has only weights", () => {
    const y = [1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1];
    const w = [0.8, 1.2, 1.5, 0.6, 2, 1, 0.9, 1.1, 1.4, 0.7, 1.3, 0.5];
    const a = surveyProportion(y, w);
    const b = surveyProportion(y, surveyDesign({ weights: w }));
    for (const key of ["estimate", "standardError", "lower", "upper", "df", "deff"] as const) {
      expectClose(b[key] as number, a[key] as number, 1e-12, key);
    }
  });
});
