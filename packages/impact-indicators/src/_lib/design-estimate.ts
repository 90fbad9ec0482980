import { ImpactError } from "@observatoire/impact-core/kernel";
import {
  type DesignColumns,
  designColumns,
  isSurveyDesign,
  surveyDesign,
} from "../design/survey-design";
import type { NumericColumn, SurveyEstimate, SurveyMethod } from "../types";
import {
  CELL_LIMIT,
  cellEstimates,
  codeGroups,
  DesignScratch,
  type LinearEstimate,
  type LinearStatistic,
  linearEstimate,
  rowsByGroup,
} from "./design-variance";
import type { GroupKey } from "./domain-sums";
import { studentCritical } from "./quantiles";
import { tooLarge } from "./scale";
import { proportionBounds } from "./survey-core";
import { checkLength, describe, invalid, isNumericColumn, notBinary, readMethod } from "./validate";

/** What to do with missing values (NaN, null, undefined). */
export type MissingValues = "fail" | "drop";

const NA_RULES: readonly MissingValues[] = ["fail", "drop"];

/** @internal Reads the `na` option; `"fail"` by default. */
export function readNa(na: unknown): MissingValues {
  return readMethod(na, NA_RULES, "fail", ["options", "na"]);
}

/**
 * @internal The design behind `weightsOrDesign`: a design made by `surveyDesign`, or a weights
 * column (all 1 when undefined) read as R's `svydesign(ids = ~1, weights = ~w)`.
 */
export function resolveDesign(weightsOrDesign: unknown, rows: number): DesignColumns {
  const known = designColumns(weightsOrDesign);
  if (known !== undefined) {
    if (known.rows !== rows) {
      throw invalid(
        `values has ${rows} entries but the design has ${known.rows} rows: give one value per row of the design`,
        ["values"],
      );
    }
    return known;
  }
  if (weightsOrDesign !== undefined && !isNumericColumn(weightsOrDesign)) {
    throw invalid(
      `weights must be an array of numbers, a typed array or a design from surveyDesign, got ${describe(weightsOrDesign)}`,
      ["weights"],
    );
  }
  if (weightsOrDesign !== undefined) checkLength(weightsOrDesign.length, ["weights"], "weights");
  if (rows === 0) {
    throw new ImpactError("EMPTY_SAMPLE", "values is empty: there is nothing to estimate", {
      path: ["values"],
    });
  }
  const weights = weightsOrDesign ?? new Float64Array(rows).fill(1);
  if (weights.length !== rows) {
    throw invalid(
      `weights has ${weights.length} entries but values has ${rows}: give one weight per value`,
      ["weights"],
    );
  }
  // A design of one row has a single PSU; let the estimate say there is too little data.
  const design = surveyDesign({ weights, lonelyPsu: rows === 1 ? "remove" : "fail" });
  return designColumns(design) as DesignColumns;
}

/** @internal Values as numbers, with the rows to keep when missing values are dropped. */
export function readDesignValues(
  values: unknown,
  na: MissingValues,
  binary: boolean,
): { values: NumericColumn; keep: Uint8Array | undefined } {
  if (!isNumericColumn(values)) {
    throw invalid(`values must be an array of numbers or a typed array, got ${describe(values)}`, [
      "values",
    ]);
  }
  const n = values.length;
  checkLength(n, ["values"], "values");
  let keep: Uint8Array | undefined;
  for (let i = binary ? binaryPrefix(values) : 0; i < n; i++) {
    const v = values[i] as unknown;
    // 0 and 1 first: the common case of proportions costs two comparisons a row.
    if (v === 0 || v === 1) continue;
    if (typeof v === "number" && v - v === 0) {
      if (binary) throw notBinary(v, i);
      continue;
    }
    // A hole is not a missing value but a broken column: refused even with na: "drop", so a
    // sparse array is never walked past its first hole.
    if (v === undefined && !(i in values)) {
      throw invalid(`values[${i}] is a hole (an empty slot of a sparse array)`, ["values", i]);
    }
    const missing = v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));
    if (!missing) {
      throw invalid(`values[${i}] must be a finite number, got ${describe(v)}`, ["values", i]);
    }
    if (na === "fail") {
      throw invalid(
        `values[${i}] is missing; pass na: "drop" to leave such rows out of the estimate (R's na.rm = TRUE)`,
        ["values", i],
      );
    }
    if (keep === undefined) keep = new Uint8Array(n).fill(1);
    keep[i] = 0;
  }
  return { values, keep };
}

