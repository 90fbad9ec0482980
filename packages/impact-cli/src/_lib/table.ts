/**
 * Lays rows out in aligned columns for a terminal: the first column left-aligned
 * (labels), the others right-aligned (numbers), two spaces apart.
 *
 * @internal
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? "").length)));
  return all
    .map((row) =>
      row
        .map((cell, c) => {
          const width = widths[c] ?? 0;
          return c === 0 ? cell.padEnd(width) : cell.padStart(width);
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** @internal A fixed-decimals rendering for tables (full precision is in --json / --csv). */
export function fixed(value: number, digits = 6): string {
  return Number.isFinite(value) ? value.toFixed(digits) : String(value);
}

/** @internal `key  value` lines with the values aligned. */
export function formatPairs(pairs: readonly (readonly [string, string])[]): string {
  const width = Math.max(...pairs.map(([key]) => key.length));
  return pairs.map(([key, value]) => `${key.padEnd(width)}  ${value}`).join("\n");
}
