import { ImpactError, type IssuePath } from "@observatoire/impact-core/kernel";
import {
  type CalibrationColumns,
  calibrationRow,
  type DesignColumns,
  type LonelyPsu,
  type ReplicateColumns,
  replicateRank,
} from "../design/survey-design";
import type { GroupKey } from "./domain-sums";
import { largestMagnitude, SAFE_LOW, scaleFor, tooLarge } from "./scale";
import { meanDeff } from "./survey-core";
import { describe, invalid } from "./validate";

/** @internal A linear statistic: a ratio mean or a total. */
export type LinearStatistic = "mean" | "total";

/**
 * @internal One estimate on a domain (possibly the whole sample) of a design. The sums run on
 * the weights times {@link designScale} (`scale`), the power of two of `scale.ts` that keeps
 * their squares from overflowing or underflowing: `estimate`, `standardError` and `sumWeights`
 * are in the units of the data, the other sums and `variance` in the scaled ones.
 */
export interface LinearEstimate {
  readonly estimate: number;
  /** The standard error of `estimate`, in the units of the data. */
  readonly standardError: number;
  /** The variance of the estimate on the scaled weights (that of a mean is the same). */
  readonly variance: number;
  /** Sum of the weights of the domain's rows. */
  readonly sumWeights: number;
  /** The power of two the weights were multiplied by. */
  readonly scale: number;
  /** Sum of the scaled weights of the domain's rows (`sumWeights * scale`). */
  readonly scaledSumWeights: number;
  /** Sum of the squared scaled weights of the domain's rows (Kish). */
  readonly sumSquaredWeights: number;
  /** Rows of the domain (R's `nrow` of the subset). */
  readonly rows: number;
  /** Rows of the domain with a positive weight. */
  readonly positive: number;
  /** R's `degf` of the subset: its PSUs minus its strata, among rows with a positive weight. */
  readonly degf: number;
  /** R's `deff = TRUE`, undefined where R gives NA, NaN or Inf. */
  readonly deff: number | undefined;
  /**
   * With replicate weights, the variance of `logit(estimate)` from the replicates (what R's
   * `svyciprop(method = "logit")` takes from `svyglm`); undefined otherwise.
   */
  readonly logitVariance?: number;
}

/** @internal Scratch arrays sized for one design, reused across domains. */
export class DesignScratch {
  readonly psuTotal: Float64Array;
  readonly psuStamp: Int32Array;
  readonly psuPositiveStamp: Int32Array;
  readonly stratumTotal: Float64Array;
  readonly stratumSquares: Float64Array;
  readonly stratumSubset: Float64Array;
  readonly stratumStamp: Int32Array;
  readonly stratumPositiveStamp: Int32Array;
  readonly touchedPsu: Int32Array;
  readonly touchedStratum: Int32Array;
  stamp = 0;

  constructor(columns: DesignColumns) {
    this.psuTotal = new Float64Array(columns.nPsu);
    this.psuStamp = new Int32Array(columns.nPsu);
    this.psuPositiveStamp = new Int32Array(columns.nPsu);
    this.touchedPsu = new Int32Array(columns.nPsu);
    this.stratumTotal = new Float64Array(columns.nStrata);
    this.stratumSquares = new Float64Array(columns.nStrata);
    this.stratumSubset = new Float64Array(columns.nStrata);
    this.stratumStamp = new Int32Array(columns.nStrata);
    this.stratumPositiveStamp = new Int32Array(columns.nStrata);
    this.touchedStratum = new Int32Array(columns.nStrata);
  }
}

const SCALES = new WeakMap<DesignColumns, number>();

/**
 * @internal The power of two (see `scale.ts`) that brings the largest weight of the design,
 * replicate weights included, into [0.5, 1): the estimators sum the weights times it, so that
 * neither their squares nor the squares of the influence values overflow or underflow.
 */
