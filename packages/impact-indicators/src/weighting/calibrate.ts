import { ImpactError } from "@observatoire/impact-core/kernel";
import { checkLength, describe, invalid, readMethod, readOptions } from "../_lib/validate";
import {
  type CalibrationColumns,
  calibrationRow,
  type DesignColumns,
  designColumns,
  register,
  type SurveyDesign,
} from "../design/survey-design";
import { type EncodedCells, encodeCells } from "./_lib/encode-cells";
import type { RakeMargin } from "./rake";

/** Calibration functions, as R `calibrate(calfun = ...)`. */
export type CalibrationFunction = "linear" | "raking" | "logit";

const CALFUNS: readonly CalibrationFunction[] = ["linear", "raking", "logit"];

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** Population margins, shaped as {@link rake}'s: `{ variable, codes, targets }` each. */
  readonly margins: readonly RakeMargin[];
  /** `"linear"` (GREG, the default), `"raking"` or `"logit"` (needs finite bounds). */
  readonly calfun?: CalibrationFunction | undefined;
  /**
   * Bounds `[lower, upper]` on the ratio of calibrated to design weights, lower < 1 < upper;
   * unbounded (`[-Infinity, Infinity]`) by default.
   */
  readonly bounds?: readonly [number, number] | undefined;
}

/** Result of {@link calibrate}. */
export interface CalibrationResult {
  /** The calibrated design: estimators give R's calibration-adjusted standard errors. */
  readonly design: SurveyDesign;
  /** The calibrated weights, one per row. */
  readonly weights: Float64Array;
  /** Newton iterations run. */
  readonly iterations: number;
  /** Largest gap between a calibrated total (a margin cell) and its target, in weight units. */
  readonly maxAbsoluteError: number;
}

const TOTALS_RELATIVE_TOLERANCE = 1e-6;
const MAX_ITERATIONS = 100;

function readBounds(bounds: unknown, calfun: CalibrationFunction): [number, number] {
  if (bounds === undefined) {
    if (calfun === "logit") {
      throw invalid(
        'calfun "logit" needs finite bounds [lower, upper] with lower < 1 < upper, as R requires',
        ["options", "bounds"],
      );
    }
    return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  }
  if (
    !Array.isArray(bounds) ||
    bounds.length !== 2 ||
    typeof bounds[0] !== "number" ||
    typeof bounds[1] !== "number" ||
    Number.isNaN(bounds[0]) ||
    Number.isNaN(bounds[1]) ||
    !(bounds[0] < 1 && bounds[1] > 1)
  ) {
    throw invalid(`bounds must be [lower, upper] with lower < 1 < upper, got ${describe(bounds)}`, [
      "options",
      "bounds",
    ]);
  }
  const [lower, upper] = bounds as [number, number];
  if (calfun === "logit" && !(Number.isFinite(lower) && Number.isFinite(upper))) {
    throw invalid('calfun "logit" needs finite bounds, as R requires', ["options", "bounds"]);
  }
  return [lower, upper];
}

/** R's `Fm1` and `dF` of each calibration function. */
function calibrationFunction(
  calfun: CalibrationFunction,
  lower: number,
  upper: number,
): { f: (u: number) => number; df: (u: number) => number } {
  switch (calfun) {
    case "linear":
      return {
        f: (u) => Math.min(Math.max(u + 1, lower), upper) - 1,
        df: (u) => (u < upper - 1 && u > lower - 1 ? 1 : 0),
      };
    case "raking":
      return {
        f: (u) => Math.min(Math.max(Math.exp(u), lower), upper) - 1,
        df: (u) => (u < upper - 1 && u > lower - 1 ? Math.exp(u) : 0),
      };
    case "logit": {
      const a = (upper - lower) / ((upper - 1) * (1 - lower));
      return {
        f: (u) => {
          const e = Math.exp(a * u);
          return (
            (lower * (upper - 1) + upper * (1 - lower) * e) / (upper - 1 + (1 - lower) * e) - 1
          );
        },
        df: (u) => {
          const e = Math.exp(a * u);
          const d = upper - 1 + (1 - lower) * e;
          return (
            (upper * (1 - lower) * e * a) / d -
            ((lower * (upper - 1) + upper * (1 - lower) * e) * ((1 - lower) * e * a)) / (d * d)
          );
        },
      };
    }
  }
}