/**
 * The length of the leading run of 0s and 1s of `values`, by a loop specialised for the usual
 * typed arrays (one comparison a row, each load monomorphic): the general loop of
 * {@link readDesignValues} takes over from the first other entry.
 */
function binaryPrefix(values: NumericColumn): number {
  const n = values.length;
  let i = 0;
  if (values instanceof Uint8Array) {
    while (i < n && (values[i] as number) <= 1) i++;
  } else if (values instanceof Float64Array) {
    for (; i < n; i++) {
      const v = values[i] as number;
      if (v !== 0 && v !== 1) break;
    }
  }
  return i;
}

/** @internal One linear estimate per domain (or one for the whole sample when no groups). */
export function designEstimates(
  columns: DesignColumns,
  values: NumericColumn,
  keep: Uint8Array | undefined,
  groups: unknown,
  statistic: LinearStatistic,
): {
  group: GroupKey | undefined;
  estimate: LinearEstimate;
  label: string;
  path: (string | number)[];
}[] {
  const scratch = new DesignScratch(columns);
  if (groups === undefined) {
    let rows: Int32Array;
    if (keep === undefined) {
      rows = new Int32Array(columns.rows);
      for (let i = 0; i < rows.length; i++) rows[i] = i;
    } else {
      rows = rowsByGroup(new Int32Array(columns.rows), 1, keep).rows;
    }
    const where = { label: "the sample", path: ["values"] };
    return [
      {
        group: undefined,
        estimate: linearEstimate(columns, values, rows, rows.length, statistic, scratch, where),
        ...where,
      },
    ];
  }
  if (!isNumericColumn(groups)) {
    throw invalid(`groups must be an array or a typed array, got ${describe(groups)}`, ["groups"]);
  }
  checkLength(groups.length, ["groups"], "groups");
  if (groups.length !== columns.rows) {
    throw invalid(
      `groups has ${groups.length} entries but values has ${columns.rows}: give one group per value`,
      ["groups"],
    );
  }
  if (columns.rows === 0) {
    throw new ImpactError("EMPTY_SAMPLE", "no rows: there is no domain to estimate", {
      path: ["values"],
    });
  }
  const coded = codeGroups(groups);
  const labelOf = (g: number) => ({
    label: `group ${describe(coded.keys[g])}`,
    path: ["groups", coded.firstRow[g] as number],
  });
  if (
    columns.replicates === undefined &&
    columns.calibration === undefined &&
    coded.keys.length * columns.nPsu <= CELL_LIMIT
  ) {
    const estimates = cellEstimates(
      columns,
      values,
      keep,
      coded.codes,
      coded.keys.length,
      statistic,
      scratch,
      labelOf,
    );
    return coded.keys.map((group, g) => ({
      group,
      estimate: estimates[g] as LinearEstimate,
      ...labelOf(g),
    }));
  }
  const { rows, offsets } = rowsByGroup(coded.codes, coded.keys.length, keep);
  return coded.keys.map((group, g) => {
    const start = offsets[g] as number;
    const where = {
      label: `group ${describe(group)}`,
      path: ["groups", coded.firstRow[g] as number],
    };
    const estimate = linearEstimate(
      columns,
      values,
      rows.subarray(start),
      (offsets[g + 1] as number) - start,
      statistic,
      scratch,
      where,
    );
    return { group, estimate, ...where };
  });
}

/**
 * @internal {@link designEstimates} of `values` read with `na` (0 or 1 only when `binary`) in
 * the design behind `weightsOrDesign`.
 */