export function designScale(columns: DesignColumns): number {
  let scale = SCALES.get(columns);
  if (scale === undefined) {
    let max = largestMagnitude(columns.weights);
    for (const r of columns.replicates?.weights ?? []) max = Math.max(max, largestMagnitude(r));
    scale = scaleFor(max);
    SCALES.set(columns, scale);
  }
  return scale;
}

/**
 * @internal Refuses a domain whose weights, once scaled by the largest of the design, are so
 * small that their squares underflow (weights spanning more than 120 orders of magnitude).
 */
function checkUnderflow(scaledSum: number, positive: number, where: DomainLabel): void {
  if (positive > 0 && !(scaledSum >= SAFE_LOW)) {
    throw invalid(
      `the weights of ${where.label} sum to less than 2^-400 (about 3.9e-121) times the largest weight of the design, so their squares cannot be summed; weights must span less than 120 orders of magnitude`,
      ["weights"],
    );
  }
}

/**
 * Refuses a domain whose scaled weights underflow ({@link checkUnderflow}) and, for a mean, a
 * domain without a positive weight.
 */
function checkDomainSum(
  scaledSum: number,
  positive: number,
  statistic: LinearStatistic,
  where: DomainLabel,
): void {
  checkUnderflow(scaledSum, positive, where);
  if (statistic === "mean" && !(scaledSum > 0)) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      `${where.label} has no positive weight: the mean is undefined`,
      { path: where.path },
    );
  }
}

/**
 * The sums of the weights (scaled by {@link designScale}: `s`), of the weighted values and of
 * the squared weights over the rows `domainRows` of a design, checked by
 * {@link checkDomainSum}, with the domain's (scaled) mean and estimate.
 */
function domainSums(
  columns: DesignColumns,
  values: ArrayLike<number>,
  domainRows: Int32Array,
  count: number,
  statistic: LinearStatistic,
  where: DomainLabel,
): { s: number; sumW: number; sumW2: number; positive: number; mean: number; estimate: number } {
  const { weights } = columns;
  const s = designScale(columns);
  let sumW = 0;
  let sumWY = 0;
  let sumW2 = 0;
  let positive = 0;
  for (let k = 0; k < count; k++) {
    const i = domainRows[k] as number;
    const raw = weights[i] as number;
    const w = raw * s;
    sumW += w;
    sumWY += w * (values[i] as number);
    sumW2 += w * w;
    if (raw > 0) positive++;
  }
  checkDomainSum(sumW, positive, statistic, where);
  const mean = sumW > 0 ? sumWY / sumW : 0;
  return { s, sumW, sumW2, positive, mean, estimate: statistic === "mean" ? mean : sumWY };
}

/**
 * @internal The estimate, standard error and sum of the weights in the units of the data, from
 * the scaled sums; refused, naming the limit, when one of them exceeds Number.MAX_VALUE.
 */
function unscale(
  statistic: LinearStatistic,
  scaledEstimate: number,
  variance: number,
  scaledSum: number,
  scale: number,
): { estimate: number; standardError: number; sumWeights: number } {
  const sumWeights = scaledSum / scale;
  if (!(sumWeights < Number.POSITIVE_INFINITY)) {
    throw tooLarge("the sum of the weights", ["weights"]);
  }
  const se = Math.sqrt(variance);
  const estimate = statistic === "mean" ? scaledEstimate : scaledEstimate / scale;
  const standardError = statistic === "mean" ? se : se / scale;
  if (!Number.isFinite(estimate) || !(standardError < Number.POSITIVE_INFINITY)) {
    throw tooLarge(
      statistic === "mean" ? "the weighted sum of the values" : "the total or its standard error",
      [statistic === "mean" ? "values" : "weights"],
    );
  }
  return { estimate, standardError, sumWeights };
}

/** @internal Describes where the estimate comes from, for messages. */
export interface DomainLabel {
  readonly label: string;
  readonly path: IssuePath;
}

