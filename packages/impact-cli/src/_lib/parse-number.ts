const DOT_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;

/** The decimal mark of a CSV file: `.` (default) or `,` (French Excel exports). */
export type DecimalMark = "." | ",";

/**
 * Reads a decimal number written with the given decimal mark, or returns `undefined`
 * when the text is not one. Stricter than `Number()`: the empty string, `"0x10"`,
 * `"Infinity"` and thousands separators are rejected, so a value is never invented.
 * With the decimal comma, a dot is rejected too: `1.234` may be a thousands separator.
 *
 * @internal
 */
export function parseDecimal(text: string, decimal: DecimalMark): number | undefined {
  if (decimal === ".") {
    if (DOT_NUMBER.test(text)) return Number(text);
    const trimmed = text.trim();
    return trimmed !== text && DOT_NUMBER.test(trimmed) ? Number(trimmed) : undefined;
  }
  const trimmed = COMMA_NUMBER.test(text) ? text : text.trim();
  if (!COMMA_NUMBER.test(trimmed)) return undefined;
  return Number(trimmed.replace(",", "."));
}

/**
 * Writes a number at full precision (the shortest text that reads back to the same
 * double, as `String(number)`), with the file's decimal mark.
 *
 * @internal
 */
export function formatDecimal(value: number, decimal: DecimalMark): string {
  const text = String(value);
  return decimal === "." ? text : text.replace(".", ",");
}
