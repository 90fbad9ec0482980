import { ImpactError } from "@observatoire/impact-core/kernel";
import type { GroupKey } from "../_lib/domain-sums";
import { largestMagnitude, scaleFor, tooLarge } from "../_lib/scale";
import {
  badWeight,
  checkLength,
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

/**
 * The values of {@link LonelyPsu}, the default (`"fail"`) first.
 *
 * @example
 * import { LONELY_PSU_RULES } from "@observatoire/impact-indicators";
 * LONELY_PSU_RULES;
 * //=> ["fail", "remove", "adjust", "average", "certainty"]
 */
export const LONELY_PSU_RULES: readonly LonelyPsu[] = Object.freeze([
  "fail",
  "remove",
  "adjust",
  "average",
  "certainty",
]);

/** A column of labels (strata, clusters): strings or finite numbers, one per row. */
export type LabelColumn = readonly GroupKey[] | NumericColumn;

/** Kinds of replicate weights, as R `svrepdesign(type = ...)`. */
export type ReplicateType = "JK1" | "JKn" | "BRR" | "Fay" | "bootstrap" | "other";

/**
 * The values of {@link ReplicateType}, the default (`"JK1"`) first.
 *
 * @example
 * import { REPLICATE_TYPES } from "@observatoire/impact-indicators";
 * REPLICATE_TYPES;
 * //=> ["JK1", "JKn", "BRR", "Fay", "bootstrap", "other"]
 */
export const REPLICATE_TYPES: readonly ReplicateType[] = Object.freeze([
  "JK1",
  "JKn",
  "BRR",
  "Fay",
  "bootstrap",
  "other",
]);

/**
 * Input of {@link surveyDesign} for replicate weights that a data producer publishes, as R
 * `svrepdesign(weights, repweights, type, scale, rscales, rho, mse, combined.weights = TRUE)`.
 */
export interface ReplicateDesignInput {
  /** Full-sample weights, one finite non-negative number per row. */
  weights: NumericColumn;
  /** One column of (full, not multiplier) weights per replicate, each one per row. */
  replicateWeights: readonly NumericColumn[];
  /** How the replicates were made. */
  type: ReplicateType;
  /**
   * Overall multiplier of the variance. Defaults as R: `(R - 1) / R` for JK1, `1 / R` for BRR,
   * `1 / (R (1 - rho)^2)` for Fay, `1 / (R - 1)` for bootstrap, 1 for JKn; required for
   * `"other"`; not accepted for BRR and Fay.
   */
  scale?: number | undefined;
  /** Per-replicate multipliers (one number or one per replicate); required for JKn, 1 otherwise. */
  rscales?: number | readonly number[] | undefined;
  /** Fay's coefficient in [0, 1), required for (and only for) `"Fay"`. */
  rho?: number | undefined;
  /** Centre the replicates on the full-sample estimate (true) or on their mean (false, default). */
  mse?: boolean | undefined;
}

/** Input of {@link surveyDesign} for a design with strata, clusters and fpc. */
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
  /** Number of replicate weights (0 for a linearisation design). */
  readonly replicates: number;
  /** The kind of replicates, undefined for a linearisation design. */
  readonly replicateType: ReplicateType | undefined;
}

/** @internal Replicate weights of a design and how to combine them. */
export interface ReplicateColumns {
  /** One column of full weights per replicate. */
  readonly weights: readonly Float64Array[];
  readonly scale: number;
  readonly rscales: Float64Array;
  readonly mse: boolean;
  readonly type: ReplicateType;
  /** R's `degf` of the whole design (rank of the replicate weights minus one), once known. */
  wholeDegf?: number;
}

/**
 * @internal The calibration of a design (R's `greg_calibration`): the model matrix is an
 * intercept plus, for each margin, the indicators of its categories but the first.
 */
export interface CalibrationColumns {
  /** Category index of each row, per margin (0 is the first category, left out of the matrix). */
  readonly cells: readonly Int32Array[];
  /** Column of category 1 of each margin in the model matrix. */
  readonly offsets: readonly number[];
  /** Columns of the model matrix. */
  readonly size: number;
  /** Weights before calibration. */
  readonly before: Float64Array;
  /** Solves `(sum w0 x x') b = rhs`. */
  readonly solve: (rhs: Float64Array) => Float64Array;
  /** Every row index, in order. */
  readonly allRows: Int32Array;
}