/**
 * @internal A mean (`sum w y / sum w`) or total (`sum w y`) over the rows `domainRows` of a
 * design, with R's first-stage linearisation (`svyrecvar` with `survey.ultimate.cluster`): the
 * influence values `z` (for a mean `w (y - m) / sum w`, for a total `w y`; 0 outside the domain)
 * are summed per PSU, centred within each stratum that has rows in the domain on the mean over
 * all of its PSUs in the sample, and the squares are scaled by `(1 - f_h) n_h / (n_h - 1)`;
 * lonely PSUs follow the design's rule. This is what R computes on `subset(design, domain)`,
 * which keeps the whole sample's PSU counts.
 */
export function linearEstimate(
  columns: DesignColumns,
  values: ArrayLike<number>,
  domainRows: Int32Array,
  count: number,
  statistic: LinearStatistic,
  scratch: DesignScratch,
  where: DomainLabel,
): LinearEstimate {
  const { weights, psu, stratum } = columns;
  if (count === 0) {
    throw new ImpactError("EMPTY_SAMPLE", `${where.label} has no rows`, { path: where.path });
  }
  if (columns.replicates !== undefined) {
    return replicateEstimate(
      columns,
      columns.replicates,
      values,
      domainRows,
      count,
      statistic,
      where,
    );
  }
  const { s, sumW, sumW2, positive, mean, estimate } = domainSums(
    columns,
    values,
    domainRows,
    count,
    statistic,
    where,
  );

  const stamp = ++scratch.stamp;
  const {
    psuTotal,
    psuStamp,
    psuPositiveStamp,
    touchedPsu,
    stratumTotal,
    stratumSquares,
    stratumSubset,
    stratumStamp,
    stratumPositiveStamp,
    touchedStratum,
  } = scratch;
  let nTouchedPsu = 0;
  let nTouchedStratum = 0;
  let positivePsus = 0;
  let positiveStrata = 0;
  // Counts the PSU and the stratum of row i among those with a positive weight, once each.
  const markPositive = (i: number): void => {
    const j = psu[i] as number;
    if (psuPositiveStamp[j] !== stamp) {
      psuPositiveStamp[j] = stamp;
      positivePsus++;
    }
    const h = stratum[i] as number;
    if (stratumPositiveStamp[h] !== stamp) {
      stratumPositiveStamp[h] = stamp;
      positiveStrata++;
    }
  };
  let spread = 0;
  // A calibrated design (R keeps every row in a subset of one): the influence values are
  // computed on the domain, then replaced by their residuals on the calibration variables over
  // every row, and the variance runs over every row.
  const calibration = columns.calibration;
  let residuals: Float64Array | undefined;
  let varRows = domainRows;
  let varCount = count;
  if (calibration !== undefined) {
    residuals = new Float64Array(columns.rows);
    for (let k = 0; k < count; k++) {
      const i = domainRows[k] as number;
      const raw = weights[i] as number;
      const w = raw * s;
      const y = values[i] as number;
      residuals[i] = statistic === "mean" ? (w * (y - mean)) / sumW : w * y;
      spread += w * (y - mean) * (y - mean);
      if (raw > 0) markPositive(i);
    }
    calibrationResiduals(calibration, weights, residuals);
    varRows = calibration.allRows;
    varCount = columns.rows;
  }
  for (let k = 0; k < varCount; k++) {
    const i = varRows[k] as number;
    const raw = weights[i] as number;
    const w = raw * s;
    let z: number;
    if (residuals !== undefined) z = residuals[i] as number;
    else {
      const y = values[i] as number;
      z = statistic === "mean" ? (w * (y - mean)) / sumW : w * y;
      spread += w * (y - mean) * (y - mean);
    }
    const j = psu[i] as number;
    if (psuStamp[j] !== stamp) {
      psuStamp[j] = stamp;
      psuTotal[j] = z;
      touchedPsu[nTouchedPsu++] = j;
      const h = stratum[i] as number;
      if (stratumStamp[h] !== stamp) {
        stratumStamp[h] = stamp;
        stratumTotal[h] = 0;
        stratumSquares[h] = 0;
        stratumSubset[h] = 0;
        touchedStratum[nTouchedStratum++] = h;
      }
    } else {
      psuTotal[j] = (psuTotal[j] as number) + z;
    }
    if (raw > 0 && residuals === undefined) markPositive(i);
  }

  const computed = varianceOfPsuTotals(columns, scratch, nTouchedPsu, nTouchedStratum, where);
  const variance = statistic === "total" || sumW > 0 ? computed : 0;
  const real = unscale(statistic, estimate, variance, sumW, s);
  return {
    ...real,
    variance,
    scale: s,
    scaledSumWeights: sumW,
    sumSquaredWeights: sumW2,
    // R's subset of a calibrated design keeps every row (nrow, which the beta interval reads).
    rows: calibration === undefined ? count : columns.rows,
    positive,
    degf: positivePsus - positiveStrata,
    deff:
      statistic === "mean"
        ? meanDeff(computed, spread, sumW, positive, real.sumWeights)
        : totalDeff(computed, spread, sumW, positive, real.sumWeights),
  };
}

