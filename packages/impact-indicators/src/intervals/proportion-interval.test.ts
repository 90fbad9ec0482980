import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose, expectImpactError } from "../../test/helpers";
import fixture from "../__fixtures__/intervals.json" with { type: "json" };
import type { ProportionMethod } from "../types";
import { agrestiCoullInterval } from "./agresti-coull-interval";
import { clopperPearsonInterval } from "./clopper-pearson-interval";
import { jeffreysInterval } from "./jeffreys-interval";
import { proportionInterval } from "./proportion-interval";
import { waldInterval } from "./wald-interval";
import { wilsonInterval } from "./wilson-interval";

/** The one-method function of each method. */
const BY_METHOD = {
  wald: waldInterval,
  wilson: wilsonInterval,
  "agresti-coull": agrestiCoullInterval,
  "clopper-pearson": clopperPearsonInterval,
  jeffreys: jeffreysInterval,
} as const;

const METHODS: ProportionMethod[] = [
  "wald",
  "wilson",
  "agresti-coull",
  "clopper-pearson",
  "jeffreys",
];

describe("proportionInterval agrees with statsmodels proportion_confint", () => {
  it(`on ${fixture.proportionInterval.length} cases to 1e-8 (statsmodels ${fixture.versions.statsmodels})`, () => {
    for (const c of fixture.proportionInterval) {
      const ci = proportionInterval(c.successes, c.trials, {
        method: c.method as ProportionMethod,
        level: c.level,
      });
      const what = `${c.method} ${c.successes}/${c.trials} at ${c.level}`;
      expectClose(ci.lower, c.lower, 1e-8, `${what} lower`);
      expectClose(ci.upper, c.upper, 1e-8, `${what} upper`);
      expect(ci.estimate).toBe(c.successes / c.trials);
    }
  });
});

describe("the one-method functions agree with statsmodels and with proportionInterval", () => {
  for (const method of METHODS) {
    const cases = fixture.proportionInterval.filter((c) => c.method === method);
    const interval = BY_METHOD[method];
    it(`${interval.name} on the ${cases.length} ${method} cases to 1e-8, the same result as proportionInterval`, () => {
      expect(cases.length).toBeGreaterThan(100);
      for (const c of cases) {
        const ci = interval(c.successes, c.trials, { level: c.level });
        const what = `${method} ${c.successes}/${c.trials} at ${c.level}`;
        expectClose(ci.lower, c.lower, 1e-8, `${what} lower`);
        expectClose(ci.upper, c.upper, 1e-8, `${what} upper`);
        expect(ci).toEqual(proportionInterval(c.successes, c.trials, { method, level: c.level }));
      }
    });
  }

  it("check their input as proportionInterval does, and refuse another method", () => {
    for (const interval of Object.values(BY_METHOD)) {
      expectImpactError(() => interval(11, 10), "INVALID_INPUT", ["successes"]);
      expectImpactError(() => interval(0, 0), "EMPTY_SAMPLE", ["trials"]);
      expectImpactError(() => interval(5, 10, { level: 95 }), "INVALID_INPUT", [
        "options",
        "level",
      ]);
      expectImpactError(() => interval(5, 10, 0.95 as never), "INVALID_INPUT", ["options"]);
    }
    expect(wilsonInterval(5, 10, { method: "wilson" } as never).method).toBe("wilson");
    expectImpactError(() => wilsonInterval(5, 10, { method: "wald" } as never), "INVALID_INPUT", [
      "options",
      "method",
    ]);
  });
});

describe("proportionInterval properties", () => {
  const count = fc
    .integer({ min: 1, max: 5000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
  const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });

  it("lies in [0, 1] and contains the estimate", () => {
    fc.assert(
      fc.property(count, level, fc.constantFrom(...METHODS), ([x, n], lvl, method) => {
        const ci = proportionInterval(x, n, { method, level: lvl });
        expect(ci.lower).toBeGreaterThanOrEqual(0);
        expect(ci.upper).toBeLessThanOrEqual(1);
        // Jeffreys' equal-tailed interval excludes 0 at x = 0 (and 1 at x = n), as statsmodels.
        if (method !== "jeffreys" || (x > 0 && x < n)) {
          expect(ci.lower).toBeLessThanOrEqual(ci.estimate + 1e-12);
          expect(ci.upper).toBeGreaterThanOrEqual(ci.estimate - 1e-12);
        } else {
          expect(ci.lower).toBeLessThan(ci.upper);
          expect(x === 0 ? ci.lower : 1 - ci.upper).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("widens with the level", () => {
    fc.assert(
      fc.property(count, level, level, fc.constantFrom(...METHODS), ([x, n], a, b, method) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const narrow = proportionInterval(x, n, { method, level: lo });
        const wide = proportionInterval(x, n, { method, level: hi });
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower + 1e-12);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - 1e-12);
      }),
    );
  });
});

describe("proportionInterval validation", () => {
  it("rejects bad counts with their path", () => {
    expectImpactError(() => proportionInterval(-1, 10), "INVALID_INPUT", ["successes"]);
    expectImpactError(() => proportionInterval(1.5, 10), "INVALID_INPUT", ["successes"]);
    expectImpactError(() => proportionInterval(11, 10), "INVALID_INPUT", ["successes"]);
    expectImpactError(() => proportionInterval(1, 2.5), "INVALID_INPUT", ["trials"]);
    expectImpactError(() => proportionInterval(Number.NaN, 10), "INVALID_INPUT", ["successes"]);
    expectImpactError(() => proportionInterval(0, 0), "EMPTY_SAMPLE", ["trials"]);
  });

  it("rejects a level given in percent, and unknown methods", () => {
    expectImpactError(() => proportionInterval(5, 10, { level: 95 }), "INVALID_INPUT", [
      "options",
      "level",
    ]);
    expectImpactError(() => proportionInterval(5, 10, { level: 1 }), "INVALID_INPUT");
    expectImpactError(() => proportionInterval(5, 10, { level: 0 }), "INVALID_INPUT");
    expectImpactError(
      () => proportionInterval(5, 10, { method: "normal" as ProportionMethod }),
      "INVALID_INPUT",
      ["options", "method"],
    );
    expectImpactError(() => proportionInterval(5, 10, "wilson" as never), "INVALID_INPUT", [
      "options",
    ]);
  });

  it("names the value at fault", () => {
    expect(() => proportionInterval(5, 10, { level: 95 })).toThrow(
      /got 95 \(did you mean 0\.95\?\)/,
    );
  });
});
