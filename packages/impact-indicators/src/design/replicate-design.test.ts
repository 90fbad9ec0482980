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
import { expectImpactError } from "../../test/helpers";
import fixture from "../__fixtures__/design.json" with { type: "json" };
import { surveyMean } from "../survey/survey-mean";
import { surveyProportion } from "../survey/survey-proportion";
import { type ReplicateMethod, replicateDesign } from "./replicate-design";
import { type ReplicateType, surveyDesign } from "./survey-design";

interface Replicate {
  from: "replicateDesign" | "weights";
  type: string;
  scale?: number;
  rscales?: number[];
  rho?: number;
  mse?: boolean;
  index?: number[];
  factors?: number[][];
}

describe(`replicate weights agree with R survey ${fixture.versions.survey} (as.svrepdesign, svrepdesign)`, () => {
  for (const c of fixture.replicates) {
    const spec = c.design as Spec;
    const rep = c.replicate as Replicate;
    const dataset = datasets[c.dataset] as Record<string, Column>;
    it(`${c.name}: degf ${c.degf}`, () => {
      let design: ReturnType<typeof surveyDesign>;
      if (rep.from === "replicateDesign") {
        design = replicateDesign(designOf(dataset, spec), { type: rep.type as ReplicateMethod });
      } else {
        const weights = numbers(dataset[spec.weights], spec.weights);
        const index = rep.index as number[];
        const replicateWeights = (rep.factors as number[][]).map((factor) =>
          Float64Array.from(weights, (w, i) => w * (factor[(index[i] as number) - 1] as number)),
        );
        design = surveyDesign({
          weights,
          replicateWeights,
          type: rep.type as ReplicateType,
          scale: rep.scale,
          rscales: rep.rscales,
          rho: rep.rho,
          mse: rep.mse,
        });
      }
      expect(design.degf).toBe(c.degf);
      expect(design.replicateType).toBe(rep.type);
      const checked = checkEstimates(design, dataset, c.estimates as REstimate[], c.name);
      expect(checked).toBeGreaterThan(0);
    });
  }
});

describe("replicateDesign's bootstrap", () => {
  const api = datasets.apiclus1 as Record<string, Column>;
  const base = surveyDesign({
    weights: numbers(api.pw, "pw"),
    clusters: api.dnum as number[],
  });
  const high = numbers(api.high, "high");
  it("repeats with its seed and changes with another", () => {
    const a = surveyProportion(high, replicateDesign(base, { type: "bootstrap", seed: 7 }));
    const b = surveyProportion(high, replicateDesign(base, { type: "bootstrap", seed: 7 }));
    const c = surveyProportion(high, replicateDesign(base, { type: "bootstrap", seed: 8 }));
    expect(a).toEqual(b);
    expect(c.standardError).not.toBe(a.standardError);
  });
  it("gives standard errors near the linearised ones with many replicates", () => {
    const api00 = numbers(api.api00, "api00");
    const boot = replicateDesign(base, { type: "bootstrap", replicates: 1000, seed: 3 });
    expect(boot.replicates).toBe(1000);
    const ratio = surveyMean(api00, boot).standardError / surveyMean(api00, base).standardError;
    // Canty-Davison's rescaled bootstrap is unbiased for the with-replacement variance; with
    // 2000 replicates its SE is within a few per cent.
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
    const strat = datasets.apistrat as Record<string, Column>;
    const design = surveyDesign({
      weights: numbers(strat.pw, "pw"),
      strata: strat.stype as string[],
      fpc: numbers(strat.fpc, "fpc"),
    });
    const y = numbers(strat.api00, "api00");
    const r =
      surveyMean(y, replicateDesign(design, { type: "bootstrap", replicates: 1000 }))
        .standardError / surveyMean(y, design).standardError;
    expect(r).toBeGreaterThan(0.9);
    expect(r).toBeLessThan(1.1);
  });
  it("refuses what R refuses", () => {
    const strat = datasets.apistrat as Record<string, Column>;
    const stratified = surveyDesign({
      weights: numbers(strat.pw, "pw"),
      strata: strat.stype as string[],
    });
    expectImpactError(() => replicateDesign(stratified, { type: "JK1" }), "INVALID_INPUT", [
      "options",
      "type",
    ]);
    expectImpactError(() => replicateDesign(base, { type: "JKn" }), "INVALID_INPUT", [
      "options",
      "type",
    ]);
    expectImpactError(
      () => replicateDesign(base, { type: "bootstrap", replicates: 1 }),
      "INVALID_INPUT",
      ["options", "replicates"],
    );
    expectImpactError(() => replicateDesign(base, { type: "JK1", seed: 2 }), "INVALID_INPUT", [
      "options",
      "seed",
    ]);
    const jk = replicateDesign(base, { type: "JK1" });
    expectImpactError(() => replicateDesign(jk, { type: "JK1" }), "INVALID_INPUT", ["design"]);
    expectImpactError(
      () => replicateDesign({ kind: "survey-design" } as never, { type: "JK1" }),
      "INVALID_INPUT",
      ["design"],
    );
  });
});

