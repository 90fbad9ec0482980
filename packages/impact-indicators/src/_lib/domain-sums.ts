import { ImpactError } from "@observatoire/impact-core";
import type { DomainEstimate, NumericColumn, SurveyMethod } from "../types";
import { weightScale } from "./scale";
import { estimateFromSums, type ProportionSums } from "./survey-core";
import { badWeight, describe, invalid, notBinary } from "./validate";

/** @internal A group value: a string or a finite number. */
export type GroupKey = string | number;

/** @internal A column of group values. */
export type GroupColumn = readonly GroupKey[] | NumericColumn;

// Small non-negative integer codes (the usual coding of regions or actor groups) are looked up
// in a flat table instead of a Map: this is what keeps millions of rows within a small factor
// of a bare typed-array loop.
const TABLE_LIMIT = 1 << 16;

const NO_KEY = Symbol("no group yet");

/**
 * @internal Per-group sufficient statistics in growable typed arrays, plus the sample's total
 * rows (the n of the full-sample linearisation). Groups keep their first-appearance order.
 */
export class DomainSums {
  keys: GroupKey[] = [];
  firstRow: number[] = [];
  rows = new Float64Array(8);
  positive = new Float64Array(8);
  w1 = new Float64Array(8);
  w0 = new Float64Array(8);
  q1 = new Float64Array(8);
  q0 = new Float64Array(8);
  totalRows = 0;
  /** Power of two the weights were multiplied by (set by `addColumns`; see `scale.ts`). */
  scale = 1;
  private map = new Map<GroupKey, number>();
  table = new Int32Array(0);

  /** Slot of `key`, created on first sight (`row` is kept for error paths). */
  slot(key: GroupKey, row: number): number {
    if (typeof key === "number" && key >= 0 && key < TABLE_LIMIT && (key | 0) === key) {
      const found = key < this.table.length ? (this.table[key] as number) : -1;
      if (found >= 0) return found;
      const created = this.create(key, row);
      if (key >= this.table.length) {
        const grown = new Int32Array(
          Math.min(TABLE_LIMIT, Math.max(key + 1, this.table.length * 2, 64)),
        );
        grown.fill(-1);
        grown.set(this.table);
        this.table = grown;
      }
      this.table[key] = created;
      return created;
    }
    const found = this.map.get(key);
    if (found !== undefined) return found;
    if (!(typeof key === "string" || (typeof key === "number" && Number.isFinite(key)))) {
      throw invalid(`groups[${row}] must be a string or a finite number, got ${describe(key)}`, [
        "groups",
        row,
      ]);
    }
    const created = this.create(key, row);
    this.map.set(key, created);
    return created;
  }

  private create(key: GroupKey, row: number): number {
    const index = this.keys.length;
    this.keys.push(key);
    this.firstRow.push(row);
    if (index >= this.rows.length) this.grow(index * 2);
    return index;
  }

  private grow(capacity: number): void {
    const grow = (old: Float64Array) => {
      const next = new Float64Array(capacity);
      next.set(old);
      return next;
    };
    this.rows = grow(this.rows);
    this.positive = grow(this.positive);
    this.w1 = grow(this.w1);
    this.w0 = grow(this.w0);
    this.q1 = grow(this.q1);
    this.q0 = grow(this.q0);
  }

  /** Adds one validated-on-the-fly row. */
  addRow(y: unknown, w: unknown, key: GroupKey, row: number): void {
    if (typeof w !== "number" || !(w >= 0 && w < Number.POSITIVE_INFINITY)) {
      throw badWeight(w, row, "weight");
    }
    if (y !== 0 && y !== 1) throw notBinary(y, row, "value");
    const s = this.slot(key, row);
    this.accumulate(s, y, w);
  }

  private accumulate(s: number, y: 0 | 1, w: number): void {
    this.totalRows++;
    (this.rows[s] as number)++;
    if (w > 0) (this.positive[s] as number)++;
    if (y === 1) {
      this.w1[s] = (this.w1[s] as number) + w;
      this.q1[s] = (this.q1[s] as number) + w * w;
    } else {
      this.w0[s] = (this.w0[s] as number) + w;
      this.q0[s] = (this.q0[s] as number) + w * w;
    }
  }

