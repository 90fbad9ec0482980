import { ImpactError } from "@observatoire/impact-core";
import type { GroupKey } from "../_lib/domain-sums";
import {
  badWeight,
  describe,
  invalid,
  isNumericColumn,
  readColumn,
  readMethod,
  readOptions,
} from "../_lib/validate";
import type { NumericColumn } from "../types";

/** What to do with a stratum that has a single PSU, as R's `options(survey.lonely.psu)`. */
export type LonelyPsu = "fail" | "remove" | "adjust" | "average" | "certainty";

const LONELY: readonly LonelyPsu[] = ["fail", "remove", "adjust", "average", "certainty"];

/** A column of labels (strata, clusters): strings or finite numbers, one per row. */
export type LabelColumn = readonly GroupKey[] | NumericColumn;

/** Input of {@link surveyDesign}. */
export interface SurveyDesignInput {
  /** Sampling weights, one finite non-negative number per row. */
  weights: NumericColumn;
  /** Stratum of each row; one stratum when omitted. */
  strata?: LabelColumn | undefined;
  /**
   * Primary sampling unit (cluster) of each row, nested in its stratum (R's `nest = TRUE`);
   * each row is its own PSU when omitted.
   */
  clusters?: LabelColumn | undefined;
  /**
   * Finite population correction per row, as R reads it: all values `>= 1` are the population
   * size of the row's stratum (counted in PSUs when clustered); all values in (0, 1] are the
   * sampling fraction. Sampling is with replacement when omitted.
   */
  fpc?: NumericColumn | undefined;
  /** Strata with a single PSU, as R's `survey.lonely.psu`; `"fail"` by default. */
  lonelyPsu?: LonelyPsu | undefined;
}

/**
 * A survey design: weights, strata, first-stage clusters and finite population corrections,
 * frozen. Estimators accept it in place of a weights column. Its columns are kept out of
 * reach (the object is a summary); build a new design to change them.
 */
export interface SurveyDesign {
  /** Marks the object as a design. */
  readonly kind: "survey-design";
  /** Rows of the design (zero weights included). */
  readonly rows: number;
  /** Number of strata (1 when none were given). */
  readonly strataCount: number;
  /** Number of PSUs (the rows when no clusters were given). */
  readonly psuCount: number;
  /** R's `degf`: PSUs minus strata, counting those with a positive weight. */
  readonly degf: number;
  /** Whether a finite population correction applies. */
  readonly fpc: boolean;
  /** The lonely PSU rule. */
  readonly lonelyPsu: LonelyPsu;
}

/** @internal The columns of a design, coded for one-pass estimation. */
export interface DesignColumns {
  readonly rows: number;
  readonly weights: Float64Array;
  /** Stratum index of each row. */
  readonly stratum: Int32Array;
  /** PSU index of each row (PSUs are numbered across strata). */
  readonly psu: Int32Array;
  /** Stratum index of each PSU. */
  readonly psuStratum: Int32Array;
  /** PSUs of each stratum in the whole sample (R's `fpc$sampsize`). */
  readonly stratumPsus: Float64Array;
  /** `1 - n_h / N_h` per stratum (1 without fpc). */
  readonly stratumFactor: Float64Array;
  /** The label of each stratum, for messages. */
  readonly stratumLabels: readonly GroupKey[];
  /** First row of each stratum, for error paths. */
  readonly stratumFirstRow: Int32Array;
  readonly nStrata: number;
  readonly nPsu: number;
  readonly lonelyPsu: LonelyPsu;
  readonly hasStrata: boolean;
}

const COLUMNS = new WeakMap<SurveyDesign, DesignColumns>();

/** @internal The coded columns of `design`, or undefined when it is not a design. */
export function designColumns(design: unknown): DesignColumns | undefined {
  return typeof design === "object" && design !== null
    ? COLUMNS.get(design as SurveyDesign)
    : undefined;
}

/**
 * Whether `value` is a design made by {@link surveyDesign} (a copy of one is not).
 *
 * @param value - anything
 * @returns true for a design
 * @example
 * import { isSurveyDesign, surveyDesign } from "@observatoire/impact-indicators";
 * [isSurveyDesign(surveyDesign({ weights: [1, 2] })), isSurveyDesign({ kind: "survey-design" })];
 * //=> [true, false]
 */
export function isSurveyDesign(value: unknown): value is SurveyDesign {
  return designColumns(value) !== undefined;
}

function labelAt(column: LabelColumn, i: number, name: string): GroupKey {
  const key = column[i] as unknown;
  if (typeof key === "string" || (typeof key === "number" && Number.isFinite(key))) return key;
  throw invalid(`${name}[${i}] must be a string or a finite number, got ${describe(key)}`, [
    name,
    i,
  ]);
}

