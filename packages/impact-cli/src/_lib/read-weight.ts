import { dataError } from "./cli-error";
import { type DecimalMark, parseDecimal } from "./parse-number";

/** @internal Reads a weight: a finite number >= 0, or a data error naming the line. */
export function readWeight(
  text: string,
  line: number,
  column: string,
  shown: string,
  decimal: DecimalMark,
): number {
  const value = parseDecimal(text, decimal);
  if (value === undefined || !Number.isFinite(value)) {
    const hint =
      decimal === "." && /^[+-]?\d+,\d+$/.test(text)
        ? ' (decimal comma? add --decimal ",")'
        : decimal === "," && /^[+-]?\d*\.\d+$/.test(text)
          ? ' (decimal point? add --decimal ".")'
          : "";
    throw dataError(
      `${shown}: line ${line}: weight ${JSON.stringify(text)} in column ${JSON.stringify(column)} is not a number${hint}`,
    );
  }
  if (value < 0) {
    throw dataError(
      `${shown}: line ${line}: weight ${JSON.stringify(text)} in column ${JSON.stringify(column)} is negative`,
    );
  }
  return value;
}
