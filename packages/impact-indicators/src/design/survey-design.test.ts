import { describe, expect, it } from "vitest";
import { expectClose, expectImpactError } from "../../test/helpers";
import { checkInterval, type RInterval } from "../../test/survey-fixture";
import fixture from "../__fixtures__/design.json" with { type: "json" };
import data from "../__fixtures__/design-data.json" with { type: "json" };
import { domainProportions } from "../survey/domain-proportions";
import { domainMeans, domainTotals, surveyMean, surveyTotal } from "../survey/survey-mean";
import { surveyProportion } from "../survey/survey-proportion";
import type { SurveyMethod } from "../types";
import { isSurveyDesign, type LonelyPsu, surveyDesign } from "./survey-design";

type Column = (number | string | null)[];
const datasets = data.datasets as unknown as Record<string, Record<string, Column>>;

interface Spec {
  weights: string;
  strata?: string;
  clusters?: string;
  fpc?: string;
  fpcFraction?: string;
  fractionPsus?: number;
  lonelyPsu?: LonelyPsu;
}

interface RResult {
  group?: string | number;
  rows: number;
  positive: number;
  degf: number;
  estimate: number;
  standardError: number;
  deff: number | null;
  sumWeights?: number;
  intervals: (RInterval & { df: number | "Infinity" | null })[];
}

interface REstimate {
  statistic: "proportion" | "mean" | "total";
  variable: string;
  group: string | null;
  na: "drop" | null;
  level: number;
  results: RResult[];
}

function numbers(column: Column | undefined, name: string): number[] {
  if (column === undefined) throw new Error(`no column ${name}`);
  return column.map((v) => (v === null ? Number.NaN : (v as number)));
}

function designOf(dataset: Record<string, Column>, spec: Spec) {
  const fpc =
    spec.fpcFraction !== undefined
      ? numbers(dataset[spec.fpcFraction], spec.fpcFraction).map(
          (n) => (spec.fractionPsus as number) / n,
        )
      : spec.fpc === undefined
        ? undefined
        : numbers(dataset[spec.fpc], spec.fpc);
  return surveyDesign({
    weights: numbers(dataset[spec.weights], spec.weights),
    strata: spec.strata === undefined ? undefined : (dataset[spec.strata] as (string | number)[]),
    clusters:
      spec.clusters === undefined ? undefined : (dataset[spec.clusters] as (string | number)[]),
    fpc,
    lonelyPsu: spec.lonelyPsu,
  });
}

// Totals run into millions: their tolerance is 1e-8 relative, everything else 1e-8 absolute.
const tolerance = (expected: number) => 1e-8 * Math.max(1, Math.abs(expected));

describe(`designs agree with R survey ${fixture.versions.survey} on its own datasets`, () => {
  for (const c of fixture.cases) {
    const spec = c.design as Spec;
    const dataset = datasets[c.dataset] as Record<string, Column>;
    it(`${c.name}: degf ${c.degf}`, () => {
      const design = designOf(dataset, spec);
      expect(isSurveyDesign(design)).toBe(true);
      expect(Object.isFrozen(design)).toBe(true);
      expect(design.degf).toBe(c.degf);
      let checked = 0;
      for (const e of c.estimates as REstimate[]) {
        const values = numbers(dataset[e.variable], e.variable);
        const groups = e.group === null ? undefined : (dataset[e.group] as (string | number)[]);
        const what = `${c.name} ${e.statistic} ${e.variable}${e.group ? ` by ${e.group}` : ""}`;
        const na = e.na ?? undefined;
        if (e.statistic === "proportion") {
          const methods = new Set(e.results[0]?.intervals.map((i) => i.method));
          for (const method of methods) {
            for (const df of [undefined, Number.POSITIVE_INFINITY]) {
              if (method === "beta" && df !== undefined) continue;
              const options = { method: method as SurveyMethod, level: e.level, df, na };
              const ours =
                groups === undefined
                  ? [surveyProportion(values, design, options)]
                  : domainProportions(values, design, groups, options);
              expect(ours.length).toBe(e.results.length);
              e.results.forEach((r, k) => {
                const o = ours[k] as (typeof ours)[number] & { group?: unknown };
                const label = `${what} ${String(r.group ?? "")} ${method} df=${df}`;
                if (r.group !== undefined) expect(o.group).toBe(r.group);
                expectClose(o.estimate, r.estimate, 1e-8, `${label} estimate`);
                expectClose(o.standardError, r.standardError, 1e-8, `${label} SE`);
                expect(o.n).toBe(r.positive);
                if (r.deff === null) expect(o.deff).toBeUndefined();
                else expectClose(o.deff as number, r.deff, 1e-8, `${label} deff`);
                const ri = r.intervals.find(
                  (i) => i.method === method && (i.df === null) === (df === undefined),
                );
                if (ri === undefined) return;
                expect(o.df).toBe(df ?? r.degf);
                checkInterval(o, ri, label);
                checked++;
              });
            }
          }
        } else {
          const run = e.statistic === "mean" ? surveyMean : surveyTotal;
          const runDomains = e.statistic === "mean" ? domainMeans : domainTotals;
          for (const df of [undefined, Number.POSITIVE_INFINITY]) {
            const options = { level: e.level, df, na };
            const ours =
              groups === undefined
                ? [run(values, design, options)]
                : runDomains(values, design, groups, options);
            expect(ours.length).toBe(e.results.length);
            e.results.forEach((r, k) => {
              const o = ours[k] as (typeof ours)[number] & { group?: unknown };
              const label = `${what} ${String(r.group ?? "")} df=${df}`;
              if (r.group !== undefined) expect(o.group).toBe(r.group);
              expectClose(o.estimate, r.estimate, tolerance(r.estimate), `${label} estimate`);
              expectClose(
                o.standardError,
                r.standardError,
                tolerance(r.standardError),
                `${label} SE`,
              );
              expect(o.n).toBe(r.positive);
              if (r.deff === null) expect(o.deff).toBeUndefined();
              else expectClose(o.deff as number, r.deff, 1e-8, `${label} deff`);
              const ri = r.intervals[df === undefined ? 0 : 1] as RResult["intervals"][number];
              expect(o.df).toBe(df ?? r.degf);
              expectClose(
                o.lower,
                ri.lower as number,
                tolerance(ri.lower as number),
                `${label} lower`,
              );
              expectClose(
                o.upper,
                ri.upper as number,
                tolerance(ri.upper as number),
                `${label} upper`,
              );
              checked++;
            });
          }
        }
      }
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
