import { ImpactError } from "@observatoire/impact-core/kernel";
import { describe, invalid, readMethod, readOptions } from "../_lib/validate";
import {
  type DesignColumns,
  designColumns,
  replicateColumnsDesign,
  type SurveyDesign,
} from "./survey-design";

/** Replicates that {@link replicateDesign} can make, as R `as.svrepdesign(type = ...)`. */
export type ReplicateMethod = "JK1" | "JKn" | "bootstrap";

const METHODS: readonly ReplicateMethod[] = ["JK1", "JKn", "bootstrap"];

/** Options of {@link replicateDesign}. */
export interface ReplicateDesignOptions {
  /** `"JK1"` (unstratified designs), `"JKn"` (stratified) or `"bootstrap"`. */
  type: ReplicateMethod;
  /** Number of bootstrap replicates; 50 by default, as R. Not for the jackknives. */
  replicates?: number | undefined;
  /** Seed of the bootstrap's generator (an integer); 1 by default, so runs repeat. */
  seed?: number | undefined;
}

/**
 * Replicate weights for a design, as R `as.svrepdesign(design, type)`: the jackknife deleting
 * one PSU at a time (`"JK1"` for an unstratified design, scale `(1 - f)(n - 1)/n`; `"JKn"` within
 * strata, rscales `(1 - f_h)(n_h - 1)/n_h`, lonely PSUs as the design's rule) or Canty and
 * Davison's bootstrap of PSUs within strata (`"bootstrap"`, `replicates` draws, without
 * replacement from the population's PSUs when the design has an fpc). Estimators then take their
 * standard errors from the replicates. The bootstrap uses its own seeded generator, not R's: its
 * replicates are not R's, only alike in distribution.
 *
 * @param design - a design from `surveyDesign` with strata, clusters or fpc (not replicates)
 * @param options - `type`, and for the bootstrap `replicates` and `seed`
 * @returns a frozen design with replicate weights
 * @throws {@link ImpactError} `INVALID_INPUT` for a design that is not one, already has
 *   replicates or is calibrated, JK1 on a stratified design or JKn on an unstratified one, a bad count or seed,
 *   or a lonely PSU under the rule `"fail"`; `EMPTY_SAMPLE` when every stratum is sampled in full
 * @example
 * import { replicateDesign, surveyDesign, surveyMean } from "@observatoire/impact-indicators";
 * const design = surveyDesign({ weights: [1, 1, 2, 2, 2], clusters: [1, 1, 2, 3, 3] });
 * const jk = replicateDesign(design, { type: "JK1" });
 * [jk.replicates, jk.degf, surveyMean([7, 9, 6, 8, 4], jk).standardError];
 * //=> [3, 2, 0.5879447]
 */
export function replicateDesign(
  design: SurveyDesign,
  options: ReplicateDesignOptions,
): SurveyDesign {
  const columns = designColumns(design);
  if (columns === undefined) {
    throw invalid(`design must come from surveyDesign, got ${describe(design)}`, ["design"]);
  }
  if (columns.replicates !== undefined) {
    throw invalid("design already has replicate weights", ["design"]);
  }
  if (columns.calibration !== undefined) {
    throw invalid(
      "design is calibrated: make the replicates of the design before calibration (replicates of a calibrated design would need recalibrating each one)",
      ["design"],
    );
  }
  const opts = readOptions(options);
  if (opts.type === undefined) {
    throw invalid('type is required: "JK1", "JKn" or "bootstrap"', ["options", "type"]);
  }
  const type = readMethod(opts.type, METHODS, "JK1", ["options", "type"]);
  if (type !== "bootstrap" && (opts.replicates !== undefined || opts.seed !== undefined)) {
    throw invalid(`replicates and seed apply to the bootstrap, not to ${type}`, [
      "options",
      opts.replicates !== undefined ? "replicates" : "seed",
    ]);
  }
  if (type === "JK1") return jackknife1(columns);
  if (type === "JKn") return jackknifeN(columns);
  const replicates = opts.replicates ?? 50;
  if (!Number.isInteger(replicates) || replicates < 2 || replicates > 100000) {
    throw invalid(
      `replicates must be an integer from 2 to 100000, got ${describe(opts.replicates)}`,
      ["options", "replicates"],
    );
  }
  const seed = opts.seed ?? 1;
  if (!Number.isInteger(seed)) {
    throw invalid(`seed must be an integer, got ${describe(opts.seed)}`, ["options", "seed"]);
  }
  return bootstrap(columns, replicates, seed);
}

/** Rows of each PSU, and the PSUs of each stratum, in order of first appearance. */
function layout(columns: DesignColumns) {
  const psuStrata: number[][] = Array.from({ length: columns.nStrata }, () => []);
  for (let j = 0; j < columns.nPsu; j++) psuStrata[columns.psuStratum[j] as number]?.push(j);
  return psuStrata;
}

/** Replicate `r` where the PSUs of stratum `h` are multiplied by `factor(j)`. */
function reweight(columns: DesignColumns, factorOfPsu: Float64Array): Float64Array {
  const { weights, psu, rows } = columns;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    out[i] = (weights[i] as number) * (factorOfPsu[psu[i] as number] as number);
  }
  return out;
}

