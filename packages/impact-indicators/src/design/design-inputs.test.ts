import { describe, expect, it } from "vitest";
import { expectImpactError } from "../../test/helpers";
import { MAX_COLUMN_LENGTH } from "../_lib/validate";
import { createDesignAccumulator } from "../survey/design-accumulator";
import { domainProportions } from "../survey/domain-proportions";
import { domainMeans, surveyMean } from "../survey/survey-mean";
import { surveyProportion } from "../survey/survey-proportion";
import { calibrate } from "../weighting/calibrate";
import { surveyDesign } from "./survey-design";

/** An array of `length` slots holding `items` at the start and holes after them. */
function sparse<T>(items: T[], length: number): T[] {
  const out = [...items];
  out.length = length;
  return out;
}

/** `items` with the slot `at` deleted (a hole, not `undefined`). */
function holed<T>(items: T[], at: number): T[] {
  const out = [...items];
  delete out[at];
  return out;
}

const weights = [1, 2, 1, 2, 1, 2];

describe("every design input column: holes, undefined and length limits, with their index", () => {
  it("strata and clusters: a hole or undefined is refused at its index", () => {
    for (const name of ["strata", "clusters"] as const) {
      const labels = ["a", "a", "b", "b", "c", "c"];
      expectImpactError(
        () => surveyDesign({ weights, [name]: holed(labels, 3) }),
        "INVALID_INPUT",
        [name, 3],
      );
      const withUndefined: (string | undefined)[] = [...labels];
      withUndefined[0] = undefined;
      expectImpactError(
        () => surveyDesign({ weights, [name]: withUndefined as string[] }),
        "INVALID_INPUT",
        [name, 0],
      );
      // A numeric table fast path must not skip the check either.
      expectImpactError(
        () => surveyDesign({ weights, [name]: holed([1, 1, 2, 2, 3, 3], 5) }),
        "INVALID_INPUT",
        [name, 5],
      );
    }
  });

  it("fpc: a hole is refused at its index", () => {
    expectImpactError(
      () =>
        surveyDesign({
          weights,
          strata: [1, 1, 1, 2, 2, 2],
          fpc: holed([10, 10, 10, 20, 20, 20], 4),
        }),
      "INVALID_INPUT",
      ["fpc", 4],
    );
  });

  it("columns longer than MAX_COLUMN_LENGTH are refused before anything is allocated", () => {
    const long = sparse([1], MAX_COLUMN_LENGTH + 1);
    for (const name of ["strata", "clusters", "fpc"] as const) {
      expectImpactError(() => surveyDesign({ weights, [name]: long }), "INVALID_INPUT", [name]);
    }
    expectImpactError(() => surveyDesign({ weights: sparse([1], 2 ** 32 - 1) }), "INVALID_INPUT", [
      "weights",
    ]);
    expectImpactError(
      () => surveyMean(sparse([1], 2 ** 32 - 1), undefined, { na: "drop" }),
      "INVALID_INPUT",
      ["values"],
    );
    const design = surveyDesign({ weights });
    expectImpactError(
      () => domainMeans([1, 2, 3, 4, 5, 6], design, sparse(["a"], 2 ** 32 - 1)),
      "INVALID_INPUT",
      ["groups"],
    );
  });

  it("replicate weights: a hole in the list, in a column or in rscales is refused at its index", () => {
    const rep = [
      [0, 2, 2, 2, 1, 2],
      [2, 0, 1, 2, 1, 2],
      [1, 2, 0, 3, 1, 2],
    ];
    const ok = surveyDesign({ weights, replicateWeights: rep, type: "JK1" });
    expect(ok.replicates).toBe(3);
    expectImpactError(
      () => surveyDesign({ weights, replicateWeights: holed(rep, 1), type: "JK1" }),
      "INVALID_INPUT",
      ["replicateWeights", 1],
    );
    expectImpactError(
      () =>
        surveyDesign({
          weights,
          replicateWeights: [rep[0] as number[], holed(rep[1] as number[], 2), rep[2] as number[]],
          type: "JK1",
        }),
      "INVALID_INPUT",
      ["replicateWeights", 1, 2],
    );
    expectImpactError(
      () =>
        surveyDesign({
          weights,
          replicateWeights: sparse(rep, 2 ** 32 - 1),
          type: "JK1",
        }),
      "INVALID_INPUT",
      ["replicateWeights"],
    );
    expectImpactError(
      () =>
        surveyDesign({
          weights,
          replicateWeights: rep,
          type: "JKn",
          rscales: holed([0.5, 0.5, 0.5], 1),
        }),
      "INVALID_INPUT",
      ["rscales", 1],
    );
  });

  it("values: a hole is refused even with na: 'drop', an undefined value is dropped", () => {
    const design = surveyDesign({ weights });
    expectImpactError(
      () => surveyProportion(holed([1, 0, 1, 0, 1, 0], 2), design, { na: "drop" }),
      "INVALID_INPUT",
      ["values", 2],
    );
    const dropped = surveyMean([1, 2, undefined as unknown as number, 4, 5, 6], design, {
      na: "drop",
    });
    expect(dropped.n).toBe(5);
  });

  it("groups of a design: a hole is refused at its index", () => {
    const design = surveyDesign({ weights });
    expectImpactError(
      () => domainProportions([1, 0, 1, 0, 1, 0], design, holed(["a", "a", "b", "b", "a", "b"], 0)),
      "INVALID_INPUT",
      ["groups", 0],
    );
  });

  it("calibrate: a hole in the margins list is refused at its index", () => {
    const design = surveyDesign({ weights });
    const margin = {
      variable: "sex",
      codes: ["F", "M", "F", "M", "F", "M"],
      targets: { F: 50, M: 50 },
    };
    expectImpactError(
      () => calibrate(design, { margins: holed([margin, { ...margin, variable: "x" }], 0) }),
      "INVALID_INPUT",
      ["options", "margins", 0],
    );
  });

  it("the design accumulator refuses weights its unscaled state cannot hold, as the others do", () => {
    const acc = createDesignAccumulator();
    expectImpactError(() => acc.add(1, 1e308, { stratum: "a", psu: 1 }), "INVALID_INPUT", [
      "weight",
    ]);
    acc.add(1, 2 ** 400, { stratum: "a", psu: 1 }).add(0, 2 ** 400, { stratum: "a", psu: 2 });
    const est = acc.finish({ df: Number.POSITIVE_INFINITY });
    expect(est.estimate).toBe(0.5);
    expect(Number.isFinite(est.standardError)).toBe(true);
    expect(est.effectiveN).toBe(2);
  });
});