function readLabels(column: unknown, name: string, rows: number): LabelColumn | undefined {
  if (column === undefined) return undefined;
  if (!isNumericColumn(column)) {
    throw invalid(`${name} must be an array or a typed array, got ${describe(column)}`, [name]);
  }
  if (column.length !== rows) {
    throw invalid(
      `${name} has ${column.length} entries but weights has ${rows}: give one per row`,
      [name],
    );
  }
  return column as LabelColumn;
}

/**
 * A survey design as R `svydesign(ids = ~cluster, strata = ~stratum, weights = ~w, fpc = ~fpc,
 * nest = TRUE)` builds it, for first-stage (ultimate cluster) linearisation: with replacement
 * when there is no fpc; `fpc` is read as R reads it (population sizes when all are >= 1,
 * sampling fractions when all are in (0, 1]). Lonely PSUs follow R's `survey.lonely.psu`:
 * `"fail"` (default; refused here when the design is built, naming the stratum), `"remove"` and
 * `"certainty"` (no contribution), `"adjust"` (centred on the overall mean), `"average"` (the
 * average variance of the other strata).
 *
 * @param input - `weights`, and optionally `strata`, `clusters`, `fpc`, `lonelyPsu`
 * @returns a frozen {@link SurveyDesign} that `surveyProportion`, `domainProportions`,
 *   `surveyMean`, `surveyTotal`, `domainMeans` and `domainTotals` take in place of weights
 * @throws {@link ImpactError} `INVALID_INPUT` for a bad weight, label or fpc (with its path),
 *   columns of different lengths, an fpc that varies within a stratum, mixes sizes and
 *   fractions or implies more than 100 % sampling, or a stratum with a single PSU under
 *   `lonelyPsu: "fail"`; `EMPTY_SAMPLE` for no rows
 * @example
 * import { surveyDesign, surveyProportion } from "@observatoire/impact-indicators";
 * const design = surveyDesign({
 *   weights: [2, 2, 3, 3, 1, 1],
 *   strata: ["a", "a", "a", "a", "b", "b"],
 *   clusters: [1, 1, 2, 2, 3, 4],
 * });
 * [design.strataCount, design.psuCount, design.degf];
 * //=> [2, 4, 2]
 * surveyDesign({ weights: [1, 1], strata: ["a", "b"] });
 * //=> throws INVALID_INPUT
 */
