import { describe, expect, it } from "vitest";
import { type Column, datasets, numbers } from "../../test/design-fixture";
import { expectClose, expectImpactError } from "../../test/helpers";
import { surveyDesign } from "../design/survey-design";
import { createDesignAccumulator } from "./design-accumulator";
import { domainProportions } from "./domain-proportions";
import { surveyProportion } from "./survey-proportion";

const nhanes = datasets.nhanes as Record<string, Column>;
const weights = numbers(nhanes.WTMEC2YR, "WTMEC2YR");
const strata = nhanes.SDMVSTRA as number[];
const psus = nhanes.SDMVPSU as number[];
const groups = nhanes.agecat as string[];
const chol = numbers(nhanes.HI_CHOL, "HI_CHOL");
const keep = chol.map((v) => !Number.isNaN(v));
// The rows with a known value, as a design of their own.
const rows = chol.flatMap((_, i) => (keep[i] ? [i] : []));
const pick = <T>(column: readonly T[]) => rows.map((i) => column[i] as T);

function compare(a: Record<string, unknown>, b: Record<string, unknown>, what: string) {
  for (const key of [
    "estimate",
    "standardError",
    "lower",
    "upper",
    "df",
    "n",
    "designEffect",
    "deff",
  ]) {
    expectClose(
      a[key] as number,
      b[key] as number,
      1e-12 * Math.max(1, Math.abs(b[key] as number)),
      `${what} ${key}`,
    );
  }
}

describe("createDesignAccumulator", () => {
  const design = surveyDesign({
    weights: pick(weights),
    strata: pick(strata),
    clusters: pick(psus),
  });
  const direct = surveyProportion(pick(chol), design);
  const directDomains = domainProportions(pick(chol), design, pick(groups), { method: "beta" });
  it("gives surveyProportion and domainProportions on nhanes, in any split and merge order", () => {
    for (const chunks of [1, 3, 7]) {
      const parts = Array.from({ length: chunks }, () => createDesignAccumulator());
      rows.forEach((i, k) => {
        parts[(k * 7919) % chunks]?.add(chol[i] as number, weights[i] as number, {
          stratum: strata[i],
          psu: psus[i],
          group: groups[i],
        });
      });
      const [first, ...rest] = parts.reverse();
      const merged = rest.reduce((acc, part) => acc.merge(part), first as (typeof parts)[number]);
      expect(merged.rows).toBe(rows.length);
      compare({ ...merged.finish() }, { ...direct }, `${chunks} chunks`);
      const viaJson = createDesignAccumulator({
        state: JSON.parse(JSON.stringify(merged.state())),
      });
      const domains = viaJson.finishDomains({ method: "beta" });
      const byGroup = new Map(domains.map((d) => [d.group, d]));
      for (const d of directDomains) {
        compare({ ...byGroup.get(d.group) }, { ...d }, `${chunks} chunks, group ${d.group}`);
      }
    }
  });
  it("treats rows without a PSU as their own, also after merges", () => {
    const y = [1, 0, 1, 1, 0, 1];
    const w = [1, 2, 1, 2, 1, 3];
    const s = ["a", "a", "a", "b", "b", "b"];
    const a = createDesignAccumulator();
    const b = createDesignAccumulator();
    y.forEach((v, i) => {
      (i < 3 ? a : b).add(v, w[i] as number, { stratum: s[i] });
    });
    compare(
      { ...a.merge(b).finish() },
      { ...surveyProportion(y, surveyDesign({ weights: w, strata: s })) },
      "rows",
    );
  });
  it("refuses bad rows and states", () => {
    expectImpactError(() => createDesignAccumulator().add(2, 1), "INVALID_INPUT", ["value", 0]);
    expectImpactError(() => createDesignAccumulator().add(1, -1), "INVALID_INPUT", ["weight", 0]);
    expectImpactError(
      () => createDesignAccumulator().add(1, 1, { stratum: Number.NaN }),
      "INVALID_INPUT",
      ["row", "stratum"],
    );
    expectImpactError(
      () => createDesignAccumulator().add(1, 1, { fpc: 10 }).add(1, 1, { fpc: 11 }),
      "INVALID_INPUT",
      ["row", "fpc"],
    );
    expectImpactError(() => createDesignAccumulator().finish(), "EMPTY_SAMPLE");
    expectImpactError(
      () =>
        createDesignAccumulator({ state: { lonelyPsu: "fail", cells: [{}], fpc: [] } as never }),
      "INVALID_INPUT",
      ["state", "cells", 0],
    );
    expectImpactError(
      () => createDesignAccumulator().merge(createDesignAccumulator({ lonelyPsu: "adjust" })),
      "INVALID_INPUT",
      ["other"],
    );
  });
});
