// Hostile numbers (issue 16): every case below gave NaN, Infinity or a wrong number before.
import { describe, expect, test } from "vitest";
import {
  chiSquareTest,
  compositeIndex,
  createDomainAccumulator,
  createProportionAccumulator,
  differenceOfProportions,
  domainProportions,
  kishDesignEffect,
  kishEffectiveSampleSize,
  MAX_COLUMN_LENGTH,
  marginOfError,
  normalize,
  postStratify,
  proportionInterval,
  surveyProportion,
  trimWeights,
} from "../index";
import { expectImpactError } from "../weighting/_lib/test-helpers";

function relClose(actual: number, expected: number, tolerance = 1e-12): void {
  const gap = Math.abs(actual - expected);
  if (!(gap <= tolerance * Math.max(Math.abs(expected), Number.MIN_VALUE))) {
    expect.fail(`got ${actual}, expected ${expected} (gap ${gap})`);
  }
}

function sameEstimate(
  scaled: ReturnType<typeof surveyProportion>,
  unit: ReturnType<typeof surveyProportion>,
): void {
  for (const key of [
    "estimate",
    "lower",
    "upper",
    "standardError",
    "effectiveN",
    "designEffect",
  ] as const) {
    relClose(scaled[key], unit[key]);
  }
}

describe("overflow and underflow of weights", () => {
  const unit = surveyProportion([1, 0, 1], [1, 1, 1]);

  test("weights of 1e200 give the same estimate and standard error as unit weights", () => {
    const big = surveyProportion([1, 0, 1], [1e200, 1e200, 1e200]);
    sameEstimate(big, unit);
    relClose(big.sumWeights, 3e200);
  });

  test("weights of 1e-160 give the same standard error as unit weights", () => {
    const tiny = surveyProportion([1, 0, 1], [1e-160, 1e-160, 1e-160]);
    sameEstimate(tiny, unit);
    relClose(tiny.sumWeights, 3e-160);
  });

  test("weights summing past Number.MAX_VALUE are refused, not estimated as 0", () => {
    expectImpactError(
      () => surveyProportion([1, 0], [Number.MAX_VALUE, Number.MAX_VALUE]),
      "INVALID_INPUT",
      ["weights"],
    );
    // Each is representable, so is their estimate when the sum is.
    sameEstimate(
      surveyProportion([1, 0], [Number.MAX_VALUE / 4, Number.MAX_VALUE / 4]),
      surveyProportion([1, 0], [1, 1]),
    );
  });

  test("domainProportions scales its weights too", () => {
    const big = domainProportions([1, 0, 1, 0], [1e200, 3e200, 2e200, 1e200], ["a", "a", "b", "b"]);
    const unit = domainProportions([1, 0, 1, 0], [1, 3, 2, 1], ["a", "a", "b", "b"]);
    for (let g = 0; g < 2; g++) sameEstimate(big[g] as never, unit[g] as never);
  });

  test("an accumulator refuses weights whose squares it cannot hold, and says the range", () => {
    const acc = createProportionAccumulator().add(1, 1e120);
    expect(() => acc.add(1, 1e308)).toThrow(/2\^400/);
    expectImpactError(() => createProportionAccumulator().add(1, 1e308), "INVALID_INPUT", [
      "weight",
    ]);
    expectImpactError(() => createDomainAccumulator().add(1, 1e-160, "a"), "INVALID_INPUT", [
      "weight",
    ]);
    // Its state stays finite and restores.
    const restored = createProportionAccumulator(JSON.parse(JSON.stringify(acc.state())));
    expect(restored.state()).toEqual(acc.state());
  });

  test("kishEffectiveSampleSize and kishDesignEffect of huge and tiny weights", () => {
    expect(kishEffectiveSampleSize([1e200, 1e200])).toBe(2);
    expect(kishDesignEffect([1e200, 1e200])).toBe(1);
    relClose(kishEffectiveSampleSize([1e-170, 1e-170, 1e-170]), 3);
    relClose(kishEffectiveSampleSize([Number.MAX_VALUE, Number.MAX_VALUE / 2]), 1.8);
  });

  test("chiSquareTest on counts of 1e200 scales with the counts", () => {
    const big = chiSquareTest(
      [
        [1e200, 2e200],
        [3e200, 1e200],
      ],
      { yates: false },
    );
    const unit = chiSquareTest(
      [
        [1, 2],
        [3, 1],
      ],
      { yates: false },
    );
    relClose(big.statistic, unit.statistic * 1e200);
    expect(big.pValue).toBe(0);
    expectImpactError(
      () =>
        chiSquareTest([
          [Number.MAX_VALUE, Number.MAX_VALUE],
          [1, 1],
        ]),
      "INVALID_INPUT",
      ["table"],
    );
  });

  test("compositeIndex of values near the largest double", () => {
    expect(compositeIndex([[1e308, 1e308]])).toEqual([1e308]);
    relClose(compositeIndex([[1e308, 5e307]], { weights: [1, 3] })[0] as number, 0.625e308);
    relClose(
      compositeIndex([[1e-320, 1e-320]], { aggregation: "harmonic" })[0] as number,
      1e-320,
      1e-3,
    );
  });

  test("z-scores of huge values and of values one ulp apart", () => {
    const z = normalize([1e200, 2e200, 3e200], { method: "z-score" }) as number[];
    relClose(z[0] as number, -1, 1e-15);
    relClose(z[2] as number, 1, 1e-15);
    expect(Math.abs(z[1] as number)).toBeLessThan(1e-15);
    const close = normalize([1, 1 + 2 ** -52, 1], { method: "z-score" }) as number[];
    const r = 1 / Math.sqrt(3);
    for (const [i, x] of close.entries()) relClose(x, [-r, 2 * r, -r][i] as number, 1e-12);
  });

  test("postStratify gives finite weights for a target far above tiny weights", () => {
    const { weights } = postStratify({
      weights: [1e-300, 3e-300],
      codes: ["a", "a"],
      targets: { a: 1e300 },
    });
    relClose(weights[0] as number, 0.25e300);
    relClose(weights[1] as number, 0.75e300);
  });

  test("trimWeights refuses weights summing past the largest double instead of leaving them", () => {
    expectImpactError(() => trimWeights([1e308, 1e308, 1], { upper: 10 }), "INVALID_INPUT", [
      "weights",
    ]);
    expect(Array.from(trimWeights([1e300, 1, 1], { upper: 1e299 }).weights)[0]).toBe(1e299);
  });
});