describe("surveyDesign with replicate weights validates its input", () => {
  const w = [1, 2, 3, 4];
  const reps = [
    [0, 2, 3, 4],
    [1, 0, 3, 4],
    [1, 2, 0, 4],
  ];
  it("refuses missing or inconsistent settings", () => {
    expectImpactError(
      () => surveyDesign({ weights: w, replicateWeights: reps } as never),
      "INVALID_INPUT",
      ["type"],
    );
    expectImpactError(
      () => surveyDesign({ weights: w, replicateWeights: reps, type: "JKn" }),
      "INVALID_INPUT",
      ["rscales"],
    );
    expectImpactError(
      () => surveyDesign({ weights: w, replicateWeights: reps, type: "Fay" }),
      "INVALID_INPUT",
      ["rho"],
    );
    expectImpactError(
      () => surveyDesign({ weights: w, replicateWeights: reps, type: "BRR", scale: 2 }),
      "INVALID_INPUT",
      ["scale"],
    );
    expectImpactError(
      () => surveyDesign({ weights: w, replicateWeights: reps, type: "other" }),
      "INVALID_INPUT",
      ["scale"],
    );
    expectImpactError(
      () => surveyDesign({ weights: w, replicateWeights: [[1, 2, 3]], type: "JK1" }),
      "INVALID_INPUT",
      ["replicateWeights"],
    );
    expectImpactError(
      () =>
        surveyDesign({
          weights: w,
          replicateWeights: [reps[0] as number[], [1, 2, -1, 4]],
          type: "JK1",
        }),
      "INVALID_INPUT",
      ["replicateWeights", 1, 2],
    );
    expectImpactError(
      () => surveyDesign({ weights: w, replicateWeights: reps, type: "JK1", rscales: [1, 1] }),
      "INVALID_INPUT",
      ["rscales"],
    );
    expectImpactError(
      () =>
        surveyDesign({
          weights: w,
          replicateWeights: reps,
          type: "JK1",
          strata: [1, 1, 2, 2],
        } as never),
      "INVALID_INPUT",
      ["strata"],
    );
    expectImpactError(() => surveyDesign({ weights: w, type: "JK1" } as never), "INVALID_INPUT", [
      "type",
    ]);
  });
  it("uses R's default scales", () => {
    const jk1 = surveyDesign({ weights: w, replicateWeights: reps, type: "JK1" });
    expect([jk1.replicates, jk1.degf]).toEqual([3, 2]);
    const y = [1, 2, 3, 5];
    const jk = surveyMean(y, jk1);
    const other = surveyMean(
      y,
      surveyDesign({ weights: w, replicateWeights: reps, type: "other", scale: 2 / 3 }),
    );
    expect(other.standardError).toBe(jk.standardError);
  });
});

describe("the degrees of freedom of replicate weights (R: rank of the weights minus one)", () => {
  // A deterministic generator, enough for distinct columns.
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const rows = 2000;
  const weights = Array.from({ length: rows }, () => 1 + next());
  const columns = Array.from({ length: 10 }, () => weights.map((w) => w * (0.5 + next())));
  it("are the replicates minus one for independent columns (rows probed first)", () => {
    expect(surveyDesign({ weights, replicateWeights: columns, type: "bootstrap" }).degf).toBe(9);
  });
  it("drop a column that is a combination of others, also when it differs on a few rows", () => {
    const sum = (columns[0] as number[]).map((v, i) => v + ((columns[1] as number[])[i] as number));
    expect(
      surveyDesign({ weights, replicateWeights: [...columns, sum], type: "bootstrap" }).degf,
    ).toBe(9);
    // Equal to column 0 except on one row: independent, which only the full rows show.
    const almost = (columns[0] as number[]).map((v, i) => (i === 1 ? v * 3 : v));
    expect(
      surveyDesign({ weights, replicateWeights: [...columns, almost], type: "bootstrap" }).degf,
    ).toBe(10);
  });
});
