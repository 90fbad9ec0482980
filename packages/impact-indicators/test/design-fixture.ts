import { expect } from "vitest";
import data from "../src/__fixtures__/design-data.json" with { type: "json" };
import type { SurveyDesign } from "../src/design/survey-design";
import { type LonelyPsu, surveyDesign } from "../src/design/survey-design";
import { domainProportions } from "../src/survey/domain-proportions";
import { domainMeans, domainTotals, surveyMean, surveyTotal } from "../src/survey/survey-mean";
import { surveyProportion } from "../src/survey/survey-proportion";
import type { SurveyMethod } from "../src/types";
import { expectClose } from "./helpers";
import { checkInterval, type RInterval } from "./survey-fixture";

export type Column = (number | string | null)[];
export const datasets = data.datasets as unknown as Record<string, Record<string, Column>>;

export interface Spec {
  weights: string;
  strata?: string;
  clusters?: string;
  fpc?: string;
  fpcFraction?: string;
  fractionPsus?: number;
  lonelyPsu?: LonelyPsu;
}

export interface RResult {
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

export interface REstimate {
  statistic: "proportion" | "mean" | "total";
  variable: string;
  group: string | null;
  na: "drop" | null;
  level: number;
  results: RResult[];
}

export function numbers(column: Column | undefined, name: string): number[] {
  if (column === undefined) throw new Error(`no column ${name}`);
  return column.map((v) => (v === null ? Number.NaN : (v as number)));
}

export function designOf(dataset: Record<string, Column>, spec: Spec) {
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
export const tolerance = (expected: number) => 1e-8 * Math.max(1, Math.abs(expected));

/** Checks every estimate of a fixture case against `design`; returns the comparisons made. */
export function checkEstimates(
  design: SurveyDesign,
  dataset: Record<string, Column>,
  estimates: REstimate[],
  name: string,
): number {
  const c = { name };
  let checked = 0;
  for (const e of estimates) {
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
          expectClose(o.standardError, r.standardError, tolerance(r.standardError), `${label} SE`);
          expect(o.n).toBe(r.positive);
          if (r.deff === null) expect(o.deff).toBeUndefined();
          else expectClose(o.deff as number, r.deff, 1e-8, `${label} deff`);
          const ri = r.intervals[df === undefined ? 0 : 1] as RResult["intervals"][number];
          expect(o.df).toBe(df ?? r.degf);
          expectClose(o.lower, ri.lower as number, tolerance(ri.lower as number), `${label} lower`);
          expectClose(o.upper, ri.upper as number, tolerance(ri.upper as number), `${label} upper`);
          checked++;
        });
      }
    }
  }
  return checked;
}
