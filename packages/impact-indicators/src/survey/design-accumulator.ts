import { ImpactError } from "@observatoire/impact-core/kernel";
import { designEstimates, proportionFromLinear } from "../_lib/design-estimate";
import type { LinearEstimate } from "../_lib/design-variance";
import type { GroupKey } from "../_lib/domain-sums";
import { meanDeff, readDf, SURVEY_METHODS } from "../_lib/survey-core";
import {
  describe,
  invalid,
  notBinary,
  readCount,
  readLevel,
  readMethod,
  readNonNegative,
  readOptions,
} from "../_lib/validate";
import { designColumns, type LonelyPsu, surveyDesign } from "../design/survey-design";
import type { DomainEstimate, SurveyEstimate } from "../types";
import { readAccumulatorWeight } from "./accumulators";
import type { SurveyProportionOptions } from "./survey-proportion";

/** Where a row sits in the design, for {@link DesignAccumulator.add}. */
export interface DesignRow<G extends GroupKey = GroupKey> {
  /** The row's stratum (one stratum when omitted). */
  readonly stratum?: GroupKey | undefined;
  /** The row's PSU, nested in its stratum (the row is its own PSU when omitted). */
  readonly psu?: GroupKey | undefined;
  /** The row's domain, for `finishDomains`. */
  readonly group?: G | undefined;
  /** The fpc of the row's stratum, as `surveyDesign` reads it (the same on every row of it). */
  readonly fpc?: number | undefined;
}

/** One cell of a {@link DesignAccumulatorState}: the sums of the rows of one PSU and domain. */
export interface DesignCellState {
  readonly stratum: GroupKey;
  readonly psu: GroupKey;
  readonly group: GroupKey | null;
  /** Rows, zero weights included. */
  readonly rows: number;
  /** Rows with a positive weight. */
  readonly positive: number;
  /** Sum of the weights. */
  readonly weight: number;
  /** Sum of the weights of the rows with value 1. */
  readonly weight1: number;
  /** Sum of the squared weights. */
  readonly squares: number;
}

/** The saved state of a {@link DesignAccumulator}: plain data for JSON and `postMessage`. */
export interface DesignAccumulatorState {
  readonly lonelyPsu: LonelyPsu;
  readonly cells: readonly DesignCellState[];
  /** The fpc of each stratum that has one. */
  readonly fpc: readonly { readonly stratum: GroupKey; readonly value: number }[];
}

/**
 * A running {@link surveyProportion} / {@link domainProportions} on a design with strata and
 * clusters: each row comes with its stratum, PSU, domain and fpc; the state is a few sums per PSU
 * and domain, which merge across chunks, files and workers and give the numbers of the design
 * built from all the rows.
 */
export interface DesignAccumulator<G extends GroupKey = GroupKey> {
  /** Adds one row: a 0/1 value, its weight and where it sits. Returns the accumulator. */
  add(value: number, weight: number, row?: DesignRow<G>): DesignAccumulator<G>;
  /** Adds the rows of `other` (left unchanged). Returns this accumulator. */
  merge(other: DesignAccumulator<G>): DesignAccumulator<G>;
  /** Rows added so far. */
  readonly rows: number;
  /** The whole sample's estimate, as `surveyProportion(values, design, options)`. */
  finish(options?: SurveyProportionOptions): SurveyEstimate;
  /** One estimate per domain, as `domainProportions(values, design, groups, options)`. */
  finishDomains(options?: SurveyProportionOptions): DomainEstimate<G>[];
  /** The sums as plain data, for `createDesignAccumulator`. */
  state(): DesignAccumulatorState;
}

interface Cell {
  stratum: GroupKey;
  psu: GroupKey;
  group: GroupKey | null;
  rows: number;
  positive: number;
  weight: number;
  weight1: number;
  squares: number;
}

const isLabel = (v: unknown): v is GroupKey =>
  typeof v === "string" || (typeof v === "number" && Number.isFinite(v));

const keyOf = (v: GroupKey | null) =>
  v === null ? "n" : `${typeof v === "string" ? "s" : "d"}${v}`;