/**
 * The variance from the PSU totals in `scratch` (`psuTotal` of the `nTouchedPsu` PSUs listed in
 * `touchedPsu`, whose strata are listed in `touchedStratum` with their sums reset).
 */
function varianceOfPsuTotals(
  columns: DesignColumns,
  scratch: DesignScratch,
  nTouchedPsu: number,
  nTouchedStratum: number,
  where: DomainLabel,
): number {
  const { psuStratum, stratumPsus } = columns;
  const { psuTotal, touchedPsu, stratumTotal, stratumSubset, stratumSquares } = scratch;
  for (let k = 0; k < nTouchedPsu; k++) {
    const j = touchedPsu[k] as number;
    const h = psuStratum[j] as number;
    stratumTotal[h] = (stratumTotal[h] as number) + (psuTotal[j] as number);
    stratumSubset[h] = (stratumSubset[h] as number) + 1;
  }
  // Sum of squares around the stratum mean over all its PSUs (those without rows in the
  // domain count as zeros), in a second pass to avoid cancellation.
  for (let k = 0; k < nTouchedPsu; k++) {
    const j = touchedPsu[k] as number;
    const h = psuStratum[j] as number;
    const d = (psuTotal[j] as number) - (stratumTotal[h] as number) / (stratumPsus[h] as number);
    stratumSquares[h] = (stratumSquares[h] as number) + d * d;
  }
  return combineStrata(columns, scratch, nTouchedStratum, columns.lonelyPsu, where);
}

/** @internal Largest domains x PSUs table of {@link cellEstimates}. */
export const CELL_LIMIT = 1 << 22;

/**
 * @internal Every domain's estimate in one pass over the rows, through a dense table of sums
 * per domain and PSU (weights, weighted values shifted by the domain's first value, rows, rows
 * with a positive weight): the same PSU totals as {@link linearEstimate}, for designs without
 * replicates or calibration and with at most {@link CELL_LIMIT} cells.
 */
