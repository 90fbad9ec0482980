import { describe, expect, it } from "vitest";
import { type Column, datasets, numbers } from "../../test/design-fixture";
import { expectImpactError } from "../../test/helpers";
import { domainProportions } from "../survey/domain-proportions";
import { domainMeans, domainTotals, surveyMean, surveyTotal } from "../survey/survey-mean";
import { surveyProportion } from "../survey/survey-proportion";
import { calibrate } from "../weighting/calibrate";
import { replicateDesign } from "./replicate-design";
import { type SurveyDesign, surveyDesign } from "./survey-design";

// Means and proportions do not change when every weight is multiplied by a factor; totals, sums
// of weights and their SEs scale with it. Weights of 1e200 (squares overflow), 1e-160 (squares
// underflow) and near Number.MAX_VALUE must give the same numbers as the R datasets' own weights.

const api = datasets.apistrat as Record<string, Column>;
const clus = datasets.apiclus1 as Record<string, Column>;
const yrbs = datasets.yrbs as Record<string, Column>;

function close(actual: number | undefined, expected: number | undefined, what: string): void {
  if (expected === undefined || actual === undefined) {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(Number.isFinite(actual), `${what}: ${actual}`).toBe(true);
  const tol = 1e-12 * Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

/**
 * R's deff compares with simple random sampling without replacement from a population of
 * N = the sum of the weights: its factor 1 - n/N changes with the scale, the rest does not
 * (and R gives no deff when N <= n).
 */
function closeDeff(
  actual: number | undefined,
  expected: number | undefined,
  n: number,
  before: number,
  after: number,
  what: string,
): void {
  if (after <= n || expected === undefined) {
    expect(actual, what).toBe(undefined);
    return;
  }
  close((actual as number) * (1 - n / after), expected * (1 - n / before), what);
}

// yrbs has missing answers: R's na.rm = TRUE.
const NA = { na: "drop" } as const;

type Builder = (weights: number[]) => SurveyDesign;

const designs: [string, number[], Builder][] = [
  [
    "apistrat, strata and fpc",
    numbers(api.pw, "pw"),
    (w) =>
      surveyDesign({ weights: w, strata: api.stype as string[], fpc: numbers(api.fpc, "fpc") }),
  ],
  [
    "apiclus1, clusters and fpc",
    numbers(clus.pw, "pw"),
    (w) =>
      surveyDesign({
        weights: w,
        clusters: clus.dnum as number[],
        fpc: numbers(clus.fpc, "fpc"),
      }),
  ],
  [
    "yrbs, strata and PSUs",
    numbers(yrbs.weight, "weight"),
    (w) =>
      surveyDesign({
        weights: w,
        strata: yrbs.stratum as number[],
        clusters: yrbs.psu as number[],
      }),
  ],
  [
    "apiclus1, JK1 replicates",
    numbers(clus.pw, "pw"),
    (w) =>
      replicateDesign(surveyDesign({ weights: w, clusters: clus.dnum as number[] }), {
        type: "JK1",
      }),
  ],
  [
    "apistrat, replicate weights published with the data (JKn)",
    numbers(api.pw, "pw"),
    (w) => {
      const strata = api.stype as string[];
      const labels = [...new Set(strata)];
      const replicateWeights: number[][] = [];
      const rscales: number[] = [];
      for (let h = 0; h < labels.length; h++) {
        const rows = strata.flatMap((s, i) => (s === labels[h] ? [i] : []));
        const n = rows.length;
        for (const drop of rows.slice(0, 5)) {
          replicateWeights.push(
            w.map((x, i) => (i === drop ? 0 : strata[i] === labels[h] ? (x * n) / (n - 1) : x)),
          );
          rscales.push((n - 1) / n);
        }
      }
      return surveyDesign({ weights: w, replicateWeights, type: "JKn", rscales });
    },
  ],
];

function compare(name: string, build: Builder, base: number[], factor: number): void {
  const reference = build(base);
  const scaled = build(base.map((x) => x * factor));
  const y = numbers(
    (name.startsWith("yrbs")
      ? yrbs.qn8yes
      : name.includes("clus")
        ? clus.high
        : api.high) as Column,
    "y",
  );
  const x = name.startsWith("yrbs")
    ? y
    : numbers((name.includes("clus") ? clus.api00 : api.api00) as Column, "x");
  const groups = name.startsWith("yrbs")
    ? (yrbs.stratum as number[]).map((s) => s % 3)
    : ((name.includes("clus") ? clus.stype : api.stype) as string[]);

  const p0 = surveyProportion(y, reference, NA);
  const p1 = surveyProportion(y, scaled, NA);
  close(p1.estimate, p0.estimate, "estimate");
  close(p1.standardError, p0.standardError, "SE");
  close(p1.lower, p0.lower, "lower");
  close(p1.upper, p0.upper, "upper");
  close(p1.effectiveN, p0.effectiveN, "effectiveN");
  close(p1.designEffect, p0.designEffect, "designEffect");
  closeDeff(p1.deff, p0.deff, p0.n, p0.sumWeights, p1.sumWeights, "deff");
  close(p1.sumWeights, p0.sumWeights * factor, "sumWeights");

  const m0 = surveyMean(x, reference, NA);
  const m1 = surveyMean(x, scaled, NA);
  close(m1.estimate, m0.estimate, "mean");
  close(m1.standardError, m0.standardError, "mean SE");
  closeDeff(m1.deff, m0.deff, m0.n, m0.sumWeights, m1.sumWeights, "mean deff");

  const t0 = surveyTotal(x, reference, NA);
  const t1 = surveyTotal(x, scaled, NA);
  close(t1.estimate, t0.estimate * factor, "total");
  close(t1.standardError, t0.standardError * factor, "total SE");
  close(t1.upper, t0.upper * factor, "total upper");
  closeDeff(t1.deff, t0.deff, t0.n, t0.sumWeights, t1.sumWeights, "total deff");

  const d0 = domainProportions(y, reference, groups, NA);
  const d1 = domainProportions(y, scaled, groups, NA);
  d0.forEach((e, g) => {
    close(d1[g]?.estimate, e.estimate, `domain ${g}`);
    close(d1[g]?.standardError, e.standardError, `domain ${g} SE`);
  });
  const dm0 = domainMeans(x, reference, groups, NA);
  const dm1 = domainMeans(x, scaled, groups, NA);
  dm0.forEach((e, g) => {
    close(dm1[g]?.standardError, e.standardError, `domain mean ${g} SE`);
  });
  const dt0 = domainTotals(x, reference, groups, NA);
  const dt1 = domainTotals(x, scaled, groups, NA);
  dt0.forEach((e, g) => {
    close(dt1[g]?.estimate, e.estimate * factor, `domain total ${g}`);
    close(dt1[g]?.standardError, e.standardError * factor, `domain total ${g} SE`);
  });
}

describe("design estimators do not overflow or underflow with extreme weights", () => {
  for (const [name, base, build] of designs) {
    const largest = Math.max(...base);
    const sum = base.reduce((a, b) => a + b, 0);
    for (const [label, factor] of [
      ["1e200", 1e200],
      ["1e-160", 1e-160],
      ["2^-1000", 2 ** -1000],
      // The sum of the weights (and the totals) just below Number.MAX_VALUE.
      ["a sum near Number.MAX_VALUE", 2 ** Math.floor(Math.log2(Number.MAX_VALUE / sum / 1e4))],
    ] as const) {
      it(`${name}, weights times ${label}`, () => {
        expect(largest * factor).toBeGreaterThan(0);
        compare(name, build, base, factor);
      });
    }
  }

  it("calibrates weights of 1e200 as it calibrates the same weights unscaled", () => {
    const w = numbers(api.pw, "pw");
    const codes = api.stype as string[];
    const targets = { E: 4421, H: 755, M: 1018 };
    const c0 = calibrate(surveyDesign({ weights: w }), {
      margins: [{ variable: "stype", codes, targets }],
      calfun: "linear",
    });
    const big = Object.fromEntries(Object.entries(targets).map(([k, v]) => [k, v * 1e200]));
    const c1 = calibrate(surveyDesign({ weights: w.map((x) => x * 1e200) }), {
      margins: [{ variable: "stype", codes, targets: big }],
      calfun: "linear",
    });
    const x = numbers(api.api00, "api00");
    close(surveyMean(x, c1.design).standardError, surveyMean(x, c0.design).standardError, "SE");
    close(
      surveyTotal(x, c1.design).standardError,
      surveyTotal(x, c0.design).standardError * 1e200,
      "total SE",
    );
  });

  it("refuses a total beyond Number.MAX_VALUE, naming the limit", () => {
    // The weights sum to 1.5e308, below the limit; the total of the values to 3e308.
    const design = surveyDesign({ weights: [5e307, 5e307, 5e307] });
    expect(surveyMean([1, 2, 3], design).estimate).toBeCloseTo(2, 12);
    expectImpactError(() => surveyTotal([1, 2, 3], design), "INVALID_INPUT", ["weights"]);
    expect(() => surveyTotal([1, 2, 3], design)).toThrow(/Number\.MAX_VALUE/);
  });

  it("refuses replicate weights that overflow, naming the limit", () => {
    const design = surveyDesign({ weights: [1.7e308, 1.7e308, 1e308], clusters: [1, 2, 3] });
    expect(() => replicateDesign(design, { type: "JK1" })).toThrow(/Number\.MAX_VALUE/);
  });

  it("gives the proportion of the issue's example on a design", () => {
    const est = surveyProportion(
      [1, 0],
      surveyDesign({ weights: [Number.MAX_VALUE / 4, Number.MAX_VALUE / 4] }),
    );
    expect(est.estimate).toBe(0.5);
    expect(est.standardError).toBeCloseTo(0.5, 12);
  });
});