describe("levels near 1 and extreme degrees of freedom", () => {
  const L = 0.9999999999999999;
  const z = 8.2923610758135951; // R 4.2.2: qnorm(2^-53 / 2, lower.tail = FALSE)

  test("every interval method gives a finite interval at level 1 - 2^-53", () => {
    for (const method of [
      "wald",
      "wilson",
      "agresti-coull",
      "clopper-pearson",
      "jeffreys",
    ] as const) {
      const i = proportionInterval(5, 10, { method, level: L });
      expect([i.lower, i.upper].every(Number.isFinite), method).toBe(true);
      expect(i.lower).toBeLessThan(0.5);
    }
    const wilson = proportionInterval(5, 10, { level: L });
    relClose(
      wilson.upper,
      (0.5 + (z * z) / 20 + z * Math.sqrt(0.025 + (z * z) / 400)) / (1 + (z * z) / 10),
    );
    const d = differenceOfProportions(
      { successes: 5, trials: 10 },
      { successes: 3, trials: 10 },
      { level: L },
    );
    expect([d.lower, d.upper].every(Number.isFinite)).toBe(true);
    relClose(marginOfError(0.5, 100, { level: L }), z * 0.05);
    for (const method of ["logit", "mean", "beta", "asin"] as const) {
      const s = surveyProportion([1, 0, 1, 0, 1], [1, 2, 1, 1, 1], { method, level: L });
      expect([s.lower, s.upper].every(Number.isFinite), method).toBe(true);
    }
    const mean = surveyProportion([1, 0, 1, 0, 1], undefined, {
      method: "mean",
      level: L,
      df: Infinity,
    });
    relClose(mean.upper - mean.estimate, z * mean.standardError);
  });

  test("df 1e17 gives the normal-quantile width, not a zero-width interval", () => {
    const huge = surveyProportion([1, 0, 1, 0, 1], undefined, { method: "mean", df: 1e17 });
    const normal = surveyProportion([1, 0, 1, 0, 1], undefined, { method: "mean", df: Infinity });
    relClose(huge.upper, normal.upper);
    // R 4.2.2: qt(0.025, 1e17, lower.tail = FALSE) = 1.959963984540054
    relClose((huge.upper - huge.estimate) / huge.standardError, 1.959963984540054, 1e-14);
    const large = surveyProportion([1, 0, 1, 0, 1], undefined, { method: "mean", df: 1e12 });
    // R 4.2.2: qt(0.025, 1e12, lower.tail = FALSE) = 1.9599639845424262
    relClose((large.upper - large.estimate) / large.standardError, 1.9599639845424262, 1e-14);
  });

  test("a df so small that the quantile is infinite is refused", () => {
    expectImpactError(
      () => surveyProportion([1, 0, 1, 0, 1], undefined, { method: "mean", df: 1e-3 }),
      "INVALID_INPUT",
      ["options", "df"],
    );
  });
});

