import { describe, expect, it } from "vitest";
import {
  type Column,
  checkEstimates,
  datasets,
  designOf,
  type REstimate,
  type Spec,
} from "../../test/design-fixture";
import { expectClose, expectImpactError } from "../../test/helpers";
import fixture from "../__fixtures__/design.json" with { type: "json" };
import { replicateDesign } from "../design/replicate-design";
import { surveyDesign } from "../design/survey-design";
import { surveyMean } from "../survey/survey-mean";
import { type CalibrationFunction, calibrate } from "./calibrate";
import { rake } from "./rake";

interface RCalibration {
  name: string;
  dataset: string;
  design: Spec;
  margins: { variable: string; targets: Record<string, number> }[];
  calfun: CalibrationFunction;
  bounds: [number, number] | null;
  weights: number[];
  degf: number;
  estimates: REstimate[];
}

describe(`calibrate agrees with R survey ${fixture.versions.survey} (calibrate, then svymean / svyby)`, () => {
  for (const c of fixture.calibration as unknown as RCalibration[]) {
    const dataset = datasets[c.dataset] as Record<string, Column>;
    it(`${c.name}`, () => {
      const design = designOf(dataset, c.design);
      const cal = calibrate(design, {
        margins: c.margins.map((m) => ({
          variable: m.variable,
          codes: dataset[m.variable] as string[],
          targets: m.targets,
        })),
        calfun: c.calfun,
        bounds: c.bounds ?? undefined,
      });
      c.weights.forEach((w, i) => {
        expectClose(cal.weights[i] as number, w, 1e-8 * w, `${c.name} weight ${i}`);
      });
      expect(cal.design.degf).toBe(c.degf);
      expect(checkEstimates(cal.design, dataset, c.estimates, c.name)).toBeGreaterThan(0);
    });
  }
});

describe("calibrate", () => {
  const codes = ["F", "F", "F", "M", "M", "M"];
  const design = surveyDesign({ weights: [9, 10, 11, 10, 12, 8] });
  const margins = [{ variable: "sexe", codes, targets: { F: 52, M: 48 } }];
  it("with raking gives rake's weights", () => {
    const age = ["a", "b", "a", "b", "a", "b"];
    const both = [...margins, { variable: "age", codes: age, targets: { a: 45, b: 55 } }];
    const cal = calibrate(design, { margins: both, calfun: "raking" });
    const raked = rake({ weights: [9, 10, 11, 10, 12, 8], margins: both });
    cal.weights.forEach((w, i) => {
      expectClose(w, raked.weights[i] as number, 1e-9, `weight ${i}`);
    });
  });
  it("refuses logit without finite bounds, bad bounds and inconsistent margins", () => {
    expectImpactError(() => calibrate(design, { margins, calfun: "logit" }), "INVALID_INPUT", [
      "options",
      "bounds",
    ]);
    expectImpactError(
      () =>
        calibrate(design, { margins, calfun: "logit", bounds: [0.5, Number.POSITIVE_INFINITY] }),
      "INVALID_INPUT",
      ["options", "bounds"],
    );
    expectImpactError(() => calibrate(design, { margins, bounds: [1.2, 2] }), "INVALID_INPUT", [
      "options",
      "bounds",
    ]);
    expectImpactError(
      () =>
        calibrate(design, {
          margins: [...margins, { variable: "age", codes, targets: { F: 60, M: 60 } }],
        }),
      "INCONSISTENT_MARGINS",
      ["options", "margins", 1, "targets"],
    );
    expectImpactError(
      () =>
        calibrate(design, { margins: [{ variable: "sexe", codes, targets: { F: 100, M: 0 } }] }),
      "INCONSISTENT_MARGINS",
    );
    expectImpactError(
      () => calibrate(design, { margins, calfun: "logit", bounds: [0.99, 1.01] }),
      "NOT_CONVERGED",
    );
    expectImpactError(() => calibrate(design, { margins: [] }), "INVALID_INPUT", [
      "options",
      "margins",
    ]);
    const jk = replicateDesign(surveyDesign({ weights: [1, 1, 1, 1], clusters: [1, 2, 3, 4] }), {
      type: "JK1",
    });
    expectImpactError(
      () =>
        calibrate(jk, {
          margins: [{ variable: "s", codes: ["a", "a", "b", "b"], targets: { a: 2, b: 2 } }],
        }),
      "INVALID_INPUT",
      ["design"],
    );
    const once = calibrate(design, { margins }).design;
    expectImpactError(() => calibrate(once, { margins }), "INVALID_INPUT", ["design"]);
    expectImpactError(() => replicateDesign(once, { type: "JK1" }), "INVALID_INPUT", ["design"]);
  });
  it("leaves the input design untouched", () => {
    const before = surveyMean([1, 2, 3, 4, 5, 6], design);
    calibrate(design, { margins });
    expect(surveyMean([1, 2, 3, 4, 5, 6], design)).toEqual(before);
  });
});
