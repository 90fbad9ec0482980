import { ImpactError } from "@observatoire/impact-core";
import { DomainSums, type GroupKey } from "../_lib/domain-sums";
import { emptySums } from "../_lib/sums";
import { estimateFromSums, type ProportionSums, readDf, SURVEY_METHODS } from "../_lib/survey-core";
import {
  badWeight,
  invalid,
  notBinary,
  readLevel,
  readMethod,
  readOptions,
} from "../_lib/validate";
import type { DomainEstimate, SurveyEstimate } from "../types";
import type { SurveyProportionOptions } from "./survey-proportion";

/**
 * A running weighted proportion that can be fed row by row, split across workers or files and
 * merged: its state is six sums (rows, rows with a positive weight, and per answer 0/1 the sum of
 * weights and of squared weights), from which the linearised variance follows without
 * cancellation. Any split of the rows gives the same result as {@link surveyProportion}.
 */
export interface ProportionAccumulator {
  /** Adds one row: a 0/1 value and its weight (1 when omitted). Returns the accumulator. */
  add(value: number, weight?: number | undefined): ProportionAccumulator;
  /** Adds the rows seen by `other` (which is left unchanged). Returns this accumulator. */
  merge(other: ProportionAccumulator): ProportionAccumulator;
  /** Rows added so far. */
  readonly rows: number;
  /** The estimate of the rows added so far, exactly as {@link surveyProportion} on them. */
  finish(options?: SurveyProportionOptions): SurveyEstimate;
}

/** A running {@link domainProportions}: rows with their group, mergeable like {@link ProportionAccumulator}. */
export interface DomainAccumulator<G extends GroupKey = GroupKey> {
  /** Adds one row: a 0/1 value, its weight and its group. Returns the accumulator. */
  add(value: number, weight: number, group: G): DomainAccumulator<G>;
  /** Adds the rows seen by `other` (left unchanged); its new groups come after ours. */
  merge(other: DomainAccumulator<G>): DomainAccumulator<G>;
  /** Rows added so far. */
  readonly rows: number;
  /** One estimate per group, exactly as {@link domainProportions} on the rows added so far. */
  finish(options?: SurveyProportionOptions): DomainEstimate<G>[];
}

class ProportionAccumulatorImpl implements ProportionAccumulator {
  readonly sums: ProportionSums = emptySums();

  get rows(): number {
    return this.sums.rows;
  }

  add(value: number, weight: number | undefined = 1): this {
    if (typeof weight !== "number" || !(weight >= 0 && weight < Number.POSITIVE_INFINITY)) {
      throw badWeight(weight, this.sums.rows, "weight");
    }
    const s = this.sums;
    if (value === 1) {
      s.w1 += weight;
      s.q1 += weight * weight;
    } else if (value === 0) {
      s.w0 += weight;
      s.q0 += weight * weight;
    } else {
      throw notBinary(value, s.rows, "value");
    }
    s.rows++;
    if (weight > 0) s.positive++;
    return this;
  }

  merge(other: ProportionAccumulator): this {
    if (!(other instanceof ProportionAccumulatorImpl)) {
      throw invalid("merge expects an accumulator made by createProportionAccumulator()", [
        "other",
      ]);
    }
    if (other === this) {
      throw invalid("an accumulator cannot be merged into itself", ["other"]);
    }
    const a = this.sums;
    const b = other.sums;
    a.rows += b.rows;
    a.positive += b.positive;
    a.w1 += b.w1;
    a.w0 += b.w0;
    a.q1 += b.q1;
    a.q0 += b.q0;
    return this;
  }

  finish(options?: SurveyProportionOptions): SurveyEstimate {
    const opts = readOptions(options);
    const level = readLevel(opts.level);
    const method = readMethod(opts.method, SURVEY_METHODS, "logit");
    const df = readDf(opts.df);
    if (this.sums.rows === 0) {
      throw new ImpactError("EMPTY_SAMPLE", "the accumulator has no rows", { path: [] });
    }
    return estimateFromSums({ ...this.sums }, method, level, df, {
      designRows: this.sums.rows,
      betaRows: this.sums.rows,
      label: "the sample",
      path: [],
    });
  }
}

class DomainAccumulatorImpl<G extends GroupKey> implements DomainAccumulator<G> {
  readonly sums = new DomainSums();

  get rows(): number {
    return this.sums.totalRows;
  }

  add(value: number, weight: number, group: G): this {
    this.sums.addRow(value, weight, group, this.sums.totalRows);
    return this;
  }

  merge(other: DomainAccumulator<G>): this {
    if (!(other instanceof DomainAccumulatorImpl)) {
      throw invalid("merge expects an accumulator made by createDomainAccumulator()", ["other"]);
    }
    if (other === this) {
      throw invalid("an accumulator cannot be merged into itself", ["other"]);
    }
    this.sums.merge(other.sums);
    return this;
  }

  finish(options?: SurveyProportionOptions): DomainEstimate<G>[] {
    const opts = readOptions(options);
    const level = readLevel(opts.level);
    const method = readMethod(opts.method, SURVEY_METHODS, "logit");
    const df = readDf(opts.df);
    return this.sums.finish(method, level, df) as DomainEstimate<G>[];
  }
}

/**
 * Creates an empty {@link ProportionAccumulator}: feed rows with `add`, combine partial results
 * with `merge`, read the estimate with `finish` (the same options and result as
 * {@link surveyProportion}).
 *
 * @returns a new, empty accumulator
 * @throws {@link ImpactError} from `add` (`INVALID_INPUT` for a value other than 0/1 or a bad
 *   weight), `merge` (`INVALID_INPUT` for a foreign object) and `finish` (as surveyProportion)
 * @example
 * import { createProportionAccumulator, surveyProportion } from "@observatoire/impact-indicators";
 * const left = createProportionAccumulator().add(1, 0.8).add(1, 1.2).add(0, 0.6);
 * const right = createProportionAccumulator().add(1, 2).add(0, 1);
 * const merged = left.merge(right).finish({ df: Infinity });
 * const direct = surveyProportion([1, 1, 0, 1, 0], [0.8, 1.2, 0.6, 2, 1], { df: Infinity });
 * [merged.estimate, Math.abs(merged.upper - direct.upper) < 1e-12];
 * //=> [0.71428571, true]
 * createProportionAccumulator().add(2);
 * //=> throws INVALID_INPUT
 */
export function createProportionAccumulator(): ProportionAccumulator {
  return new ProportionAccumulatorImpl();
}

/**
 * Creates an empty {@link DomainAccumulator}, the mergeable form of {@link domainProportions}.
 *
 * @returns a new, empty accumulator
 * @throws {@link ImpactError} from `add` (`INVALID_INPUT` for a bad value, weight or group),
 *   `merge` and `finish` (as domainProportions)
 * @example
 * import { createDomainAccumulator } from "@observatoire/impact-indicators";
 * const north = createDomainAccumulator().add(1, 1, "nord").add(0, 1, "nord").add(1, 2, "sud");
 * const south = createDomainAccumulator().add(1, 1, "sud").add(1, 1, "nord");
 * north.merge(south).finish({ df: Infinity }).map((row) => [row.group, row.n]);
 * //=> [["nord", 3], ["sud", 2]]
 */
export function createDomainAccumulator<G extends GroupKey = GroupKey>(): DomainAccumulator<G> {
  return new DomainAccumulatorImpl<G>();
}