class DesignAccumulatorImpl<G extends GroupKey> implements DesignAccumulator<G> {
  readonly cells: Cell[] = [];
  readonly index = new Map<string, number>();
  readonly fpc = new Map<string, { stratum: GroupKey; value: number }>();
  total = 0;
  // Rows without a PSU are their own PSU: a token per accumulator keeps them apart after merges
  // (also across workers, whose counters would collide).
  private readonly token =
    `\u0000${Math.random().toString(36).slice(2)}${Date.now().toString(36)}:`;

  constructor(readonly lonelyPsu: LonelyPsu) {}

  get rows(): number {
    return this.total;
  }

  cell(stratum: GroupKey, psu: GroupKey, group: GroupKey | null): Cell {
    const key = `${keyOf(stratum)}\u0000${keyOf(psu)}\u0000${keyOf(group)}`;
    const found = this.index.get(key);
    if (found !== undefined) return this.cells[found] as Cell;
    const cell: Cell = {
      stratum,
      psu,
      group,
      rows: 0,
      positive: 0,
      weight: 0,
      weight1: 0,
      squares: 0,
    };
    this.index.set(key, this.cells.length);
    this.cells.push(cell);
    return cell;
  }

  setFpc(stratum: GroupKey, value: number, path: (string | number)[]): void {
    const key = keyOf(stratum);
    const known = this.fpc.get(key);
    if (known === undefined) this.fpc.set(key, { stratum, value });
    else if (known.value !== value) {
      throw invalid(
        `fpc ${value} differs from ${known.value} given earlier for stratum ${describe(stratum)}`,
        path,
      );
    }
  }

  add(value: number, weight: number, row?: DesignRow<G>): this {
    const r = this.total;
    readAccumulatorWeight(weight, r);
    if (value !== 0 && value !== 1) throw notBinary(value, r, "value");
    const where = readOptions(row, "row");
    const stratum = where.stratum ?? 1;
    const group = where.group ?? null;
    for (const [name, v] of [
      ["stratum", stratum],
      ["group", group ?? 0],
    ] as const) {
      if (!isLabel(v)) {
        throw invalid(`${name} must be a string or a finite number, got ${describe(v)}`, [
          "row",
          name,
        ]);
      }
    }
    let psu: GroupKey;
    if (where.psu === undefined) psu = `${this.token}${r}`;
    else if (isLabel(where.psu)) psu = where.psu;
    else {
      throw invalid(`psu must be a string or a finite number, got ${describe(where.psu)}`, [
        "row",
        "psu",
      ]);
    }
    if (where.fpc !== undefined) {
      if (typeof where.fpc !== "number" || !(where.fpc > 0 && Number.isFinite(where.fpc))) {
        throw invalid(`fpc must be a positive number, got ${describe(where.fpc)}`, ["row", "fpc"]);
      }
      this.setFpc(stratum, where.fpc, ["row", "fpc"]);
    }
    const cell = this.cell(stratum, psu, group);
    cell.rows++;
    if (weight > 0) cell.positive++;
    cell.weight += weight;
    if (value === 1) cell.weight1 += weight;
    cell.squares += weight * weight;
    this.total++;
    return this;
  }

  merge(other: DesignAccumulator<G>): this {
    if (!(other instanceof DesignAccumulatorImpl) || other === this) {
      throw invalid("merge expects another accumulator made by createDesignAccumulator()", [
        "other",
      ]);
    }
    if (other.lonelyPsu !== this.lonelyPsu) {
      throw invalid(
        `the accumulators have different lonelyPsu rules ("${this.lonelyPsu}", "${other.lonelyPsu}")`,
        ["other"],
      );
    }
    for (const { stratum, value } of other.fpc.values()) this.setFpc(stratum, value, ["other"]);
    for (const c of other.cells) {
      const cell = this.cell(c.stratum, c.psu, c.group);
      cell.rows += c.rows;
      cell.positive += c.positive;
      cell.weight += c.weight;
      cell.weight1 += c.weight1;
      cell.squares += c.squares;
    }
    this.total += other.total;
    return this;
  }

  state(): DesignAccumulatorState {
    return {
      lonelyPsu: this.lonelyPsu,
      cells: this.cells.map((c) => ({ ...c })),
      fpc: [...this.fpc.values()].map((f) => ({ ...f })),
    };
  }