export function cellEstimates(
  columns: DesignColumns,
  values: ArrayLike<number>,
  keep: Uint8Array | undefined,
  codes: Int32Array,
  groupCount: number,
  statistic: LinearStatistic,
  scratch: DesignScratch,
  label: (g: number) => DomainLabel,
): LinearEstimate[] {
  const { weights, psu, nPsu, rows } = columns;
  const s = designScale(columns);
  const G = groupCount;
  // Per cell, side by side so that a row touches two cache lines: the weights and weighted
  // values in `sums`, the rows and rows with a positive weight in `counts`.
  const sums = new Float64Array(2 * G * nPsu);
  const counts = new Int32Array(2 * G * nPsu);
  // Each domain's values are shifted by its first value (a mean far from 0 loses no precision
  // in the squares); found first, in a scan that stops once every domain has one.
  const shift = new Float64Array(G).fill(Number.NaN);
  for (let i = 0, missing = G; i < rows && missing > 0; i++) {
    if (keep !== undefined && keep[i] === 0) continue;
    const g = codes[i] as number;
    if (Number.isNaN(shift[g] as number)) {
      shift[g] = values[i] as number;
      missing--;
    }
  }
  const W = new Float64Array(G);
  const WY = new Float64Array(G);
  const WYY = new Float64Array(G);
  const W2 = new Float64Array(G);
  const count = new Float64Array(G);
  const positive = new Float64Array(G);
  for (let i = 0; i < rows; i++) {
    if (keep !== undefined && keep[i] === 0) continue;
    const g = codes[i] as number;
    const raw = weights[i] as number;
    const w = raw * s;
    const y = (values[i] as number) - (shift[g] as number);
    const cell = 2 * (g * nPsu + (psu[i] as number));
    const wy = w * y;
    sums[cell] = (sums[cell] as number) + w;
    sums[cell + 1] = (sums[cell + 1] as number) + wy;
    counts[cell] = (counts[cell] as number) + 1;
    if (raw > 0) counts[cell + 1] = (counts[cell + 1] as number) + 1;
    WYY[g] = (WYY[g] as number) + wy * y;
    W2[g] = (W2[g] as number) + w * w;
  }
  // The domains' totals, from their cells.
  for (let g = 0; g < G; g++) {
    let a = 0;
    let b = 0;
    let n = 0;
    let pos = 0;
    for (let cell = 2 * g * nPsu, end = cell + 2 * nPsu; cell < end; cell += 2) {
      a += sums[cell] as number;
      b += sums[cell + 1] as number;
      n += counts[cell] as number;
      pos += counts[cell + 1] as number;
    }
    W[g] = a;
    WY[g] = b;
    count[g] = n;
    positive[g] = pos;
  }
  const { psuStratum } = columns;
  const out: LinearEstimate[] = [];
  for (let g = 0; g < G; g++) {
    const where = label(g);
    const n = count[g] as number;
    if (n === 0) {
      throw new ImpactError("EMPTY_SAMPLE", `${where.label} has no rows`, { path: where.path });
    }
    const sumW = W[g] as number;
    checkDomainSum(sumW, positive[g] as number, statistic, where);
    const c = shift[g] as number;
    const meanShifted = sumW > 0 ? (WY[g] as number) / sumW : 0;
    const estimate = statistic === "mean" ? meanShifted + c : (WY[g] as number) + c * sumW;
    const spread = Math.max(0, (WYY[g] as number) - meanShifted * (WY[g] as number));
    const stamp = ++scratch.stamp;
    let nTouchedPsu = 0;
    let nTouchedStratum = 0;
    let positivePsus = 0;
    let positiveStrata = 0;
    const base = g * nPsu;
    for (let j = 0; j < nPsu; j++) {
      const cell = 2 * (base + j);
      if (counts[cell] === 0) continue;
      const cw = sums[cell] as number;
      const cwy = sums[cell + 1] as number;
      const t = statistic === "mean" ? (cwy - meanShifted * cw) / sumW : cwy + c * cw;
      scratch.psuTotal[j] = t;
      scratch.touchedPsu[nTouchedPsu++] = j;
      const h = psuStratum[j] as number;
      if (scratch.stratumStamp[h] !== stamp) {
        scratch.stratumStamp[h] = stamp;
        scratch.stratumTotal[h] = 0;
        scratch.stratumSquares[h] = 0;
        scratch.stratumSubset[h] = 0;
        scratch.touchedStratum[nTouchedStratum++] = h;
      }
      if ((counts[cell + 1] as number) > 0) {
        positivePsus++;
        if (scratch.stratumPositiveStamp[h] !== stamp) {
          scratch.stratumPositiveStamp[h] = stamp;
          positiveStrata++;
        }
      }
    }
    const variance = varianceOfPsuTotals(columns, scratch, nTouchedPsu, nTouchedStratum, where);
    const real = unscale(statistic, estimate, variance, sumW, s);
    out.push({
      ...real,
      variance,
      scale: s,
      scaledSumWeights: sumW,
      sumSquaredWeights: W2[g] as number,
      rows: n,
      positive: positive[g] as number,
      degf: positivePsus - positiveStrata,
      deff:
        statistic === "mean"
          ? meanDeff(variance, spread, sumW, positive[g] as number, real.sumWeights)
          : totalDeff(variance, spread, sumW, positive[g] as number, real.sumWeights),
    });
  }
  return out;
}