/**
 * @internal Solves `A x = b` for a symmetric positive semi-definite `A` (p x p, row-major) by a
 * Cholesky factorisation that leaves out directions with a pivot below 1e-10 of their diagonal
 * (a generalised inverse, as R's `ginv` and pivoted `qr` give for collinear margins).
 */
export function semidefiniteSolver(
  matrix: Float64Array,
  p: number,
): (b: Float64Array) => Float64Array {
  const l = new Float64Array(p * p);
  const kept = new Uint8Array(p);
  for (let j = 0; j < p; j++) {
    let d = matrix[j * p + j] as number;
    for (let k = 0; k < j; k++) if (kept[k]) d -= (l[j * p + k] as number) ** 2;
    if (!(d > 1e-10 * (matrix[j * p + j] as number)) || !(d > 0)) continue;
    kept[j] = 1;
    const root = Math.sqrt(d);
    l[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let v = matrix[i * p + j] as number;
      for (let k = 0; k < j; k++)
        if (kept[k]) v -= (l[i * p + k] as number) * (l[j * p + k] as number);
      l[i * p + j] = v / root;
    }
  }
  return (b) => {
    const y = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      if (!kept[i]) continue;
      let v = b[i] as number;
      for (let k = 0; k < i; k++) if (kept[k]) v -= (l[i * p + k] as number) * (y[k] as number);
      y[i] = v / (l[i * p + i] as number);
    }
    const x = new Float64Array(p);
    for (let i = p - 1; i >= 0; i--) {
      if (!kept[i]) continue;
      let v = y[i] as number;
      for (let k = i + 1; k < p; k++) if (kept[k]) v -= (l[k * p + i] as number) * (x[k] as number);
      x[i] = v / (l[i * p + i] as number);
    }
    return x;
  };
}

/**
 * Calibrates the weights of a design to population margins, as R
 * `calibrate(design, formula, population, calfun, bounds)` with the margins of {@link rake}
 * (categorical auxiliaries: an intercept and the indicators of each margin's categories):
 * `"linear"` is the GREG estimator (weights `w (1 + x'λ)`, negative ones possible),
 * `"raking"` the multiplicative `w exp(x'λ)` (the weights of {@link rake}), `"logit"` keeps
 * the ratio of new to old weights within `bounds`, which it needs finite, as R. Bounds apply to
 * the linear and raking functions too. R's quirk is kept: when every target is over 20 times its
 * weighted sample total, the weights are first scaled by the mean of those ratios, and the
 * bounds apply to the scaled weights. The returned design carries R's calibration-adjusted
 * (residual) standard errors: each estimator's influence values are replaced by their residuals
 * on the calibration variables before the design's variance is taken.
 *
 * @param design - a design from `surveyDesign` (strata, clusters, fpc; not replicate weights)
 * @param options - `margins` (`{ variable, codes, targets }`), `calfun`, `bounds`
 * @returns the calibrated design and weights, the iterations and the largest remaining gap
 * @throws {@link ImpactError} `INVALID_INPUT` for a bad margin, calfun or bounds (logit without
 *   finite bounds), a design with replicate weights or already calibrated;
 *   `INCONSISTENT_MARGINS` for a code without a target, a category with a target and no
 *   weight, or with respondents and a zero target, or margins of different totals;
 *   `NOT_CONVERGED` when the bounds cannot be met
 * @example
 * import { calibrate, surveyDesign, surveyMean } from "@observatoire/impact-indicators";
 * const design = surveyDesign({ weights: [10, 10, 10, 10, 10, 10] });
 * const cal = calibrate(design, {
 *   margins: [{ variable: "sexe", codes: ["F", "F", "F", "M", "M", "M"], targets: { F: 52, M: 48 } }],
 * });
 * Array.from(cal.weights).map((w) => Math.round(w * 1000) / 1000);
 * //=> [17.333, 17.333, 17.333, 16, 16, 16]
 * surveyMean([6, 7, 8, 5, 6, 7], cal.design).standardError;
 * //=> 0.3654404
 */
