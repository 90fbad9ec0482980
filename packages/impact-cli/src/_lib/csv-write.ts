import { stringify } from "csv-stringify/sync";
import type { CsvFormat } from "./csv";
import { type DecimalMark, parseDecimal } from "./parse-number";

/** The leading characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a cell derived from data so that a spreadsheet shows it instead of running it
 * (CSV injection, OWASP's rule): a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'`, unless it is a number in the file's dialect (`-0,5` with the
 * decimal comma, `-1.5e3` with the point), which a spreadsheet reads as a number anyway.
 *
 * @internal
 */
export function neutraliseFormula(cell: string, decimal: DecimalMark): string {
  if (!FORMULA_START.test(cell) || parseDecimal(cell, decimal) !== undefined) return cell;
  return `'${cell}`;
}

/**
 * Serialises records with csv-stringify in a file's dialect: its delimiter and line ending,
 * every field holding a delimiter, a quote or a line break quoted. The byte-order mark, when
 * the input had one, is written once, before the first chunk.
 *
 * @internal
 */
export function createCsvWriter(format: CsvFormat): (records: readonly string[][]) => string {
  let first = true;
  const options = {
    delimiter: format.delimiter,
    record_delimiter: format.newline,
    // csv-stringify quotes fields that hold the record delimiter; a lone \n or \r in a file
    // whose lines end otherwise must be quoted too, or it would split the record on reading.
    quoted_match: /[\r\n]/,
  };
  return (records) => {
    const text = stringify(records as string[][], options);
    if (first) {
      first = false;
      return format.bom ? `\ufeff${text}` : text;
    }
    return text;
  };
}
