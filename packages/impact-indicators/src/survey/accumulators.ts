import { ImpactError, type IssuePath } from "@observatoire/impact-core/kernel";
import { DomainSums, type GroupKey } from "../_lib/domain-sums";
import { SAFE_HIGH, SAFE_LOW } from "../_lib/scale";
import { emptySums } from "../_lib/sums";
import { estimateFromSums, type ProportionSums, readSurveyOptions } from "../_lib/survey-core";
import {
  badWeight,
  describe,
  invalid,
  notBinary,
  readCount,
  readNonNegative,
} from "../_lib/validate";
import type { DomainEstimate, SurveyEstimate } from "../types";
import type { SurveyProportionOptions } from "./survey-proportion";

/**
 * The saved state of a {@link ProportionAccumulator}: plain numbers that survive JSON and
 * `postMessage`, so that workers or processes can each accumulate a part and send it back.
 */
export interface ProportionAccumulatorState {
  /** Rows added, zero weights included. */
  readonly rows: number;
  /** Rows with a positive weight. */
  readonly positive: number;
  /** Sum of the weights of rows with value 1. */
  readonly weight1: number;
  /** Sum of the weights of rows with value 0. */
  readonly weight0: number;
  /** Sum of the squared weights of rows with value 1. */
  readonly squares1: number;
  /** Sum of the squared weights of rows with value 0. */
  readonly squares0: number;
}

/** The saved state of one group of a {@link DomainAccumulator}. */
export type DomainGroupState<G extends GroupKey = GroupKey> = ProportionAccumulatorState & {
  /** The group value. */
  readonly group: G;
};

/**
 * A running weighted proportion that can be fed row by row, split across chunks, files or
 * workers and merged: its state is six sums (rows, rows with a positive weight, and per answer
 * 0/1 the sum of weights and of squared weights), from which the linearised variance follows
 * without cancellation. Any split of the rows gives the same result as {@link surveyProportion}
 * with a weights column: each row is its own PSU, in one stratum. For rows with a stratum, a
 * PSU (cluster) or an fpc, use `createDesignAccumulator`, whose
 * `add(value, weight, { stratum, psu, group, fpc })` keeps sums per PSU; `add` here refuses a
 * third argument rather than ignore it.
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
  /** The sums as plain numbers, to send elsewhere and pass to `createProportionAccumulator`. */
  state(): ProportionAccumulatorState;
}

/**
 * A running {@link domainProportions} with a weights column: rows with their group, mergeable
 * like {@link ProportionAccumulator}, each row its own PSU. For strata, clusters or an fpc, use
 * `createDesignAccumulator` (`add(value, weight, { stratum, psu, group, fpc })`); a group given
 * as an object is refused with that hint.
 */
export interface DomainAccumulator<G extends GroupKey = GroupKey> {
  /** Adds one row: a 0/1 value, its weight and its group. Returns the accumulator. */
  add(value: number, weight: number, group: G): DomainAccumulator<G>;
  /** Adds the rows seen by `other` (left unchanged); its new groups come after ours. */
  merge(other: DomainAccumulator<G>): DomainAccumulator<G>;
  /** Rows added so far. */
  readonly rows: number;
  /** One estimate per group, exactly as {@link domainProportions} on the rows added so far. */
  finish(options?: SurveyProportionOptions): DomainEstimate<G>[];
  /** The per-group sums as plain data, to send elsewhere and pass to `createDomainAccumulator`. */
  state(): DomainGroupState<G>[];
}

class ProportionAccumulatorImpl implements ProportionAccumulator {
  readonly sums: ProportionSums = emptySums();

  get rows(): number {
    return this.sums.rows;
  }