  /**
   * Runs the design engine on one pseudo-row per cell (weight: the cell's weight; value: its
   * weighted mean): the PSU totals of the influence values, the domains' sums and the design's
   * PSU counts are those of the rows, so the estimates are; the per-row summaries (rows with a
   * positive weight, squared weights, deff) come from the cells' sums.
   */
  private run(
    grouped: boolean,
    options: SurveyProportionOptions | undefined,
  ): (SurveyEstimate & { group?: GroupKey })[] {
    const opts = readOptions(options);
    const level = readLevel(opts.level);
    const method = readMethod(opts.method, SURVEY_METHODS, "logit");
    const df = readDf(opts.df);
    if (this.total === 0) {
      throw new ImpactError("EMPTY_SAMPLE", "the accumulator has no rows", { path: [] });
    }
    const cells = this.cells;
    if (grouped && cells.some((c) => c.group === null)) {
      throw invalid("finishDomains needs a group on every row", ["group"]);
    }
    const fpc =
      this.fpc.size === 0
        ? undefined
        : cells.map((c) => {
            const f = this.fpc.get(keyOf(c.stratum));
            if (f === undefined) {
              throw invalid(`stratum ${describe(c.stratum)} has no fpc while others have one`, [
                "fpc",
              ]);
            }
            return f.value;
          });
    const design = surveyDesign({
      weights: cells.map((c) => c.weight),
      strata: cells.map((c) => c.stratum),
      clusters: cells.map((c) => c.psu),
      fpc,
      lonelyPsu: this.lonelyPsu,
    });
    const columns = designColumns(design);
    if (columns === undefined) throw new Error("unreachable: a design without columns");
    const values = cells.map((c) => (c.weight > 0 ? c.weight1 / c.weight : 0));
    const groups = grouped ? cells.map((c) => c.group as GroupKey) : undefined;
    const rows = designEstimates(columns, values, undefined, groups, "mean");
    // Per-row summaries of each domain, from the cells.
    const perGroup = new Map<string, { rows: number; positive: number; squares: number }>();
    for (const c of cells) {
      const key = grouped ? keyOf(c.group) : "all";
      const s = perGroup.get(key) ?? { rows: 0, positive: 0, squares: 0 };
      s.rows += c.rows;
      s.positive += c.positive;
      s.squares += c.squares;
      perGroup.set(key, s);
    }
    return rows.map((row) => {
      const s = perGroup.get(grouped ? keyOf(row.group as GroupKey) : "all") as {
        rows: number;
        positive: number;
        squares: number;
      };
      const est = row.estimate;
      const p = est.estimate;
      // The design engine sums the weights times est.scale (a power of two): the cells'
      // squares are scaled alike.
      const scaled = est.scaledSumWeights;
      const fixed: LinearEstimate = {
        ...est,
        rows: s.rows,
        positive: s.positive,
        sumSquaredWeights: s.squares * est.scale * est.scale,
        deff: meanDeff(est.variance, scaled * p * (1 - p), scaled, s.positive, est.sumWeights),
      };
      const out = proportionFromLinear(fixed, method, level, df, row.label, row.path);
      return grouped ? { ...out, group: row.group as GroupKey } : out;
    });
  }

  finish(options?: SurveyProportionOptions): SurveyEstimate {
    return this.run(false, options)[0] as SurveyEstimate;
  }

  finishDomains(options?: SurveyProportionOptions): DomainEstimate<G>[] {
    return this.run(true, options) as DomainEstimate<G>[];
  }
}

