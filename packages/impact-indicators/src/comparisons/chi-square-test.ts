import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import { tooLarge } from "../_lib/scale";
import { checkLength, describe, invalid, readOptions } from "../_lib/validate";

/** Options of {@link chiSquareTest}. */
export interface ChiSquareTestOptions {
  /**
   * Yates' continuity correction, applied only when the test has one degree of freedom (a 2x2
   * table), as scipy. `true` by default, scipy's default.
   */
  yates?: boolean | undefined;
}

/** Result of {@link chiSquareTest}. */
export interface ChiSquareTestResult {
  /** Pearson's chi-square statistic (with Yates' correction when it applies). */
  readonly statistic: number;
  /** Degrees of freedom, `(rows - 1)(columns - 1)`. */
  readonly df: number;
  /** Upper-tail p-value of the statistic. */
  readonly pValue: number;
}

/**
 * Pearson's chi-square test of independence on a contingency table, as scipy
 * `chi2_contingency(table, correction=yates)`: expected counts from the margins; with one degree
 * of freedom and `yates`, each observed count moves towards its expected count by at most 0.5; a
 * table with 0 degrees of freedom (one row or one column) gives statistic 0 and p-value 1.
 *
 * @param table - rows of non-negative counts, all of the same length
 * @param options - `yates` (default `true`)
 * @returns the statistic, its degrees of freedom and the p-value
 * @throws {@link ImpactError} `INVALID_INPUT` for a ragged or empty table, a negative or
 *   non-finite count (path `["table", i, j]`), or a row or column of zeros (an expected count of
 *   zero, which scipy also rejects)
 * @example
 * import { chiSquareTest } from "@observatoire/impact-indicators";
 * const test = chiSquareTest([[74, 26], [60, 40]], { yates: false });
 * [test.statistic, test.df, test.pValue];
 * //=> [4.432384, 1, 0.035263]
 * chiSquareTest([[1, -2], [3, 4]]);
 * //=> throws INVALID_INPUT
 */
export function chiSquareTest(
  table: readonly (readonly number[])[],
  options?: ChiSquareTestOptions,
): ChiSquareTestResult {
  const opts = readOptions(options);
  const yates = opts.yates ?? true;
  if (typeof yates !== "boolean") {
    throw invalid(`yates must be a boolean, got ${describe(yates)}`, ["options", "yates"]);
  }
  if (!Array.isArray(table) || table.length === 0) {
    throw invalid(`table must be a non-empty array of rows, got ${describe(table)}`, ["table"]);
  }
  checkLength(table.length, ["table"], "table");
  const first = table[0];
  const columns = Array.isArray(first) ? first.length : 0;
  checkLength(columns, ["table", 0], "table[0]");
  const rowTotals = new Float64Array(table.length);
  const columnTotals = new Float64Array(columns);
  let total = 0;
  for (let i = 0; i < table.length; i++) {
    const row = table[i];
    if (!Array.isArray(row) || row.length !== columns || columns === 0) {
      throw invalid(
        `table[${i}] must be an array of ${columns || "at least 1"} counts, got ${describe(row)}`,
        ["table", i],
      );
    }
    for (let j = 0; j < columns; j++) {
      const count = row[j] as unknown;
      if (typeof count !== "number" || !(count >= 0 && count < Number.POSITIVE_INFINITY)) {
        throw invalid(`table[${i}][${j}] must be a finite count >= 0, got ${describe(count)}`, [
          "table",
          i,
          j,
        ]);
      }
      rowTotals[i] = (rowTotals[i] as number) + count;
      columnTotals[j] = (columnTotals[j] as number) + count;
      total += count;
    }
  }
  for (let i = 0; i < rowTotals.length; i++) {
    if (rowTotals[i] === 0) {
      throw invalid(`table[${i}] sums to 0: its expected counts are zero`, ["table", i]);
    }
  }
  for (let j = 0; j < columnTotals.length; j++) {
    if (columnTotals[j] === 0) {
      throw invalid(`column ${j} of table sums to 0: its expected counts are zero`, ["table"]);
    }
  }
  if (!(total < Number.POSITIVE_INFINITY)) throw tooLarge("the sum of the counts", ["table"]);
  const df = (table.length - 1) * (columns - 1);
  if (df === 0) return { statistic: 0, df, pValue: 1 };
  const correct = yates && df === 1;
  let statistic = 0;
  for (let i = 0; i < table.length; i++) {
    const row = table[i] as readonly number[];
    for (let j = 0; j < columns; j++) {
      // The share first: rowTotal * columnTotal would overflow for counts of 1e200.
      const expected = (rowTotals[i] as number) * ((columnTotals[j] as number) / total);
      let observed = row[j] as number;
      if (correct) {
        const gap = expected - observed;
        observed += Math.sign(gap) * Math.min(0.5, Math.abs(gap));
      }
      const difference = observed - expected;
      // difference * (difference / expected) is at most the statistic, itself at most the total
      // times min(rows, columns) - 1, whereas difference^2 overflows from 1.3e154.
      statistic += difference * (difference / expected);
    }
  }
  if (!(statistic < Number.POSITIVE_INFINITY)) throw tooLarge("the statistic", ["table"]);
  return { statistic, df, pValue: 1 - chisquareCdf(statistic, df) };
}