  add(value: number, weight: number | undefined = 1, where?: unknown): this {
    // A third argument is not ignored: rows with a stratum and PSU need another variance.
    if (where !== undefined) throw designRowHint(["where"]);
    readAccumulatorWeight(weight, this.sums.rows);
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

  state(): ProportionAccumulatorState {
    return toState(this.sums);
  }

  finish(options?: SurveyProportionOptions): SurveyEstimate {
    const { level, method, df } = readSurveyOptions(options);
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
    if (typeof group === "object" && group !== null) throw designRowHint(["group"]);
    readAccumulatorWeight(weight, this.sums.totalRows);
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

  state(): DomainGroupState<G>[] {
    const out: DomainGroupState<G>[] = [];
    for (let k = 0; k < this.sums.keys.length; k++) {
      out.push({ group: this.sums.keys[k] as G, ...toState(this.sums.sumsOf(k)) });
    }
    return out;
  }

  finish(options?: SurveyProportionOptions): DomainEstimate<G>[] {
    const { level, method, df } = readSurveyOptions(options);
    return this.sums.finish(method, level, df) as DomainEstimate<G>[];
  }
}

function toState(sums: ProportionSums): ProportionAccumulatorState {
  return {
    rows: sums.rows,
    positive: sums.positive,
    weight1: sums.w1,
    weight0: sums.w0,
    squares1: sums.q1,
    squares0: sums.q0,
  };
}

/**
 * Relative slack for the rounding of sums in the consistency checks (a million rows round a sum
 * by less than 1e-9 of it).
 */
const SLACK = 1e-6;

/**
 * The bounds that sums of `positive` weights in the accumulator range, 0 or [2^-400, 2^400],
 * cannot break: `sum w^2 <= (sum w)^2` per answer, `(sum w)^2 <= positive * sum w^2` (Cauchy-
 * Schwarz), `positive * 2^-400 <= sum w <= positive * 2^400`, and no weight without a positive row.
 */
function checkConsistency(sums: ProportionSums, path: IssuePath): void {
  const { positive, w1, w0, q1, q0 } = sums;
  const fail = (message: string, field: string): never => {
    throw invalid(`inconsistent state: ${message}`, [...path, field]);
  };
  if (sums.rows > Number.MAX_SAFE_INTEGER) {
    fail(
      `rows (${sums.rows}) is above Number.MAX_SAFE_INTEGER, more rows than can be counted`,
      "rows",
    );
  }
  if (positive === 0) {
    if (w1 !== 0 || w0 !== 0 || q1 !== 0 || q0 !== 0) {
      fail("positive is 0 but the weight sums are not 0", "positive");
    }
    return;
  }
  const total = w1 + w0;
  if (!(total >= positive * SAFE_LOW * (1 - SLACK))) {
    fail(
      `${positive} rows with a positive weight (each at least 2^-400) cannot sum to ${total}`,
      "weight1",
    );
  }
  if (total > positive * SAFE_HIGH * (1 + SLACK)) {
    fail(`${positive} weights of at most 2^400 cannot sum to ${total}`, "weight1");
  }
  if (q1 + q0 > positive * SAFE_HIGH * SAFE_HIGH * (1 + SLACK)) {
    fail(
      `${positive} weights of at most 2^400 cannot have squares summing to ${q1 + q0}`,
      "squares1",
    );
  }
  if (q1 > w1 * w1 * (1 + SLACK) || (w1 > 0 && !(q1 > 0))) {
    fail(`squares1 (${q1}) is impossible for weights summing to weight1 (${w1})`, "squares1");
  }
  if (q0 > w0 * w0 * (1 + SLACK) || (w0 > 0 && !(q0 > 0))) {
    fail(`squares0 (${q0}) is impossible for weights summing to weight0 (${w0})`, "squares0");
  }
  if (total * total > positive * (q1 + q0) * (1 + SLACK)) {
    fail(
      `squares1 + squares0 (${q1 + q0}) is below (sum of weights)^2 / positive, the least ${positive} weights summing to ${total} can give`,
      "squares1",
    );
  }
}

/** The refusal of a row given with where it sits in a design, pointing to the right accumulator. */
function designRowHint(path: IssuePath): ImpactError {
  return invalid(
    "this accumulator treats every row as its own PSU in a single stratum; for rows with a stratum, PSU or fpc use createDesignAccumulator(), whose add(value, weight, { stratum, psu, group, fpc }) keeps sums per PSU",
    path,
  );
}

/**
 * @internal Accumulators save unscaled sums (plain numbers anyone can add), so they take a weight of 0
 * or in [2^-400, 2^400] (about 3.9e-121 to 2.6e120): the sums of their squares then neither
 * overflow nor underflow. Batch functions scale and take any finite weight.
 */
export function readAccumulatorWeight(weight: unknown, row: number): void {
  if (typeof weight !== "number" || !(weight >= 0 && weight < Number.POSITIVE_INFINITY)) {
    throw badWeight(weight, row, "weight");
  }
  if (weight !== 0 && !(weight >= SAFE_LOW && weight <= SAFE_HIGH)) {
    throw invalid(
      `weight must be 0 or between 2^-400 (about 3.9e-121) and 2^400 (about 2.6e120) in an accumulator, got ${weight}; divide the weights by a common factor (the estimate does not change) or use surveyProportion / domainProportions, which scale any finite weights`,
      ["weight"],
    );
  }
}

function readState(state: unknown, path: IssuePath): ProportionSums {
  if (typeof state !== "object" || state === null) {
    throw invalid(`the state must be an object made by state(), got ${describe(state)}`, path);
  }
  const record = state as Record<string, unknown>;
  for (const key of ["rows", "positive"] as const) readCount(record[key], [...path, key], key);
  for (const key of ["weight1", "weight0", "squares1", "squares0"] as const) {
    readNonNegative(record[key], [...path, key], key);
  }
  const sums: ProportionSums = {
    rows: record.rows as number,
    positive: record.positive as number,
    w1: record.weight1 as number,
    w0: record.weight0 as number,
    q1: record.squares1 as number,
    q0: record.squares0 as number,
  };
  if (sums.positive > sums.rows) {
    throw invalid(`positive (${sums.positive}) cannot exceed rows (${sums.rows})`, [
      ...path,
      "positive",
    ]);
  }
  checkConsistency(sums, path);
  return sums;
}

/**
 * Creates a {@link ProportionAccumulator}: feed rows with `add`, combine partial results with
 * `merge`, read the estimate with `finish` (the same options and result as
 * {@link surveyProportion} with a weights column). Pass the `state()` of another accumulator
 * (for instance received from a worker as JSON) to start from its rows. Rows of a design with
 * strata, clusters or an fpc go to `createDesignAccumulator` instead.
 *
 * @param state - optional saved sums to start from; empty by default
 * @returns a new accumulator
 * @throws {@link ImpactError} `INVALID_INPUT` for a malformed state or one no rows could
 *   give (squares below what the weights allow, weights without a positive row; path
 *   `["state", field]`), and from `add` (`INVALID_INPUT` for a value other than 0/1, a bad weight
 *   or a positive weight outside [2^-400, 2^400], the range whose squares an unscaled state holds), `merge` (`INVALID_INPUT` for a foreign object) and `finish` (as surveyProportion)
 * @example
 * import { createProportionAccumulator, surveyProportion } from "@observatoire/impact-indicators";
 * const left = createProportionAccumulator().add(1, 0.8).add(1, 1.2).add(0, 0.6);
 * const right = createProportionAccumulator().add(1, 2).add(0, 1);
 * const merged = left.merge(right).finish({ df: Infinity });
 * const direct = surveyProportion([1, 1, 0, 1, 0], [0.8, 1.2, 0.6, 2, 1], { df: Infinity });
 * [merged.estimate, Math.abs(merged.upper - direct.upper) < 1e-12];
 * //=> [0.71428571, true]
 * const copy = createProportionAccumulator(JSON.parse(JSON.stringify(left.state())));
 * copy.finish({ df: Infinity }).upper === merged.upper;
 * //=> true
 * createProportionAccumulator().add(2);
 * //=> throws INVALID_INPUT
 */
export function createProportionAccumulator(
  state?: ProportionAccumulatorState,
): ProportionAccumulator {
  const accumulator = new ProportionAccumulatorImpl();
  if (state !== undefined) Object.assign(accumulator.sums, readState(state, ["state"]));
  return accumulator;
}

/**
 * Creates a {@link DomainAccumulator}, the mergeable form of {@link domainProportions} with a
 * weights column, empty or from the `state()` of another one. Rows of a design with strata,
 * clusters or an fpc go to `createDesignAccumulator` instead.
 *
 * @param state - optional saved per-group sums to start from; empty by default
 * @returns a new accumulator
 * @throws {@link ImpactError} `INVALID_INPUT` for a malformed or inconsistent state (path
 *   `["state", i, field]`), and from `add` (`INVALID_INPUT` for a bad value, weight or group, or
 *   a positive weight outside [2^-400, 2^400]),
 *   `merge` and `finish` (as domainProportions)
 * @example
 * import { createDomainAccumulator } from "@observatoire/impact-indicators";
 * const north = createDomainAccumulator().add(1, 1, "nord").add(0, 1, "nord").add(1, 2, "sud");
 * const south = createDomainAccumulator().add(1, 1, "sud").add(1, 1, "nord");
 * north.merge(south).finish({ df: Infinity }).map((row) => [row.group, row.n]);
 * //=> [["nord", 3], ["sud", 2]]
 * createDomainAccumulator(north.state()).rows;
 * //=> 5
 * createDomainAccumulator([{ group: "nord", rows: 1, positive: 2, weight1: 1, weight0: 0, squares1: 1, squares0: 0 }]);
 * //=> throws INVALID_INPUT
 */
export function createDomainAccumulator<G extends GroupKey = GroupKey>(
  state?: readonly DomainGroupState<G>[],
): DomainAccumulator<G> {
  const accumulator = new DomainAccumulatorImpl<G>();
  if (state === undefined) return accumulator;
  if (!Array.isArray(state)) {
    throw invalid(`the state must be an array made by state(), got ${describe(state)}`, ["state"]);
  }
  const seen = new Set<GroupKey>();
  const groups = state.map((entry, i) => {
    const sums = readState(entry, ["state", i]);
    const group = (entry as { group?: unknown }).group;
    if (!(typeof group === "string" || (typeof group === "number" && Number.isFinite(group)))) {
      throw invalid(`the group must be a string or a finite number, got ${describe(group)}`, [
        "state",
        i,
        "group",
      ]);
    }
    if (seen.has(group)) {
      throw invalid(`group ${describe(group)} appears twice in the state`, ["state", i, "group"]);
    }
    seen.add(group);
    return { group, sums };
  });
  for (const { group, sums } of groups) accumulator.sums.restore(group, sums);
  return accumulator;
}