function combineStrata(
  columns: DesignColumns,
  scratch: DesignScratch,
  nTouched: number,
  lonely: LonelyPsu,
  where: DomainLabel,
): number {
  const { stratumPsus, stratumFactor } = columns;
  const { stratumTotal, stratumSquares, stratumSubset, touchedStratum } = scratch;
  let sum = 0;
  let averaged = 0;
  for (let k = 0; k < nTouched; k++) {
    const h = touchedStratum[k] as number;
    const f = stratumFactor[h] as number;
    // A stratum sampled in full (R: every f below 1e-7) has no variance.
    if (f < 1e-7) continue;
    const n = stratumPsus[h] as number;
    if (n > 1) {
      const missing = n - (stratumSubset[h] as number);
      const mean = (stratumTotal[h] as number) / n;
      sum += ((f * n) / (n - 1)) * ((stratumSquares[h] as number) + missing * mean * mean);
      continue;
    }
    switch (lonely) {
      case "adjust": {
        // Not centred: the PSU's deviation from the overall (zero) mean of the influence values.
        const t = stratumTotal[h] as number;
        sum += f * t * t;
        break;
      }
      case "average":
        averaged++;
        break;
      case "remove":
      case "certainty":
        break;
      case "fail":
        throw invalid(
          `stratum ${describe(columns.stratumLabels[h])} has a single PSU, whose variance cannot be estimated; choose another lonelyPsu rule`,
          ["strata", columns.stratumFirstRow[h] as number],
        );
    }
  }
  if (averaged === 0) return sum;
  if (averaged === nTouched) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      `${where.label} lies only in strata with a single PSU: lonelyPsu "average" has no other stratum to average`,
      { path: where.path },
    );
  }
  return (sum * nTouched) / (nTouched - averaged);
}

/** R's `svytotal(deff = TRUE)`: the design variance over `svyvar * N^2 (N - n) / (N n)`. */
function totalDeff(
  variance: number,
  spread: number,
  sumWeights: number,
  positive: number,
  population: number,
): number | undefined {
  return totalFromMeanDeff(
    meanDeff(variance, spread, sumWeights, positive, population),
    sumWeights,
  );
}

/** The deff of a total from the one `meanDeff` gives; undefined where it is not finite. */
function totalFromMeanDeff(deff: number | undefined, sumWeights: number): number | undefined {
  if (deff === undefined) return undefined;
  const total = deff / (sumWeights * sumWeights);
  return Number.isFinite(total) ? total : undefined;
}

/** @internal Group codes of a column: one code per row, groups in first-appearance order. */
export interface GroupCodes {
  readonly codes: Int32Array;
  readonly keys: GroupKey[];
  readonly firstRow: number[];
}

