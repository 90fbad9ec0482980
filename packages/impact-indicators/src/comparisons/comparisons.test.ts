import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose, expectImpactError } from "../../test/helpers";
import fixture from "../__fixtures__/intervals.json" with { type: "json" };
import type { DifferenceMethod } from "../types";
import { chiSquareTest } from "./chi-square-test";
import { compareWaves } from "./compare-waves";
import { differenceOfProportions } from "./difference-of-proportions";
import { twoProportionZTest } from "./two-proportion-z-test";

const sm = `statsmodels ${fixture.versions.statsmodels}, scipy ${fixture.versions.scipy}`;

describe(`comparisons agree with ${sm} to 1e-8`, () => {
  it(`differenceOfProportions on ${fixture.differenceOfProportions.length} cases`, () => {
    for (const c of fixture.differenceOfProportions) {
      const d = differenceOfProportions(c.a, c.b, {
        method: c.method as DifferenceMethod,
        level: c.level,
      });
      const what = `${c.method} ${c.a.successes}/${c.a.trials} vs ${c.b.successes}/${c.b.trials} at ${c.level}`;
      expectClose(d.estimate, c.estimate, 1e-12, `${what} estimate`);
      expectClose(d.lower, c.lower, 1e-8, `${what} lower`);
      expectClose(d.upper, c.upper, 1e-8, `${what} upper`);
    }
  });

  it(`twoProportionZTest on ${fixture.twoProportionZTest.length} cases`, () => {
    for (const c of fixture.twoProportionZTest) {
      const t = twoProportionZTest(c.a, c.b);
      const what = `${c.a.successes}/${c.a.trials} vs ${c.b.successes}/${c.b.trials}`;
      expectClose(t.z, c.z, 1e-8, `${what} z`);
      expectClose(t.pValue, c.pValue, 1e-8, `${what} p`);
    }
  });

  it(`chiSquareTest on ${fixture.chiSquareTest.length} tables (with and without Yates)`, () => {
    for (const c of fixture.chiSquareTest) {
      const t = chiSquareTest(c.table, { yates: c.yates });
      const what = `${JSON.stringify(c.table)} yates=${c.yates}`;
      expectClose(t.statistic, c.statistic, 1e-8 * Math.max(1, c.statistic), `${what} statistic`);
      expect(t.df).toBe(c.df);
      expectClose(t.pValue, c.pValue, 1e-8, `${what} p`);
    }
  });
});

describe("comparison properties", () => {
  const count = fc
    .integer({ min: 1, max: 3000 })
    .chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), trials: fc.constant(n) }));

  it("the difference interval contains the estimate, is antisymmetric and widens with the level", () => {
    fc.assert(
      fc.property(
        count,
        count,
        fc.constantFrom<DifferenceMethod>("wald", "newcombe", "agresti-caffo"),
        (a, b, method) => {
          const d = differenceOfProportions(a, b, { method, level: 0.9 });
          const r = differenceOfProportions(b, a, { method, level: 0.9 });
          const wide = differenceOfProportions(a, b, { method, level: 0.99 });
          if (method !== "agresti-caffo") {
            expect(d.lower).toBeLessThanOrEqual(d.estimate + 1e-12);
            expect(d.upper).toBeGreaterThanOrEqual(d.estimate - 1e-12);
          }
          expectClose(d.lower, -r.upper, 1e-12, "antisymmetry");
          expect(wide.lower).toBeLessThanOrEqual(d.lower + 1e-12);
          expect(wide.upper).toBeGreaterThanOrEqual(d.upper - 1e-12);
        },
      ),
    );
  });
});