/**
 * Creates a {@link DesignAccumulator}: rows added with their stratum, PSU, domain and fpc, merged
 * across chunks or workers, finished as `surveyProportion` / `domainProportions` on the design
 * `surveyDesign({ weights, strata, clusters, fpc, lonelyPsu })` of all the rows.
 *
 * This is the accumulator for rows that carry their stratum and PSU: `createProportionAccumulator`
 * and `createDomainAccumulator` keep
 * their weights-only `add(value, weight)` / `add(value, weight, group)` and point here when
 * given a row's place in a design. Like them, it keeps unscaled sums, so a positive weight
 * must lie in [2^-400, 2^400] (about 3.9e-121 to 2.6e120); `surveyDesign` takes any finite one.
 *
 * @param options - `lonelyPsu` (as `surveyDesign`), or `state`, the `state()` of another one
 * @returns a new accumulator
 * @throws {@link ImpactError} `INVALID_INPUT` for a bad rule or state, and from `add` (a value
 *   other than 0/1, a bad weight or one outside [2^-400, 2^400], a bad label or fpc), `merge`
 *   and `finish` (as the estimators)
 * @example
 * import { createDesignAccumulator, domainProportions, surveyDesign } from "@observatoire/impact-indicators";
 * const a = createDesignAccumulator()
 *   .add(1, 2, { stratum: "n", psu: 1, group: "x" })
 *   .add(0, 2, { stratum: "n", psu: 2, group: "y" });
 * const b = createDesignAccumulator()
 *   .add(1, 3, { stratum: "s", psu: 3, group: "x" })
 *   .add(1, 3, { stratum: "s", psu: 4, group: "y" });
 * const merged = a.merge(b).finishDomains({ df: Infinity });
 * const design = surveyDesign({ weights: [2, 2, 3, 3], strata: ["n", "n", "s", "s"], clusters: [1, 2, 3, 4] });
 * const direct = domainProportions([1, 0, 1, 1], design, ["x", "y", "x", "y"], { df: Infinity });
 * merged.map((r, i) => Math.abs(r.standardError - (direct[i]?.standardError ?? 0)) < 1e-12);
 * //=> [true, true]
 */
export function createDesignAccumulator<G extends GroupKey = GroupKey>(options?: {
  lonelyPsu?: LonelyPsu | undefined;
  state?: DesignAccumulatorState | undefined;
}): DesignAccumulator<G> {
  const opts = readOptions(options);
  const state = opts.state as unknown;
  const rule = readMethod(
    opts.lonelyPsu ?? (state as { lonelyPsu?: unknown } | undefined)?.lonelyPsu,
    ["fail", "remove", "adjust", "average", "certainty"] as const,
    "fail",
    ["options", "lonelyPsu"],
  );
  const accumulator = new DesignAccumulatorImpl<G>(rule);
  if (state === undefined) return accumulator;
  const record = state as Partial<DesignAccumulatorState>;
  if (typeof state !== "object" || state === null || !Array.isArray(record.cells)) {
    throw invalid(`state must be an object made by state(), got ${describe(state)}`, ["state"]);
  }
  for (const [i, f] of (Array.isArray(record.fpc) ? record.fpc : []).entries()) {
    if (!isLabel(f?.stratum) || typeof f?.value !== "number" || !(f.value > 0)) {
      throw invalid("each fpc of the state needs a stratum and a positive value", [
        "state",
        "fpc",
        i,
      ]);
    }
    accumulator.setFpc(f.stratum, f.value, ["state", "fpc", i]);
  }
  record.cells.forEach((c: unknown, i) => {
    const cell = c as Record<string, unknown>;
    const path = ["state", "cells", i];
    if (typeof c !== "object" || c === null) throw invalid("a cell must be an object", path);
    if (
      !isLabel(cell.stratum) ||
      !isLabel(cell.psu) ||
      !(cell.group === null || isLabel(cell.group))
    ) {
      throw invalid("a cell needs a stratum, a psu and a group (or null)", path);
    }
    for (const key of ["rows", "positive"]) readCount(cell[key], [...path, key], key);
    for (const key of ["weight", "weight1", "squares"]) {
      readNonNegative(cell[key], [...path, key], key);
    }
    if (
      (cell.weight1 as number) > (cell.weight as number) ||
      (cell.positive as number) > (cell.rows as number)
    ) {
      throw invalid("weight1 cannot exceed weight, nor positive rows", path);
    }
    const target = accumulator.cell(cell.stratum, cell.psu, cell.group as GroupKey | null);
    target.rows += cell.rows as number;
    target.positive += cell.positive as number;
    target.weight += cell.weight as number;
    target.weight1 += cell.weight1 as number;
    target.squares += cell.squares as number;
    accumulator.total += cell.rows as number;
  });
  return accumulator;
}
