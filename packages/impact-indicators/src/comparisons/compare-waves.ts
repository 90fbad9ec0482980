import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { readBinomialCount } from "../_lib/binomial";
import { normalCritical } from "../_lib/quantiles";
import { describe, invalid, readLevel, readOptions } from "../_lib/validate";
import type { BinomialCount } from "../types";
import { differenceOfProportions } from "./difference-of-proportions";

/** A survey wave summarised by its weighted estimate and standard error (e.g. a {@link SurveyEstimate}). */
export interface WaveEstimate {
  /** The proportion in [0, 1]. */
  readonly estimate: number;
  /** Its standard error (design-based for a weighted survey). */
  readonly standardError: number;
}

/** One wave: raw counts, or a weighted estimate with its standard error. */
export type Wave = BinomialCount | WaveEstimate;

/** Options of {@link compareWaves}. */
export interface CompareWavesOptions {
  /** Confidence level of the interval and of the significance flag; 0.95 by default. */
  level?: number | undefined;
}

/** Result of {@link compareWaves}; every figure is in percentage points. */
export interface WaveComparison {
  /** Change from `before` to `after`, in points (`+3` for 71 % then 74 %). */
  readonly changePoints: number;
  /** Confidence interval of the change, in points. */
  readonly interval: {
    readonly lower: number;
    readonly upper: number;
    readonly level: number;
    readonly method: "newcombe" | "wald";
  };
  /** Whether the change is significant at `level`: the interval excludes 0. */
  readonly significant: boolean;
  /** Two-sided p-value of "no change". */
  readonly pValue: number;
}

/**
 * Compares two independent survey waves for a report: the change in percentage points, its
 * interval and a significance flag at the chosen level.
 *
 * With counts (`{ successes, trials }`) the interval is Newcombe's (as
 * {@link differenceOfProportions}) and the p-value the pooled z test's (as
 * {@link twoProportionZTest}); `significant` follows the interval, which the p-value can
 * contradict by a hair at the boundary. When both waves are at 0 % (or both at 100 %) the change
 * is exactly 0 and the p-value is 1. With weighted estimates (`{ estimate, standardError }`, such
 * as the result of {@link surveyProportion}) the interval is the normal one on
 * `sqrt(seA^2 + seB^2)`, and `significant` is `pValue < 1 - level` (the two agree).
 *
 * @param before - the earlier wave
 * @param after - the later wave
 * @param options - `level` (default 0.95)
 * @returns the change in points, its interval, the flag and the p-value
 * @throws {@link ImpactError} `INVALID_INPUT` for bad counts, estimates or level, or a mix of
 *   counts and estimates
 * @example
 * import { compareWaves } from "@observatoire/impact-indicators";
 * const change = compareWaves({ successes: 60, trials: 100 }, { successes: 74, trials: 100 });
 * [change.changePoints, change.significant, change.interval.lower, change.pValue];
 * //=> [14.00, true, 0.9656, 0.0353]
 * compareWaves({ successes: 60, trials: 100 }, { successes: 74, trials: 100 }, { level: 95 });
 * //=> throws INVALID_INPUT
 */
export function compareWaves(
  before: Wave,
  after: Wave,
  options?: CompareWavesOptions,
): WaveComparison {
  const opts = readOptions(options);
  const level = readLevel(opts.level);
  const countsBefore = isCount(before);
  const countsAfter = isCount(after);
  if (countsBefore !== countsAfter) {
    throw invalid(
      "before and after must both be counts { successes, trials } or both estimates { estimate, standardError }",
      ["after"],
    );
  }
  if (countsBefore) {
    const a = readBinomialCount(after, "after");
    const b = readBinomialCount(before, "before");
    const diff = differenceOfProportions(a, b, { method: "newcombe", level });
    const pooled = (a.successes + b.successes) / (a.trials + b.trials);
    let pValue = 1;
    if (pooled > 0 && pooled < 1) {
      const z =
        (a.successes / a.trials - b.successes / b.trials) /
        Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
      pValue = 2 * normalCdf(-Math.abs(z), 0, 1);
    }
    return {
      changePoints: 100 * diff.estimate,
      interval: { lower: 100 * diff.lower, upper: 100 * diff.upper, level, method: "newcombe" },
      significant: diff.lower > 0 || diff.upper < 0,
      pValue,
    };
  }
  const a = readWaveEstimate(after, "after");
  const b = readWaveEstimate(before, "before");
  const change = a.estimate - b.estimate;
  const se = Math.sqrt(a.standardError ** 2 + b.standardError ** 2);
  const half = normalCritical(level) * se;
  const pValue = se > 0 ? 2 * normalCdf(-Math.abs(change / se), 0, 1) : change === 0 ? 1 : 0;
  return {
    changePoints: 100 * change,
    interval: { lower: 100 * (change - half), upper: 100 * (change + half), level, method: "wald" },
    significant: pValue < 1 - level,
    pValue,
  };
}

function isCount(wave: unknown): boolean {
  return typeof wave === "object" && wave !== null && "successes" in wave;
}

function readWaveEstimate(wave: unknown, name: string): WaveEstimate {
  if (typeof wave !== "object" || wave === null) {
    throw invalid(
      `${name} must be { successes, trials } or { estimate, standardError }, got ${describe(wave)}`,
      [name],
    );
  }
  const { estimate, standardError } = wave as Partial<WaveEstimate>;
  if (typeof estimate !== "number" || !(estimate >= 0 && estimate <= 1)) {
    throw invalid(`${name}.estimate must be a proportion in [0, 1], got ${describe(estimate)}`, [
      name,
      "estimate",
    ]);
  }
  if (
    typeof standardError !== "number" ||
    !(standardError >= 0 && standardError < Number.POSITIVE_INFINITY)
  ) {
    throw invalid(
      `${name}.standardError must be a finite number >= 0, got ${describe(standardError)}`,
      [name, "standardError"],
    );
  }
  return { estimate, standardError };
}