  /** Adds whole columns in one pass. */
  addColumns(values: NumericColumn, weights: NumericColumn | undefined, groups: GroupColumn): void {
    const n = values.length;
    // The accumulators live in locals, reloaded only when a new group makes them grow.
    let { rows, positive, w1, w0, q1, q0, table } = this;
    // Not a possible key: an undefined first group (or a hole) must reach slot() and be refused
    // there rather than match an initial `undefined` and be written to slot -1.
    let lastKey: unknown = NO_KEY;
    let lastSlot = -1;
    // Called once, on empty sums, by domainProportions: the scale applies to every group.
    const scale = weightScale(weights);
    this.scale = scale;
    for (let i = 0; i < n; i++) {
      const y = values[i];
      const w = weights === undefined ? 1 : (weights[i] as number);
      if (typeof w !== "number" || !(w >= 0 && w < Number.POSITIVE_INFINITY)) {
        throw badWeight(w, i);
      }
      const v = w * scale;
      const key = groups[i] as GroupKey;
      let s = lastSlot;
      if (key !== lastKey) {
        // A typed array answers undefined for a key that is not one of its indices (1.5, -1,
        // 1e6, NaN), which then takes the general path.
        const known = typeof key === "number" ? table[key] : this.map.get(key);
        if (known === undefined || known < 0) {
          s = this.slot(key, i);
          ({ rows, positive, w1, w0, q1, q0, table } = this);
        } else s = known;
        lastKey = key;
        lastSlot = s;
      }
      rows[s] = (rows[s] as number) + 1;
      if (w > 0) positive[s] = (positive[s] as number) + 1;
      if (y === 1) {
        w1[s] = (w1[s] as number) + v;
        q1[s] = (q1[s] as number) + v * v;
      } else if (y === 0) {
        w0[s] = (w0[s] as number) + v;
        q0[s] = (q0[s] as number) + v * v;
      } else {
        throw notBinary(y, i);
      }
    }
    this.totalRows += n;
  }

  /** Adds the sums of one group read from a saved state (validated by the caller). */
  restore(key: GroupKey, sums: ProportionSums): void {
    const s = this.slot(key, -1);
    this.rows[s] = (this.rows[s] as number) + sums.rows;
    this.positive[s] = (this.positive[s] as number) + sums.positive;
    this.w1[s] = (this.w1[s] as number) + sums.w1;
    this.w0[s] = (this.w0[s] as number) + sums.w0;
    this.q1[s] = (this.q1[s] as number) + sums.q1;
    this.q0[s] = (this.q0[s] as number) + sums.q0;
    this.totalRows += sums.rows;
  }

  /** The sums of group `s`. */
  sumsOf(s: number): ProportionSums {
    return {
      rows: this.rows[s] as number,
      positive: this.positive[s] as number,
      w1: this.w1[s] as number,
      w0: this.w0[s] as number,
      q1: this.q1[s] as number,
      q0: this.q0[s] as number,
      scale: this.scale,
    };
  }

  /** Adds the sums of `other` (groups new to this one are appended in their order). */
  merge(other: DomainSums): void {
    for (let j = 0; j < other.keys.length; j++) {
      const first = other.firstRow[j] as number;
      const s = this.slot(other.keys[j] as GroupKey, first < 0 ? first : this.totalRows + first);
      this.rows[s] = (this.rows[s] as number) + (other.rows[j] as number);
      this.positive[s] = (this.positive[s] as number) + (other.positive[j] as number);
      this.w1[s] = (this.w1[s] as number) + (other.w1[j] as number);
      this.w0[s] = (this.w0[s] as number) + (other.w0[j] as number);
      this.q1[s] = (this.q1[s] as number) + (other.q1[j] as number);
      this.q0[s] = (this.q0[s] as number) + (other.q0[j] as number);
    }
    this.totalRows += other.totalRows;
  }

  /** One estimate per group, in first-appearance order. */
  finish(method: SurveyMethod, level: number, df: number | undefined): DomainEstimate[] {
    if (this.totalRows === 0) {
      throw new ImpactError("EMPTY_SAMPLE", "no rows: there is no domain to estimate", {
        path: ["values"],
      });
    }
    const out: DomainEstimate[] = [];
    for (let s = 0; s < this.keys.length; s++) {
      const group = this.keys[s] as GroupKey;
      const sums = this.sumsOf(s);
      const estimate = estimateFromSums(sums, method, level, df, {
        designRows: this.totalRows,
        // subset() of a survey design drops the other rows (keeping the full-sample n for the
        // variance), so R's Korn-Graubard ratio sees the domain's rows.
        betaRows: this.rows[s] as number,
        label: `group ${describe(group)}`,
        // Groups restored from a state have no row number (-1).
        path:
          (this.firstRow[s] as number) < 0 ? ["groups"] : ["groups", this.firstRow[s] as number],
      });
      out.push({ ...estimate, group });
    }
    return out;
  }
}