export function surveyDesign(input: SurveyDesignInput): SurveyDesign {
  const opts = readOptions(input, "input");
  const weightsColumn = readColumn(opts.weights, "weights");
  const rows = weightsColumn.length;
  if (rows === 0) {
    throw new ImpactError("EMPTY_SAMPLE", "the design has no rows", { path: ["weights"] });
  }
  const lonelyPsu = readMethod(opts.lonelyPsu, LONELY, "fail", ["lonelyPsu"]);
  const strataColumn = readLabels(opts.strata, "strata", rows);
  const clustersColumn = readLabels(opts.clusters, "clusters", rows);
  const fpcColumn = opts.fpc === undefined ? undefined : readColumn(opts.fpc, "fpc");
  if (fpcColumn !== undefined && fpcColumn.length !== rows) {
    throw invalid(`fpc has ${fpcColumn.length} entries but weights has ${rows}: give one per row`, [
      "fpc",
    ]);
  }

  const weights = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const w = weightsColumn[i] as unknown;
    if (typeof w !== "number" || !(w >= 0 && w < Number.POSITIVE_INFINITY)) {
      throw badWeight(w, i);
    }
    weights[i] = w;
  }

  // Strata: labels coded in order of first appearance.
  const stratum = new Int32Array(rows);
  const stratumLabels: GroupKey[] = [];
  const stratumFirst: number[] = [];
  if (strataColumn === undefined) {
    stratumLabels.push(1);
    stratumFirst.push(0);
  } else {
    const codes = new Map<GroupKey, number>();
    let lastKey: GroupKey | undefined;
    let lastCode = -1;
    for (let i = 0; i < rows; i++) {
      const key = labelAt(strataColumn, i, "strata");
      if (key !== lastKey) {
        let code = codes.get(key);
        if (code === undefined) {
          code = stratumLabels.length;
          codes.set(key, code);
          stratumLabels.push(key);
          stratumFirst.push(i);
        }
        lastKey = key;
        lastCode = code;
      }
      stratum[i] = lastCode;
    }
  }
  const nStrata = stratumLabels.length;

  // PSUs, nested in strata.
  const psu = new Int32Array(rows);
  const psuStratumList: number[] = [];
  if (clustersColumn === undefined) {
    for (let i = 0; i < rows; i++) {
      psu[i] = i;
      psuStratumList.push(stratum[i] as number);
    }
  } else {
    const codes: Map<GroupKey, number>[] = stratumLabels.map(() => new Map());
    let lastKey: GroupKey | undefined;
    let lastStratum = -1;
    let lastCode = -1;
    for (let i = 0; i < rows; i++) {
      const key = labelAt(clustersColumn, i, "clusters");
      const s = stratum[i] as number;
      if (key !== lastKey || s !== lastStratum) {
        const inStratum = codes[s] as Map<GroupKey, number>;
        let code = inStratum.get(key);
        if (code === undefined) {
          code = psuStratumList.length;
          inStratum.set(key, code);
          psuStratumList.push(s);
        }
        lastKey = key;
        lastStratum = s;
        lastCode = code;
      }
      psu[i] = lastCode;
    }
  }
  const nPsu = psuStratumList.length;
  const psuStratum = Int32Array.from(psuStratumList);
  const stratumPsus = new Float64Array(nStrata);
  for (let j = 0; j < nPsu; j++) {
    const h = psuStratum[j] as number;
    stratumPsus[h] = (stratumPsus[h] as number) + 1;
  }

  const stratumFactor = new Float64Array(nStrata).fill(1);
  if (fpcColumn !== undefined)
    readFpc(fpcColumn, stratum, stratumPsus, stratumLabels, stratumFactor);

  if (lonelyPsu === "fail") {
    for (let h = 0; h < nStrata; h++) {
      if (stratumPsus[h] === 1 && !((stratumFactor[h] as number) < 1e-7)) {
        const row = stratumFirst[h] as number;
        throw invalid(
          `stratum ${describe(stratumLabels[h])} has a single PSU, whose variance cannot be estimated; choose lonelyPsu "remove", "adjust", "average" or "certainty" (R's survey.lonely.psu)`,
          strataColumn === undefined ? ["clusters"] : ["strata", row],
        );
      }
    }
  }

  // R's degf: PSUs minus strata among rows with a positive weight.
  const seenPsu = new Uint8Array(nPsu);
  const seenStratum = new Uint8Array(nStrata);
  let psus = 0;
  let strata = 0;
  for (let i = 0; i < rows; i++) {
    if (!((weights[i] as number) > 0)) continue;
    const j = psu[i] as number;
    if (seenPsu[j] === 0) {
      seenPsu[j] = 1;
      psus++;
    }
    const h = stratum[i] as number;
    if (seenStratum[h] === 0) {
      seenStratum[h] = 1;
      strata++;
    }
  }

  const design: SurveyDesign = Object.freeze({
    kind: "survey-design",
    rows,
    strataCount: nStrata,
    psuCount: nPsu,
    degf: psus - strata,
    fpc: fpcColumn !== undefined,
    lonelyPsu,
  });
  COLUMNS.set(design, {
    rows,
    weights,
    stratum,
    psu,
    psuStratum,
    stratumPsus,
    stratumFactor,
    stratumLabels,
    stratumFirstRow: Int32Array.from(stratumFirst),
    nStrata,
    nPsu,
    lonelyPsu,
    hasStrata: strataColumn !== undefined,
  });
  return design;
}

/** Reads the fpc column into `1 - n_h / N_h` per stratum, as R's `as.fpc`. */
function readFpc(
  column: NumericColumn,
  stratum: Int32Array,
  stratumPsus: Float64Array,
  labels: readonly GroupKey[],
  factor: Float64Array,
): void {
  const rows = column.length;
  let sizes = false;
  let fractions = false;
  for (let i = 0; i < rows; i++) {
    const v = column[i] as unknown;
    if (typeof v !== "number" || !(v > 0 && v < Number.POSITIVE_INFINITY)) {
      throw invalid(
        `fpc[${i}] must be a population size (>= 1) or a sampling fraction in (0, 1], got ${describe(v)}`,
        ["fpc", i],
      );
    }
    if (v > 1) sizes = true;
    if (v < 1) fractions = true;
  }
  if (sizes === fractions) {
    throw invalid(
      sizes
        ? "fpc mixes population sizes (> 1) and sampling fractions (< 1): give all of one kind, as R does"
        : "fpc is 1 on every row: R cannot tell population sizes from sampling fractions here; give the population size of each stratum",
      ["fpc"],
    );
  }
  const seen = new Float64Array(labels.length).fill(Number.NaN);
  for (let i = 0; i < rows; i++) {
    const h = stratum[i] as number;
    const v = column[i] as number;
    const previous = seen[h] as number;
    if (Number.isNaN(previous)) seen[h] = v;
    else if (previous !== v) {
      throw invalid(
        `fpc[${i}] is ${v} but an earlier row of stratum ${describe(labels[h])} has ${previous}: the fpc of a stratum is one number`,
        ["fpc", i],
      );
    }
  }
  for (let h = 0; h < labels.length; h++) {
    const n = stratumPsus[h] as number;
    const v = seen[h] as number;
    const population = sizes ? v : n / v;
    if (population < n) {
      throw invalid(
        `fpc of stratum ${describe(labels[h])} gives a population of ${population} PSUs, fewer than the ${n} sampled (more than 100 % sampling)`,
        ["fpc"],
      );
    }
    factor[h] = (population - n) / population;
  }
}