/** @internal Codes a column of group labels (strings or finite numbers). */
export function codeGroups(groups: ArrayLike<unknown>, name = "groups"): GroupCodes {
  const n = groups.length;
  const codes = new Int32Array(n);
  const keys: GroupKey[] = [];
  const firstRow: number[] = [];
  const map = new Map<unknown, number>();
  // Small non-negative integer codes are looked up in a flat table.
  const table = new Int32Array(256).fill(-1);
  if (groups instanceof Uint8Array) {
    // Every entry is such a code: one monomorphic loop, no type test.
    for (let i = 0; i < n; i++) {
      const key = groups[i] as number;
      let code = table[key] as number;
      if (code < 0) {
        code = keys.length;
        table[key] = code;
        keys.push(key);
        firstRow.push(i);
      }
      codes[i] = code;
    }
    return { codes, keys, firstRow };
  }
  let lastKey: unknown = Symbol("none");
  let lastCode = -1;
  for (let i = 0; i < n; i++) {
    const key = groups[i];
    if (typeof key === "number" && key >= 0 && key < 256 && (key | 0) === key) {
      let code = table[key] as number;
      if (code < 0) {
        code = keys.length;
        table[key] = code;
        map.set(key, code);
        keys.push(key);
        firstRow.push(i);
      }
      codes[i] = code;
      continue;
    }
    if (key !== lastKey) {
      let code = map.get(key);
      if (code === undefined) {
        if (!(typeof key === "string" || (typeof key === "number" && Number.isFinite(key)))) {
          throw invalid(`${name}[${i}] must be a string or a finite number, got ${describe(key)}`, [
            name,
            i,
          ]);
        }
        code = keys.length;
        map.set(key, code);
        keys.push(key);
        firstRow.push(i);
      }
      lastKey = key;
      lastCode = code;
    }
    codes[i] = lastCode;
  }
  return { codes, keys, firstRow };
}

/**
 * @internal Rows of each group (a counting sort), skipping rows whose `keep` is 0. `offsets[g]`
 * to `offsets[g + 1]` index `rows`.
 */
export function rowsByGroup(
  codes: Int32Array,
  groupCount: number,
  keep: Uint8Array | undefined,
): { rows: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(groupCount + 1);
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    if (keep === undefined || keep[i] === 1) {
      const g = codes[i] as number;
      offsets[g + 1] = (offsets[g + 1] as number) + 1;
    }
  }
  for (let g = 0; g < groupCount; g++) {
    offsets[g + 1] = (offsets[g + 1] as number) + (offsets[g] as number);
  }
  const cursor = offsets.slice(0, groupCount);
  const rows = new Int32Array(offsets[groupCount] as number);
  for (let i = 0; i < n; i++) {
    if (keep === undefined || keep[i] === 1) {
      const g = codes[i] as number;
      rows[cursor[g] as number] = i;
      cursor[g] = (cursor[g] as number) + 1;
    }
  }
  return { rows, offsets };
}

/**
 * @internal A mean or total from replicate weights, as R's `svymean` / `svytotal` on a
 * `svrepdesign` (combined weights): the statistic recomputed with each replicate's weights
 * over the domain's rows, `Var = scale * sum_r rscales_r (theta_r - centre)^2`, the centre the
 * mean of the replicates with a positive rscale (or the estimate when `mse`). Replicates that
 * leave the domain without weight (a mean of 0/0) are dropped, as R's `na.omit` does.
 */
