import type { DateFields } from "./check-source";
import type { Writer } from "./output";

/** `[year, month?, day?]` as numbers (checkSource has made sure they are integers). */
const numbers = (entry: readonly (number | string)[]): number[] => entry.map(Number);

function longDate(entry: readonly (number | string)[], w: Writer): string {
  const [year, month, day] = numbers(entry);
  const y = String(year);
  if (month === undefined) return y;
  const m = w.terms.months[month - 1] ?? String(month);
  if (day === undefined) return `${m} ${y}`;
  return w.terms.fullDate(w.terms.day(day), m, y);
}

/**
 * A CSL date as text: `octobre 2019`, `1er février 2018`, `2013–2017`; a `literal` or
 * `raw` date is printed as written. Returns `""` without a date.
 *
 * @internal
 */
export function formatDate(date: DateFields | undefined, w: Writer): string {
  if (date === undefined) return "";
  const parts = date["date-parts"];
  if (parts !== undefined && parts[0] !== undefined) {
    const start = longDate(parts[0], w);
    const end = parts[1] === undefined ? "" : longDate(parts[1], w);
    return w.lit(end === "" || end === start ? start : `${start}${w.terms.dateRange}${end}`);
  }
  return w.data(date.literal ?? date.raw ?? "");
}

/** The year of a CSL date, or `""`. @internal */
export function formatYear(date: DateFields | undefined, w: Writer): string {
  const first = date?.["date-parts"]?.[0]?.[0];
  if (first === undefined) return date === undefined ? "" : formatDate(date, w);
  return w.lit(String(Number(first)));
}

/** APA's date: `2019`, `2019, octobre`, `2018, 1er février` (month and day when known). @internal */
export function formatApaDate(date: DateFields | undefined, w: Writer, withMonth: boolean): string {
  const entry = date?.["date-parts"]?.[0];
  if (entry === undefined) return date === undefined ? w.lit(w.terms.noDate) : formatDate(date, w);
  const [year, month, day] = numbers(entry);
  const endYear = date?.["date-parts"]?.[1]?.[0];
  if (endYear !== undefined && Number(endYear) !== year) {
    return w.lit(`${year}${w.terms.dateRange}${Number(endYear)}`);
  }
  if (!withMonth || month === undefined) return w.lit(String(year));
  const m = w.terms.months[month - 1] ?? String(month);
  if (day === undefined) return w.lit(`${year}, ${m}`);
  const dayMonth = w.locale === "fr" ? `${w.terms.day(day)} ${m}` : `${m} ${day}`;
  return w.lit(`${year}, ${dayMonth}`);
}
