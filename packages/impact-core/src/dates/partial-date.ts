/**
 * Partial dates without zod: parsing, calendar checks and ordering. The zod schemas
 * and the date formatter both build on these, so that an app importing only the
 * formatter does not pay for zod.
 */

/** The precision of a partial date. */
export type DatePrecision = "year" | "month" | "day";

/** A partial date broken into its parts. */
export interface PartialDateParts {
  readonly year: number;
  readonly month?: number | undefined;
  readonly day?: number | undefined;
  readonly precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The number of days in `month` (1-12) of `year`, in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Splits an ISO partial date (`"2019"`, `"2019-10"`, `"2017-11-23"`) into its parts, or
 * returns `undefined` when it is not a real calendar date of one of those forms
 * (`"2019-02-29"`, `"2019-13"`, `"19-10"`).
 *
 * @param value - the candidate string
 * @returns the parts, or `undefined`
 * @example
 * import { parsePartialDate } from "@observatoire/impact-core";
 * parsePartialDate("2016-02-29");
 * //=> { year: 2016, month: 2, day: 29, precision: "day" }
 * parsePartialDate("2019-02-29");
 * //=> undefined
 */
export function parsePartialDate(value: string): PartialDateParts | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: "day" };
}

/**
 * Whether `value` is an ISO partial date of year, month or day precision naming a
 * real calendar date.
 *
 * @param value - anything
 * @returns `true` for `"2019"`, `"2019-10"`, `"2016-02-29"`; `false` for `"2019-02-29"`
 * @example
 * import { isPartialDate } from "@observatoire/impact-core";
 * [isPartialDate("2019-10"), isPartialDate("2019-02-29"), isPartialDate(2019)];
 * //=> [true, false, false]
 */
export function isPartialDate(value: unknown): value is string {
  return typeof value === "string" && parsePartialDate(value) !== undefined;
}

/** Days since 0000-03-01 of a calendar date; monotonic, for comparisons only. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 9 : month - 3;
  return (
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) +
    Math.floor((153 * m + 2) / 5) +
    day -
    1
  );
}

/**
 * The first day a partial date covers, as a sortable day number (`"2019"` starts on
 * 1 January 2019, `"2019-10"` on 1 October).
 *
 * @internal
 */
export function startDay(parts: PartialDateParts): number {
  return dayNumber(parts.year, parts.month ?? 1, parts.day ?? 1);
}

/**
 * The last day a partial date covers, as a sortable day number (`"2019"` ends on
 * 31 December 2019, `"2019-02"` on 28 February).
 *
 * @internal
 */
export function endDay(parts: PartialDateParts): number {
  const month = parts.month ?? 12;
  return dayNumber(parts.year, month, parts.day ?? daysInMonth(parts.year, month));
}

/**
 * Compares the starts of two partial dates: negative when `a` begins before `b`, zero
 * when they begin the same day, positive otherwise. Throws nothing: invalid dates sort last.
 *
 * @param a - an ISO partial date
 * @param b - an ISO partial date
 * @returns a number for `Array.prototype.sort`
 * @example
 * import { comparePartialDates } from "@observatoire/impact-core";
 * ["2019-10", "2017-11-23", "2018"].sort(comparePartialDates);
 * //=> ["2017-11-23", "2018", "2019-10"]
 */
export function comparePartialDates(a: string, b: string): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (pa === undefined || pb === undefined) return pa === pb ? 0 : pa === undefined ? 1 : -1;
  return startDay(pa) - startDay(pb) || endDay(pa) - endDay(pb);
}