describe("accumulator states are checked for consistency", () => {
  const good = { rows: 3, positive: 3, weight1: 2, weight0: 1, squares1: 2, squares0: 1 };

  test("a consistent state restores", () => {
    expect(createProportionAccumulator(good).rows).toBe(3);
  });

  test.each([
    ["squares below what the weights allow", { ...good, squares1: 0.1, squares0: 0.1 }, "squares1"],
    ["squares above the square of the sum", { ...good, squares1: 5 }, "squares1"],
    ["weights with no positive row", { ...good, positive: 0 }, "positive"],
    [
      "a positive count with no weight",
      { ...good, weight1: 0, weight0: 0, squares1: 0, squares0: 0 },
      "weight1",
    ],
    ["a weight sum with zero squares", { ...good, squares0: 0 }, "squares0"],
    [
      "sums beyond what 2^400 weights give",
      { ...good, weight1: 1e300, squares1: 1e300 },
      "weight1",
    ],
  ])("%s is refused", (_, state, field) => {
    expectImpactError(() => createProportionAccumulator(state), "INVALID_INPUT", ["state", field]);
    expectImpactError(() => createDomainAccumulator([{ group: "a", ...state }]), "INVALID_INPUT", [
      "state",
      0,
      field,
    ]);
  });
});

describe("lengths, holes and undefined", () => {
  const sparse = new Array(2 ** 32 - 1);

  test("a sparse array of length 2^32 - 1 is refused before any allocation", () => {
    expectImpactError(() => chiSquareTest(sparse), "INVALID_INPUT", ["table"]);
    expectImpactError(() => chiSquareTest([sparse, sparse]), "INVALID_INPUT", ["table", 0]);
    expectImpactError(() => trimWeights(sparse, { upper: 2 }), "INVALID_INPUT", ["weights"]);
    expectImpactError(() => surveyProportion(sparse), "INVALID_INPUT", ["values"]);
    expectImpactError(() => kishDesignEffect(sparse), "INVALID_INPUT", ["weights"]);
    expectImpactError(() => normalize(sparse, { method: "rank" }), "INVALID_INPUT", ["values"]);
    expectImpactError(() => compositeIndex([sparse]), "INVALID_INPUT", ["rows", 0]);
    expectImpactError(() => postStratify({ codes: sparse, targets: { a: 1 } }), "INVALID_INPUT", [
      "weights",
    ]);
    expect(() => trimWeights(sparse, { upper: 2 })).toThrow(/MAX_COLUMN_LENGTH/);
  });

  test("a hole or undefined in a long sparse array is reported at its index, at once", () => {
    const holey = new Array(MAX_COLUMN_LENGTH);
    holey[0] = 1;
    holey[1] = 0;
    const started = performance.now();
    expectImpactError(() => surveyProportion(holey), "INVALID_INPUT", ["values", 2]);
    expectImpactError(() => trimWeights(holey, { upper: 2 }), "INVALID_INPUT", ["weights", 2]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test("domainProportions refuses an undefined or missing group at its index", () => {
    expectImpactError(
      () => domainProportions([1, 0, 1], undefined, [undefined, "a", "a"] as never),
      "INVALID_INPUT",
      ["groups", 0],
    );
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    const holes = [, "a", "b", "a"];
    expectImpactError(
      () => domainProportions([1, 0, 1, 1], undefined, holes as never),
      "INVALID_INPUT",
      ["groups", 0],
    );
    expectImpactError(
      () => domainProportions([1, 0, 1, 1], undefined, ["a", "b", undefined, "a"] as never),
      "INVALID_INPUT",
      ["groups", 2],
    );
  });
});