function jackknife1(columns: DesignColumns): SurveyDesign {
  if (columns.hasStrata && columns.nStrata > 1) {
    throw invalid('JK1 is for unstratified designs, as in R: use type "JKn"', ["options", "type"]);
  }
  const n = columns.nPsu;
  if (n < 2) {
    throw new ImpactError("EMPTY_SAMPLE", "JK1 needs at least 2 PSUs", { path: ["design"] });
  }
  const f = columns.stratumFactor[0] as number;
  if (f === 0) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      "every PSU of the population is in the sample: there is no sampling variance to replicate",
      { path: ["design"] },
    );
  }
  const replicates: Float64Array[] = [];
  const factor = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    factor.fill(n / (n - 1));
    factor[j] = 0;
    replicates.push(reweight(columns, factor));
  }
  return replicateColumnsDesign(
    columns.weights,
    replicates,
    { type: "JK1", scale: (f * (n - 1)) / n, rscales: new Float64Array(n).fill(1), mse: false },
    columns,
  );
}

function jackknifeN(columns: DesignColumns): SurveyDesign {
  if (!columns.hasStrata) {
    throw invalid('JKn is for stratified designs, as in R: use type "JK1" or "bootstrap"', [
      "options",
      "type",
    ]);
  }
  const nStrata = columns.nStrata;
  const psuStrata = layout(columns);
  const replicates: Float64Array[] = [];
  const rscales: number[] = [];
  const factor = new Float64Array(columns.nPsu);
  let skipped = false;
  for (let h = 0; h < nStrata; h++) {
    const psus = psuStrata[h] as number[];
    const n = psus.length;
    const f = columns.stratumFactor[h] as number;
    if (f === 0) continue; // sampled in full: no replicate (R's survey.drop.replicates)
    if (n === 1) {
      switch (columns.lonelyPsu) {
        case "fail":
          throw invalid(
            `stratum ${describe(columns.stratumLabels[h])} has a single PSU: choose another lonelyPsu rule`,
            ["strata", columns.stratumFirstRow[h] as number],
          );
        case "adjust":
          // R: the lonely stratum deleted, every other PSU weighted up by H / (H - 1).
          factor.fill(nStrata / (nStrata - 1));
          factor[psus[0] as number] = 0;
          replicates.push(reweight(columns, factor));
          rscales.push((nStrata - 1) / nStrata);
          continue;
        default:
          skipped = true;
          continue;
      }
    }
    for (const j of psus) {
      factor.fill(1);
      for (const other of psus) factor[other] = n / (n - 1);
      factor[j] = 0;
      replicates.push(reweight(columns, factor));
      rscales.push((f * (n - 1)) / n);
    }
  }
  if (replicates.length === 0) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      "every stratum is sampled in full or has a single PSU: there is no replicate to make",
      { path: ["design"] },
    );
  }
  // R's "average": the variance scaled by PSUs over replicates when some strata gave none.
  const scale = skipped && columns.lonelyPsu === "average" ? columns.nPsu / replicates.length : 1;
  return replicateColumnsDesign(
    columns.weights,
    replicates,
    { type: "JKn", scale, rscales: Float64Array.from(rscales), mse: false },
    columns,
  );
}

/** A 32-bit generator (mulberry32): fast, seeded, well spread for resampling. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bootstrap(columns: DesignColumns, count: number, seed: number): SurveyDesign {
  const random = generator(seed);
  const psuStrata = layout(columns);
  const replicates: Float64Array[] = [];
  const factor = new Float64Array(columns.nPsu);
  let inverseSum = 0;
  for (const psus of psuStrata) inverseSum += 1 / psus.length;
  // R: the harmonic mean of PSUs per stratum.
  const perStratum = columns.nStrata / inverseSum;
  if (!(perStratum > 1)) {
    throw new ImpactError("EMPTY_SAMPLE", "the bootstrap needs strata with more than one PSU", {
      path: ["design"],
    });
  }
  for (let r = 0; r < count; r++) {
    factor.fill(0);
    for (let h = 0; h < columns.nStrata; h++) {
      const psus = psuStrata[h] as number[];
      const n = psus.length;
      const f = columns.stratumFactor[h] as number;
      if (f === 1) {
        // With replacement: n draws among the n PSUs.
        for (let d = 0; d < n; d++) {
          const j = psus[Math.floor(random() * n)] as number;
          factor[j] = (factor[j] as number) + 1;
        }
      } else {
        // Without replacement among the population's PSUs (each sampled PSU repeated
        // N_h / n_h times), as R's bootstratum with popsize.
        const population = Math.round(n / (1 - f));
        const pool = new Int32Array(population);
        for (let q = 0; q < population; q++) pool[q] = psus[q % n] as number;
        for (let d = 0; d < n; d++) {
          const pick = d + Math.floor(random() * (population - d));
          const j = pool[pick] as number;
          pool[pick] = pool[d] as number;
          pool[d] = j;
          factor[j] = (factor[j] as number) + 1;
        }
      }
    }
    replicates.push(reweight(columns, factor));
  }
  return replicateColumnsDesign(
    columns.weights,
    replicates,
    {
      type: "bootstrap",
      scale: perStratum / ((perStratum - 1) * (count - 1)),
      rscales: new Float64Array(count).fill(1),
      mse: false,
    },
    columns,
  );
}