describe("compareWaves", () => {
  it("reports the change in points with the Newcombe interval and the z-test p-value", () => {
    const before = { successes: 60, trials: 100 };
    const after = { successes: 74, trials: 100 };
    const change = compareWaves(before, after, { level: 0.95 });
    const d = differenceOfProportions(after, before);
    expectClose(change.changePoints, 14, 1e-12, "change");
    expectClose(change.interval.lower, 100 * d.lower, 1e-12, "lower");
    expectClose(change.interval.upper, 100 * d.upper, 1e-12, "upper");
    expectClose(change.pValue, twoProportionZTest(after, before).pValue, 1e-15, "p");
    expect(change.significant).toBe(true);
    expect(compareWaves(before, after, { level: 0.99 }).significant).toBe(false);
  });

  it("gives p = 1 and no significance when both waves are at 0 %", () => {
    const change = compareWaves({ successes: 0, trials: 50 }, { successes: 0, trials: 80 });
    expect([change.changePoints, change.pValue, change.significant]).toEqual([0, 1, false]);
  });

  it("compares weighted estimates with their standard errors", () => {
    const change = compareWaves(
      { estimate: 0.7, standardError: 0.02 },
      { estimate: 0.74, standardError: 0.015 },
    );
    expectClose(change.changePoints, 4, 1e-12, "change");
    expectClose(change.interval.upper - change.changePoints, 1.959963984540054 * 2.5, 1e-9, "half");
    expectClose(change.pValue, 0.109598583399, 1e-9, "p");
    expect(change.significant).toBe(false);
    expect(change.interval.method).toBe("wald");
  });

  it("rejects mixed or bad waves", () => {
    expectImpactError(
      () => compareWaves({ successes: 1, trials: 2 }, { estimate: 0.5, standardError: 0.1 }),
      "INVALID_INPUT",
      ["after"],
    );
    expectImpactError(
      () =>
        compareWaves({ estimate: 1.5, standardError: 0.1 }, { estimate: 0.5, standardError: 0.1 }),
      "INVALID_INPUT",
      ["before", "estimate"],
    );
    expectImpactError(
      () => compareWaves({ successes: 3, trials: 2 }, { successes: 1, trials: 2 }),
      "INVALID_INPUT",
      ["before", "successes"],
    );
  });
});

describe("comparison validation", () => {
  it("rejects bad counts, levels and methods with their path", () => {
    const ok = { successes: 1, trials: 2 };
    expectImpactError(
      () => differenceOfProportions({ successes: -1, trials: 2 }, ok),
      "INVALID_INPUT",
      ["a", "successes"],
    );
    expectImpactError(
      () => differenceOfProportions(ok, { successes: 1, trials: 0 }),
      "EMPTY_SAMPLE",
      ["b", "trials"],
    );
    expectImpactError(() => differenceOfProportions(ok, null as never), "INVALID_INPUT", ["b"]);
    expectImpactError(() => differenceOfProportions(ok, ok, { level: 90 }), "INVALID_INPUT", [
      "options",
      "level",
    ]);
    expectImpactError(
      () => twoProportionZTest({ successes: 5, trials: 5 }, { successes: 3, trials: 3 }),
      "INVALID_INPUT",
    );
  });

  it("rejects ragged tables, negative counts and empty margins", () => {
    expectImpactError(() => chiSquareTest([[1, 2], [3]]), "INVALID_INPUT", ["table", 1]);
    expectImpactError(
      () =>
        chiSquareTest([
          [1, 2],
          [3, Number.NaN],
        ]),
      "INVALID_INPUT",
      ["table", 1, 1],
    );
    expectImpactError(() => chiSquareTest([]), "INVALID_INPUT", ["table"]);
    expectImpactError(
      () =>
        chiSquareTest([
          [0, 0],
          [3, 4],
        ]),
      "INVALID_INPUT",
      ["table", 0],
    );
    expectImpactError(
      () =>
        chiSquareTest([
          [0, 2],
          [0, 4],
        ]),
      "INVALID_INPUT",
      ["table"],
    );
    expectImpactError(
      () =>
        chiSquareTest(
          [
            [1, 2],
            [3, 4],
          ],
          { yates: "yes" as never },
        ),
      "INVALID_INPUT",
      ["options", "yates"],
    );
  });
});