function replicateEstimate(
  columns: DesignColumns,
  rep: ReplicateColumns,
  values: ArrayLike<number>,
  domainRows: Int32Array,
  count: number,
  statistic: LinearStatistic,
  where: DomainLabel,
): LinearEstimate {
  const { weights } = columns;
  const { s, sumW, sumW2, positive, mean, estimate } = domainSums(
    columns,
    values,
    domainRows,
    count,
    statistic,
    where,
  );
  let spread = 0;
  for (let k = 0; k < count; k++) {
    const i = domainRows[k] as number;
    const d = (values[i] as number) - mean;
    spread += (weights[i] as number) * s * d * d;
  }
  const R = rep.weights.length;
  const thetas = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    const wr = rep.weights[r] as Float64Array;
    let a = 0;
    let b = 0;
    for (let k = 0; k < count; k++) {
      const i = domainRows[k] as number;
      const w = (wr[i] as number) * s;
      a += w * (values[i] as number);
      b += w;
    }
    thetas[r] = statistic === "mean" ? a / b : a;
  }
  const variance = replicateVariance(thetas, estimate, rep, where, (x) => x);
  // A replicate at 0 or 1 has an infinite logit: no bound can be drawn from the replicates.
  const logitRaw =
    statistic === "mean"
      ? replicateVariance(thetas, estimate, rep, where, (x) => Math.log(x / (1 - x)))
      : undefined;
  const logitVariance =
    logitRaw === undefined || Number.isFinite(logitRaw) ? logitRaw : Number.POSITIVE_INFINITY;
  const all = count === columns.rows && rep.wholeDegf !== undefined;
  const degf = all
    ? (rep.wholeDegf as number)
    : replicateRank(rep.weights, domainRows, count, s) - 1;
  const real = unscale(statistic, estimate, variance, sumW, s);
  // R's replicate deff counts every row of the domain (zero weights too).
  const deffMean = meanDeff(variance, spread, sumW, count, real.sumWeights);
  return {
    ...real,
    variance,
    scale: s,
    scaledSumWeights: sumW,
    sumSquaredWeights: sumW2,
    rows: count,
    positive,
    degf,
    deff: statistic === "mean" ? deffMean : totalFromMeanDeff(deffMean, sumW),
    ...(logitVariance === undefined ? {} : { logitVariance }),
  };
}

function replicateVariance(
  thetas: Float64Array,
  estimate: number,
  rep: ReplicateColumns,
  where: DomainLabel,
  transform: (x: number) => number,
): number {
  const { rscales, scale, mse } = rep;
  let centre = transform(estimate);
  if (!mse) {
    let sum = 0;
    let used = 0;
    for (let r = 0; r < thetas.length; r++) {
      const t = thetas[r] as number;
      if (Number.isNaN(t) || !((rscales[r] as number) > 0)) continue;
      sum += transform(t);
      used++;
    }
    if (used === 0) {
      throw new ImpactError(
        "EMPTY_SAMPLE",
        `${where.label} has no weight in any replicate: its variance is undefined`,
        { path: where.path },
      );
    }
    centre = sum / used;
  }
  let v = 0;
  for (let r = 0; r < thetas.length; r++) {
    const t = thetas[r] as number;
    if (Number.isNaN(t)) continue;
    const d = transform(t) - centre;
    v += (rscales[r] as number) * d * d;
  }
  return v * scale;
}

/**
 * @internal R's `svyrecvar` for a `greg_calibration`: `z <- qr.resid(qr(X * sqrt(w0)), z / w) * w`
 * with `w = g sqrt(w0)`, that is `z - w1 * (x' b)` where `b` solves
 * `(sum w0 x x') b = sum x z / g`, `w0` the weights before calibration, `w1` after, `g = w1 / w0`
 * and `x` the calibration variables (an intercept and the indicators of every category but the
 * first of each margin). Works in place on `z`, indexed by row.
 */
export function calibrationResiduals(
  calibration: CalibrationColumns,
  weights: Float64Array,
  z: Float64Array,
): void {
  const { cells, offsets, size, before, solve } = calibration;
  const rhs = new Float64Array(size);
  const n = z.length;
  const cols: number[] = [];
  for (let i = 0; i < n; i++) {
    const zi = z[i] as number;
    if (zi === 0) continue;
    const w0 = before[i] as number;
    const g = w0 > 0 ? (weights[i] as number) / w0 : 0;
    if (g === 0) continue;
    const v = zi / g;
    for (const col of calibrationRow(cells, offsets, i, cols)) rhs[col] = (rhs[col] as number) + v;
  }
  const b = solve(rhs);
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (const col of calibrationRow(cells, offsets, i, cols)) fit += b[col] as number;
    z[i] = (z[i] as number) - (weights[i] as number) * fit;
  }
}
