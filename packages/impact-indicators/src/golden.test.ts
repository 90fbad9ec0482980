// The reference figures printed in INDICATORS.md (survey 4.1.1, statsmodels 0.13.5), to the
// decimals printed there.
import { describe, expect, it } from "vitest";
import {
  chiSquareTest,
  differenceOfProportions,
  kishDesignEffect,
  kishEffectiveSampleSize,
  marginOfError,
  proportionInterval,
  surveyProportion,
  twoProportionZTest,
} from "./index";

const close = (actual: number, expected: number, decimals: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-15);

describe("golden values of INDICATORS.md", () => {
  it.each([
    ["wald", 0.654029, 0.825971],
    ["agresti-coull", 0.645844, 0.816399],
    ["clopper-pearson", 0.642688, 0.822606],
    ["wilson", 0.64629, 0.815953],
    ["jeffreys", 0.648061, 0.818277],
  ] as const)("proportionInterval 74/100 %s", (method, lower, upper) => {
    const ci = proportionInterval(74, 100, { method });
    close(ci.lower, lower, 6);
    close(ci.upper, upper, 6);
    expect(ci.estimate).toBe(0.74);
    expect(ci.method).toBe(method);
  });

  const y74 = Array.from({ length: 100 }, (_, i) => (i < 74 ? 1 : 0));
  it.each([
    ["logit", undefined, 0.64367, 0.817665],
    ["mean", undefined, 0.652527, 0.827473],
    ["asin", undefined, 0.648349, 0.822138],
    ["beta", undefined, 0.642145, 0.822998],
    ["logit", Number.POSITIVE_INFINITY, 0.644943, 0.816835],
    ["mean", Number.POSITIVE_INFINITY, 0.653596, 0.826404],
  ] as const)("golden A: surveyProportion 74/100 %s df=%s", (method, df, lower, upper) => {
    const est = surveyProportion(y74, undefined, { method, df });
    close(est.lower, lower, 6);
    close(est.upper, upper, 6);
    close(est.standardError, 0.0440844, 7);
    expect(est.df).toBe(df ?? 99);
  });

  it("golden B: weighted proportion", () => {
    const y = [1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1];
    const w = [0.8, 1.2, 1.5, 0.6, 2, 1, 0.9, 1.1, 1.4, 0.7, 1.3, 0.5];
    const logit = surveyProportion(y, w);
    close(logit.estimate, 0.7153846, 7);
    close(logit.standardError, 0.1378875, 7);
    close(logit.designEffect, 1.143195, 6);
    close(logit.effectiveN, 10.49689, 5);
    close(kishDesignEffect(w), 1.143195, 6);
    close(kishEffectiveSampleSize(w), 10.49689, 5);
    close(logit.lower, 0.3615, 6);
    close(logit.upper, 0.917755, 6);
    const beta = surveyProportion(y, w, { method: "beta" });
    close(beta.lower, 0.374155, 6);
    close(beta.upper, 0.935843, 6);
    const mean = surveyProportion(y, w, { method: "mean" });
    close(mean.lower, 0.411896, 6);
    close(mean.upper, 1.018873, 6);
  });

  it.each([
    ["newcombe", 0.009656, 0.263985],
    ["wald", 0.011118, 0.268882],
    ["agresti-caffo", 0.009256, 0.265253],
  ] as const)("differenceOfProportions 74/100 vs 60/100 %s", (method, lower, upper) => {
    const d = differenceOfProportions(
      { successes: 74, trials: 100 },
      { successes: 60, trials: 100 },
      { method },
    );
    close(d.estimate, 0.14, 12);
    close(d.lower, lower, 6);
    close(d.upper, upper, 6);
  });

  it("twoProportionZTest and the equivalent chi-square test", () => {
    const test = twoProportionZTest({ successes: 74, trials: 100 }, { successes: 60, trials: 100 });
    close(test.z, 2.105323, 6);
    close(test.pValue, 0.035263, 6);
    const chi = chiSquareTest(
      [
        [74, 26],
        [60, 40],
      ],
      { yates: false },
    );
    close(chi.statistic, test.z ** 2, 10);
    close(chi.pValue, test.pValue, 10);
  });

  it("margin of error for n = 1000 at 50 %: 3.1 points", () => {
    close(marginOfError(0.5, 1000) * 100, 3.1, 1);
  });
});