export function calibrate(design: SurveyDesign, options: CalibrateOptions): CalibrationResult {
  const base = designColumns(design);
  if (base === undefined) {
    throw invalid(`design must come from surveyDesign, got ${describe(design)}`, ["design"]);
  }
  if (base.replicates !== undefined) {
    throw invalid(
      "design has replicate weights: calibrate the design with strata and clusters, then make its replicates",
      ["design"],
    );
  }
  if (base.calibration !== undefined) {
    throw invalid("design is already calibrated: calibrate once on every margin", ["design"]);
  }
  const opts = readOptions(options);
  const calfun = readMethod(opts.calfun, CALFUNS, "linear", ["options", "calfun"]);
  const [lower, upper] = readBounds(opts.bounds, calfun);
  const margins = opts.margins as unknown;
  if (!Array.isArray(margins) || margins.length === 0) {
    throw invalid("margins must be a non-empty array of { variable, codes, targets }", [
      "options",
      "margins",
    ]);
  }
  const before = base.weights;
  const n = base.rows;
  const names = new Set<string>();
  checkLength(margins.length, ["options", "margins"], "margins");
  const encoded: EncodedCells[] = [];
  // A loop, not map, which would skip the holes of a sparse array.
  for (let m = 0; m < margins.length; m++) {
    const margin = margins[m] as unknown;
    const path = ["options", "margins", m];
    if (typeof margin !== "object" || margin === null) {
      throw invalid(`margins[${m}] must be an object { variable, codes, targets }`, path);
    }
    const { variable, codes, targets } = margin as Record<string, unknown>;
    if (typeof variable !== "string" || variable.length === 0 || names.has(variable)) {
      throw invalid(
        `margins[${m}].variable must be a non-empty string used once, got ${describe(variable)}`,
        [...path, "variable"],
      );
    }
    names.add(variable);
    encoded.push(encodeCells(codes, targets, before, path, "the design's weights"));
  }

  // Model matrix: an intercept, then per margin the categories with weight but the first.
  const total = (encoded[0] as EncodedCells).total;
  const cells: Int32Array[] = [];
  const offsets: number[] = [];
  const populationTotals: number[] = [total];
  encoded.forEach((margin, m) => {
    if (
      Math.abs(margin.total - total) >
      TOTALS_RELATIVE_TOLERANCE * Math.max(total, margin.total)
    ) {
      throw new ImpactError(
        "INCONSISTENT_MARGINS",
        `targets of margins[${m}] sum to ${margin.total} but those of margins[0] sum to ${total}: every margin must describe the same population total`,
        { path: ["options", "margins", m, "targets"] },
      );
    }
    const k = margin.keys.length;
    const weighted = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const c = margin.cells[i] as number;
      weighted[c] = (weighted[c] as number) + (before[i] as number);
    }
    const column = new Int32Array(k).fill(-1);
    let reference = -1;
    let next = 1;
    for (let c = 0; c < k; c++) {
      if ((margin.totals[c] as number) === 0 && (weighted[c] as number) > 0) {
        throw new ImpactError(
          "INCONSISTENT_MARGINS",
          `category "${margin.keys[c]}" has target 0 but respondents with weight: drop them or merge the category`,
          { path: ["options", "margins", m, "targets", margin.keys[c] as string] },
        );
      }
      if (!((weighted[c] as number) > 0)) continue;
      if (reference < 0) {
        reference = c;
        column[c] = 0;
      } else {
        column[c] = next++;
        populationTotals.push(margin.totals[c] as number);
      }
    }
    offsets.push(populationTotals.length - (next - 1));
    const coded = new Int32Array(n);
    for (let i = 0; i < n; i++) coded[i] = column[margin.cells[i] as number] as number;
    cells.push(coded);
  });
  const p = populationTotals.length;
  const target = Float64Array.from(populationTotals);

  const xtx = (w: Float64Array, factor: (i: number) => number): Float64Array => {
    const out = new Float64Array(p * p);
    const cols: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = (w[i] as number) * factor(i);
      if (v === 0) continue;
      calibrationRow(cells, offsets, i, cols);
      for (const a of cols) for (const b of cols) out[a * p + b] = (out[a * p + b] as number) + v;
    }
    return out;
  };
  const rowCols: number[] = [];
  const linear = (eta: Float64Array, i: number): number => {
    let u = 0;
    for (const col of calibrationRow(cells, offsets, i, rowCols)) u += eta[col] as number;
    return u;
  };
  const totalsOf = (w: Float64Array, factor: (i: number) => number): Float64Array => {
    const out = new Float64Array(p);
    for (let i = 0; i < n; i++) {
      const v = (w[i] as number) * factor(i);
      for (const col of calibrationRow(cells, offsets, i, rowCols)) {
        out[col] = (out[col] as number) + v;
      }
    }
    return out;
  };

  // R's grake: weights scaled first when every target is over 20 times its sample total.
  const sample = totalsOf(before, () => 1);
  let minRatio = Number.POSITIVE_INFINITY;
  let sumRatio = 0;
  for (let j = 0; j < p; j++) {
    const r = (target[j] as number) / (sample[j] as number);
    minRatio = Math.min(minRatio, r);
    sumRatio += r;
  }
  const scale = minRatio > 20 ? sumRatio / p : 1;
  const start = scale === 1 ? before : before.map((w) => w * scale);

  const { f, df } = calibrationFunction(calfun, lower, upper);
  const eta = new Float64Array(p);
  const g = new Float64Array(n).fill(1);
  const misfitOf = () => {
    const achieved = totalsOf(start, (i) => g[i] as number);
    const misfit = new Float64Array(p);
    let worst = 0;
    let relative = 0;
    for (let j = 0; j < p; j++) {
      const gap = (target[j] as number) - (achieved[j] as number);
      misfit[j] = gap;
      worst = Math.max(worst, Math.abs(gap));
      relative = Math.max(relative, Math.abs(gap) / (1 + Math.abs(target[j] as number)));
    }
    return { misfit, worst, relative };
  };
  let state = misfitOf();
  let iterations = 0;
  while (state.relative > 1e-13 && iterations < MAX_ITERATIONS) {
    iterations++;
    const tmat = xtx(start, (i) => df(linear(eta, i)));
    const step = semidefiniteSolver(tmat, p)(state.misfit);
    for (let j = 0; j < p; j++) eta[j] = (eta[j] as number) + (step[j] as number);
    let finite = false;
    for (let halving = 0; halving < 60 && !finite; halving++) {
      finite = true;
      for (let i = 0; i < n; i++) {
        const u = linear(eta, i);
        const value = 1 + f(u);
        if (!Number.isFinite(value) || !Number.isFinite(df(u))) {
          finite = false;
          break;
        }
        g[i] = value;
      }
      if (!finite) {
        for (let j = 0; j < p; j++) {
          step[j] = (step[j] as number) / 2;
          eta[j] = (eta[j] as number) - (step[j] as number);
        }
      }
    }
    const previous = state.relative;
    state = misfitOf();
    // Rounding floor: a step that no longer improves ends the iterations.
    if (state.relative <= 1e-13) break;
    if (iterations > 5 && !(state.relative < previous)) break;
  }
  if (state.relative > 1e-9) {
    throw new ImpactError(
      "NOT_CONVERGED",
      `calibration did not meet the margins (largest gap ${state.worst} after ${iterations} iterations): widen the bounds or merge small categories`,
      { path: ["options", "bounds"] },
    );
  }
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = (start[i] as number) * (g[i] as number);

  const solve = semidefiniteSolver(
    xtx(before, () => 1),
    p,
  );
  const allRows = new Int32Array(n);
  for (let i = 0; i < n; i++) allRows[i] = i;
  const calibration: CalibrationColumns = { cells, offsets, size: p, before, solve, allRows };
  const columns: DesignColumns = { ...base, weights, calibration };
  return {
    design: register({ ...design, degf: positiveDegf(columns) }, columns),
    weights: weights.slice(),
    iterations,
    maxAbsoluteError: state.worst,
  };
}

/** R's `degf`: PSUs minus strata among rows with a positive weight. */
function positiveDegf(columns: DesignColumns): number {
  const psus = new Set<number>();
  const strata = new Set<number>();
  for (let i = 0; i < columns.rows; i++) {
    if (!((columns.weights[i] as number) > 0)) continue;
    psus.add(columns.psu[i] as number);
    strata.add(columns.stratum[i] as number);
  }
  return psus.size - strata.size;
}