export function designRows(
  values: unknown,
  weightsOrDesign: unknown,
  groups: unknown,
  na: MissingValues,
  binary: boolean,
  statistic: LinearStatistic,
): ReturnType<typeof designEstimates> {
  const read = readDesignValues(values, na, binary);
  const columns = resolveDesign(weightsOrDesign, read.values.length);
  return designEstimates(columns, read.values, read.keep, groups, statistic);
}

/**
 * @internal Proportions by the design's linearisation, one per domain (one for the sample
 * when `groups` is undefined), when `weightsOrDesign` is a design or missing values are
 * dropped; `undefined` when the weighted sums' path applies (plain weights, `na: "fail"`).
 */
export function designProportions(
  values: unknown,
  weightsOrDesign: unknown,
  groups: unknown,
  options: { na: MissingValues; method: SurveyMethod; level: number; df: number | undefined },
): { group: GroupKey | undefined; estimate: SurveyEstimate }[] | undefined {
  const { na, method, level, df } = options;
  if (na !== "drop" && !isSurveyDesign(weightsOrDesign)) return undefined;
  return designRows(values, weightsOrDesign, groups, na, true, "mean").map((row) => ({
    group: row.group,
    estimate: proportionFromLinear(row.estimate, method, level, df, row.label, row.path),
  }));
}

/** @internal The degrees of freedom of an interval: the option, or the domain's `degf`. */
export function intervalDf(
  dfOption: number | undefined,
  degf: number,
  label: string,
  path: (string | number)[],
): number {
  const df = dfOption ?? degf;
  if (!(df > 0)) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      `${label} has ${degf} degrees of freedom (its PSUs with a positive weight minus its strata); pass df: Infinity for a normal-quantile interval`,
      { path },
    );
  }
  return df;
}

/** @internal A proportion from a linear estimate, as R `svymean` and `svyciprop`. */
export function proportionFromLinear(
  est: LinearEstimate,
  method: SurveyMethod,
  level: number,
  dfOption: number | undefined,
  label: string,
  path: (string | number)[],
): SurveyEstimate {
  if (method === "beta" && !(est.degf > 0)) {
    throw new ImpactError(
      "EMPTY_SAMPLE",
      `${label} has ${est.degf} degrees of freedom: the beta (Korn-Graubard) interval uses the design's whatever df says, as R does`,
      { path },
    );
  }
  const df = method === "beta" ? est.degf : intervalDf(dfOption, est.degf, label, path);
  const p = est.estimate;
  // With replicates, R's logit interval takes the variance of the replicates' logits (svyglm);
  // proportionBounds divides the SE by p(1 - p), so scale it back.
  const variance =
    method === "logit" && est.logitVariance !== undefined
      ? est.logitVariance * (p * (1 - p)) ** 2
      : est.variance;
  const [lower, upper] = proportionBounds(p, variance, method, level, df, est.degf, est.rows);
  // Kish's ratios on the scaled sums (the same numbers, without overflow).
  const total = est.scaledSumWeights;
  return {
    estimate: p,
    lower,
    upper,
    level,
    method,
    standardError: est.standardError,
    n: est.positive,
    sumWeights: est.sumWeights,
    effectiveN: (total * total) / est.sumSquaredWeights,
    designEffect: (est.positive * est.sumSquaredWeights) / (total * total),
    deff: est.deff,
    df,
  };
}

/** @internal `estimate +/- t SE`, as R `confint(stat, df = degf)`; refused beyond Number.MAX_VALUE. */
export function symmetricBounds(
  estimate: number,
  standardError: number,
  level: number,
  df: number,
) {
  const half = studentCritical(level, df) * standardError;
  const bounds = [estimate - half, estimate + half] as const;
  if (!(Number.isFinite(bounds[0]) && Number.isFinite(bounds[1]))) {
    throw tooLarge("a bound of the interval", ["weights"]);
  }
  return bounds;
}
