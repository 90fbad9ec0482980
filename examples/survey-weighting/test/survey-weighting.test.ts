import { describe, expect, it } from "vitest";
import { DESIGN, POPULATIONS } from "../src/design";
import { generateQuotaSample } from "../src/sample";
import { formatTable } from "../src/table";
import { weightSample } from "../src/weighting";

const sample = generateQuotaSample(2019);
const report = weightSample(sample);

function weightedTotals(
  codes: ArrayLike<string | number>,
  weights: Float64Array,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (let i = 0; i < weights.length; i += 1) {
    const code = String(codes[i]);
    totals.set(code, (totals.get(code) ?? 0) + (weights[i] ?? 0));
  }
  return totals;
}

describe("the survey-weighting example", () => {
  it("draws the same sample for the same seed, and meets every quota", () => {
    const again = generateQuotaSample(2019);
    expect(Array.from(again.answer)).toEqual(Array.from(sample.answer));
    for (const key of POPULATIONS) {
      expect(sample.population.filter((p) => p === key)).toHaveLength(DESIGN[key].quota);
    }
  });

  it("rakes the weights so that every margin meets its population target", () => {
    expect(report.rake.converged).toBe(true);
    for (const margin of report.margins) {
      const totals = weightedTotals(margin.codes, report.rake.weights);
      const targets = Object.entries(margin.targets as Record<string, number>);
      expect(totals.size).toBe(targets.length);
      for (const [code, target] of targets) {
        expect(Math.abs((totals.get(code) ?? 0) - target)).toBeLessThanOrEqual(
          1e-8 * target + 1e-6,
        );
      }
    }
  });

  it("makes each population weigh its size", () => {
    const totals = weightedTotals(sample.population, report.rake.weights);
    for (const key of POPULATIONS) {
      expect((totals.get(key) ?? 0) / DESIGN[key].size).toBeCloseTo(1, 9);
    }
  });

  it("estimates one finite proportion per population, inside [0, 1] with its interval", () => {
    expect(report.rows.map((row) => row.population)).toEqual([...POPULATIONS]);
    for (const row of report.rows) {
      const { estimate, lower, upper, standardError } = row.raked;
      for (const value of [estimate, lower, upper, standardError, row.marginOfError]) {
        expect(Number.isFinite(value)).toBe(true);
      }
      expect(0 <= lower && lower <= estimate && estimate <= upper && upper <= 1).toBe(true);
      expect(row.marginOfError).toBeGreaterThan(0);
      expect(row.marginOfError).toBeLessThan(0.15);
    }
  });

  it("corrects the age bias of the quota sample: citizens' raked share differs from the raw one", () => {
    // Young citizens say yes more often and were under-sampled, so raking raises the share.
    const citizens = report.rows.find((row) => row.population === "citoyens");
    expect(citizens?.raked.estimate).toBeGreaterThan(citizens?.unweighted ?? 1);
  });

  it("prints one table row per population", () => {
    const table = formatTable(report).split("\n");
    expect(table).toHaveLength(2 + POPULATIONS.length);
    expect(table[2]).toMatch(/^\| Citoyens .*\d+,\d\u202f% .*±\u00a0\d+,\d\u00a0pts/);
  });
});