/**
 * @internal The columns of the calibration model matrix where row `i` has a 1 (the intercept,
 * 0, then the column of its category in each margin but the first category's), written into
 * `out`, which is returned.
 */
export function calibrationRow(
  cells: readonly Int32Array[],
  offsets: readonly number[],
  i: number,
  out: number[],
): number[] {
  out.length = 0;
  out.push(0);
  for (let m = 0; m < cells.length; m++) {
    const c = ((cells[m] as Int32Array)[i] as number) - 1;
    if (c >= 0) out.push((offsets[m] as number) + c);
  }
  return out;
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
  /** Replicate weights, when the variance comes from them. */
  readonly replicates?: ReplicateColumns;
  /** The calibration, when the weights were calibrated. */
  readonly calibration?: CalibrationColumns;
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

/**
 * A column of labels, checked for its length only: its entries (holes and `undefined` included)
 * are refused with their index by {@link labelAt} as the rows are coded, so that a sparse array
 * is never walked past its first hole.
 */
function readLabels(column: unknown, name: string, rows: number): LabelColumn | undefined {
  if (column === undefined) return undefined;
  if (!isNumericColumn(column)) {
    throw invalid(`${name} must be an array or a typed array, got ${describe(column)}`, [name]);
  }
  checkLength(column.length, [name], name);
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
export function surveyDesign(input: SurveyDesignInput | ReplicateDesignInput): SurveyDesign {
  const opts = readOptions(input as SurveyDesignInput & ReplicateDesignInput, "input");
  const weightsColumn = readColumn(opts.weights, "weights");
  const rows = weightsColumn.length;
  if (rows === 0) {
    throw new ImpactError("EMPTY_SAMPLE", "the design has no rows", { path: ["weights"] });
  }
  if (opts.replicateWeights !== undefined) return replicateWeightsDesign(opts, rows);
  for (const key of ["type", "scale", "rscales", "rho", "mse"] as const) {
    if (opts[key] !== undefined) {
      throw invalid(`${key} describes replicate weights: give replicateWeights too`, [key]);
    }
  }
  const lonelyPsu = readMethod(opts.lonelyPsu, LONELY_PSU_RULES, "fail", ["lonelyPsu"]);
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
    const table = new Int32Array(256).fill(-1);
    for (let i = 0; i < rows; i++) {
      const raw = strataColumn[i] as GroupKey;
      if (typeof raw === "number" && raw >= 0 && raw < 256 && (raw | 0) === raw) {
        const known = table[raw] as number;
        if (known >= 0) {
          stratum[i] = known;
          continue;
        }
      }
      const key = labelAt(strataColumn, i, "strata");
      if (key !== lastKey) {
        let code = codes.get(key);
        if (code === undefined) {
          code = stratumLabels.length;
          codes.set(key, code);
          stratumLabels.push(key);
          stratumFirst.push(i);
          if (typeof key === "number" && key >= 0 && key < 256 && (key | 0) === key) {
            table[key] = code;
          }
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
    // Integer cluster numbers (the usual coding) are looked up in a flat table of the PSU first
    // seen with that number; a number reused in another stratum takes the maps.
    const table = new Int32Array(Math.min(1 << 20, rows + 1)).fill(-1);
    let lastKey: GroupKey | undefined;
    let lastStratum = -1;
    let lastCode = -1;
    for (let i = 0; i < rows; i++) {
      const key = clustersColumn[i] as GroupKey;
      const s = stratum[i] as number;
      if (typeof key === "number" && key >= 0 && key < table.length && (key | 0) === key) {
        const known = table[key] as number;
        if (known >= 0 && psuStratumList[known] === s) {
          psu[i] = known;
          continue;
        }
      }
      labelAt(clustersColumn, i, "clusters");
      if (key !== lastKey || s !== lastStratum) {
        const inStratum = codes[s] as Map<GroupKey, number>;
        let code = inStratum.get(key);
        if (code === undefined) {
          code = psuStratumList.length;
          inStratum.set(key, code);
          psuStratumList.push(s);
          if (
            typeof key === "number" &&
            key >= 0 &&
            key < table.length &&
            (key | 0) === key &&
            (table[key] as number) < 0
          ) {
            table[key] = code;
          }
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

  return register(
    {
      kind: "survey-design",
      rows,
      strataCount: nStrata,
      psuCount: nPsu,
      degf: psus - strata,
      fpc: fpcColumn !== undefined,
      lonelyPsu,
      replicates: 0,
      replicateType: undefined,
    },
    {
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
    },
  );
}

/** @internal Freezes `summary` and keeps `columns` for the estimators. */
export function register(summary: SurveyDesign, columns: DesignColumns): SurveyDesign {
  const design = Object.freeze(summary);
  COLUMNS.set(design, columns);
  return design;
}

/** @internal Reads a column of weights (finite, non-negative) into a Float64Array. */
export function readWeights(
  column: unknown,
  path: (string | number)[],
  rows: number,
): Float64Array {
  if (!isNumericColumn(column)) {
    throw invalid(
      `${path.join(".")} must be an array of numbers or a typed array, got ${describe(column)}`,
      path,
    );
  }
  checkLength(column.length, path, path.join("."));
  if (column.length !== rows) {
    throw invalid(
      `${path.join(".")} has ${column.length} entries but weights has ${rows}: give one per row`,
      path,
    );
  }
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const w = column[i] as unknown;
    if (typeof w !== "number" || !(w >= 0 && w < Number.POSITIVE_INFINITY)) {
      throw invalid(`${path.join(".")}[${i}] must be a finite number >= 0, got ${describe(w)}`, [
        ...path,
        i,
      ]);
    }
    out[i] = w;
  }
  return out;
}

function positiveNumber(value: unknown, path: (string | number)[], what: string): number {
  if (typeof value !== "number" || !(value > 0 && value < Number.POSITIVE_INFINITY)) {
    throw invalid(`${what} must be a finite positive number, got ${describe(value)}`, path);
  }
  return value;
}

/** The design of replicate weights published with the data, as R `svrepdesign`. */
function replicateWeightsDesign(
  opts: Partial<SurveyDesignInput & ReplicateDesignInput>,
  rows: number,
): SurveyDesign {
  for (const key of ["strata", "clusters", "fpc", "lonelyPsu"] as const) {
    if (opts[key] !== undefined) {
      throw invalid(
        `${key} cannot be combined with replicateWeights: the replicates already carry the design`,
        [key],
      );
    }
  }
  const weights = readWeights(opts.weights, ["weights"], rows);
  const list = opts.replicateWeights;
  if (!Array.isArray(list) || list.length < 2) {
    throw invalid(
      `replicateWeights must be an array of at least 2 columns (one per replicate), got ${describe(list)}`,
      ["replicateWeights"],
    );
  }
  checkLength(list.length, ["replicateWeights"], "replicateWeights");
  // A loop, not map: map skips the holes of a sparse array, which readWeights refuses.
  const replicates: Float64Array[] = [];
  for (let r = 0; r < list.length; r++) {
    replicates.push(readWeights(list[r], ["replicateWeights", r], rows));
  }
  const count = replicates.length;
  const type = readMethod(opts.type, REPLICATE_TYPES, "JK1", ["type"]);
  if (opts.type === undefined) {
    throw invalid(
      `type is required with replicateWeights: one of ${REPLICATE_TYPES.map((t) => `"${t}"`).join(", ")}`,
      ["type"],
    );
  }
  if (opts.rho !== undefined && type !== "Fay") {
    throw invalid(`rho applies to type "Fay" only, not "${type}"`, ["rho"]);
  }
  if ((type === "BRR" || type === "Fay") && opts.scale !== undefined) {
    throw invalid(`type "${type}" sets its own scale; leave scale out`, ["scale"]);
  }
  let scale: number;
  switch (type) {
    case "BRR":
      scale = 1 / count;
      break;
    case "Fay": {
      const rho = opts.rho as unknown;
      if (typeof rho !== "number" || !(rho >= 0 && rho < 1)) {
        throw invalid(`type "Fay" needs rho, a number in [0, 1), got ${describe(rho)}`, ["rho"]);
      }
      scale = 1 / (count * (1 - rho) * (1 - rho));
      break;
    }
    case "bootstrap":
      scale =
        opts.scale === undefined ? 1 / (count - 1) : positiveNumber(opts.scale, ["scale"], "scale");
      break;
    case "JK1":
      scale =
        opts.scale === undefined
          ? (count - 1) / count
          : positiveNumber(opts.scale, ["scale"], "scale");
      break;
    case "JKn":
      scale = opts.scale === undefined ? 1 : positiveNumber(opts.scale, ["scale"], "scale");
      break;
    case "other":
      if (opts.scale === undefined) {
        throw invalid('type "other" needs scale, the multiplier of the variance', ["scale"]);
      }
      scale = positiveNumber(opts.scale, ["scale"], "scale");
      break;
  }
  const rscales = new Float64Array(count).fill(1);
  if (opts.rscales === undefined) {
    if (type === "JKn") {
      throw invalid(
        'type "JKn" needs rscales, (n_h - 1) / n_h for the stratum of each replicate, as R does',
        ["rscales"],
      );
    }
  } else if (typeof opts.rscales === "number") {
    rscales.fill(readRscale(opts.rscales, ["rscales"]));
  } else if (Array.isArray(opts.rscales) && opts.rscales.length === count) {
    // A loop, not forEach, which would skip holes and leave their default of 1.
    for (let r = 0; r < count; r++) rscales[r] = readRscale(opts.rscales[r], ["rscales", r]);
  } else {
    throw invalid(
      `rscales must be a number or an array of ${count} numbers (one per replicate), got ${describe(opts.rscales)}`,
      ["rscales"],
    );
  }
  if (opts.mse !== undefined && typeof opts.mse !== "boolean") {
    throw invalid(`mse must be true or false, got ${describe(opts.mse)}`, ["mse"]);
  }
  return replicateColumnsDesign(weights, replicates, {
    type,
    scale,
    rscales,
    mse: opts.mse ?? false,
  });
}

function readRscale(value: unknown, path: (string | number)[]): number {
  if (typeof value !== "number" || !(value >= 0 && value < Number.POSITIVE_INFINITY)) {
    throw invalid(`rscales must hold finite numbers >= 0, got ${describe(value)}`, path);
  }
  return value;
}

/** @internal A design whose variance comes from `replicates` (full weights per replicate). */
export function replicateColumnsDesign(
  weights: Float64Array,
  replicates: readonly Float64Array[],
  options: { type: ReplicateType; scale: number; rscales: Float64Array; mse: boolean },
  base?: DesignColumns,
): SurveyDesign {
  const rows = weights.length;
  let largest = 0;
  replicates.forEach((column, r) => {
    // Replicates made from a design multiply its weights (by n / (n - 1) for JK1, by the
    // bootstrap's resampling counts): near Number.MAX_VALUE the product overflows.
    const max = largestMagnitude(column);
    if (!(max < Number.POSITIVE_INFINITY)) {
      throw tooLarge(`a weight of replicate ${r + 1}`, ["design"]);
    }
    largest = Math.max(largest, max);
  });
  const repColumns: ReplicateColumns = { weights: replicates, ...options };
  const all = new Int32Array(rows);
  for (let i = 0; i < rows; i++) all[i] = i;
  const degf = replicateRank(replicates, all, rows, scaleFor(largest)) - 1;
  repColumns.wholeDegf = degf;
  const columns: DesignColumns = base
    ? { ...base, replicates: repColumns }
    : {
        rows,
        weights,
        stratum: new Int32Array(rows),
        psu: all,
        psuStratum: new Int32Array(rows),
        stratumPsus: Float64Array.of(rows),
        stratumFactor: Float64Array.of(1),
        stratumLabels: [1],
        stratumFirstRow: Int32Array.of(0),
        nStrata: 1,
        nPsu: rows,
        lonelyPsu: "fail",
        hasStrata: false,
        replicates: repColumns,
      };
  return register(
    {
      kind: "survey-design",
      rows,
      strataCount: columns.nStrata,
      psuCount: columns.nPsu,
      degf,
      fpc: base ? base.stratumFactor.some((f) => f < 1) : false,
      lonelyPsu: columns.lonelyPsu,
      replicates: replicates.length,
      replicateType: options.type,
    },
    columns,
  );
}

/**
 * @internal The numerical rank of the replicate weights restricted to `rows[0..count)`, as R's
 * `qr(weights, tol = 1e-5)$rank` (which `degf` of a replicate design takes, minus one): columns
 * in order, each dropped when its norm after projection on the kept ones falls below 1e-5 of
 * its norm (LINPACK's limited pivoting), computed on the Gram matrix. A rank is at most the
 * number of replicates, so an evenly spaced subset of rows is tried first: when its columns
 * are already independent, so are the full ones (the usual case, in a fraction of the time).
 * The weights are multiplied by `scale` (a power of two from `scale.ts`, which leaves the rank
 * as it is) so that their products neither overflow nor underflow.
 */
export function replicateRank(
  replicates: readonly Float64Array[],
  rows: Int32Array,
  count: number,
  scale: number,
): number {
  const k = replicates.length;
  const probe = 8 * k + 64;
  if (count > 2 * probe) {
    const sample = new Int32Array(probe);
    for (let t = 0; t < probe; t++) sample[t] = rows[Math.floor((t * count) / probe)] as number;
    if (gramRank(replicates, sample, probe, scale) === k) return k;
  }
  return gramRank(replicates, rows, count, scale);
}

function gramRank(
  replicates: readonly Float64Array[],
  rows: Int32Array,
  count: number,
  scale: number,
): number {
  const columns = replicates.length;
  // The rank is at most min(rows, columns): with more replicates than rows, work on the rows.
  const byRow = count < columns;
  const k = byRow ? count : columns;
  const gram = new Float64Array(k * k);
  if (byRow) {
    for (let a = 0; a < k; a++) {
      const ia = rows[a] as number;
      for (let b = a; b < k; b++) {
        const ib = rows[b] as number;
        let sum = 0;
        for (let r = 0; r < columns; r++) {
          const x = replicates[r] as Float64Array;
          sum += (x[ia] as number) * scale * ((x[ib] as number) * scale);
        }
        gram[a * k + b] = sum;
        gram[b * k + a] = sum;
      }
    }
  } else {
    // Blocks of rows copied side by side, so that the k(k+1)/2 products stay in cache.
    const BLOCK = 512;
    const block = new Float64Array(BLOCK * k);
    for (let start = 0; start < count; start += BLOCK) {
      const size = Math.min(BLOCK, count - start);
      for (let a = 0; a < k; a++) {
        const x = replicates[a] as Float64Array;
        const base = a * BLOCK;
        for (let t = 0; t < size; t++) {
          block[base + t] = (x[rows[start + t] as number] as number) * scale;
        }
      }
      for (let a = 0; a < k; a++) {
        const ba = a * BLOCK;
        for (let b = a; b < k; b++) {
          const bb = b * BLOCK;
          let sum = 0;
          for (let t = 0; t < size; t++)
            sum += (block[ba + t] as number) * (block[bb + t] as number);
          gram[a * k + b] = (gram[a * k + b] as number) + sum;
        }
      }
    }
    for (let a = 0; a < k; a++)
      for (let b = 0; b < a; b++) gram[a * k + b] = gram[b * k + a] as number;
  }
  // Incremental Cholesky on the kept columns.
  const kept: number[] = [];
  const lower = new Float64Array(k * k);
  const tol = 1e-5;
  for (let j = 0; j < k; j++) {
    const norm2 = gram[j * k + j] as number;
    let residual = norm2;
    const coef = new Float64Array(kept.length);
    for (let m = 0; m < kept.length; m++) {
      const c = kept[m] as number;
      let v = gram[j * k + c] as number;
      for (let q = 0; q < m; q++) v -= (lower[m * k + q] as number) * (coef[q] as number);
      v /= lower[m * k + m] as number;
      coef[m] = v;
      residual -= v * v;
    }
    if (!(norm2 > 0) || !(residual > tol * tol * norm2)) continue;
    const m = kept.length;
    kept.push(j);
    for (let q = 0; q < m; q++) lower[m * k + q] = coef[q] as number;
    lower[m * k + m] = Math.sqrt(residual);
  }
  return kept.length;
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
