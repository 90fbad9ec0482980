import { format } from "date-fns/format";
import { enUS } from "date-fns/locale/en-US";
import { fr } from "date-fns/locale/fr";
import { ImpactError, type IssuePath } from "../errors/impact-error";
import { type Locale, type LocaleInput, readLocale } from "../locale/locale";
import { endDay, type PartialDateParts, parsePartialDate, startDay } from "./partial-date";

/** date-fns patterns per locale and precision. French writes the first of the month as an ordinal (« 1er février »). */
const PATTERNS = {
  fr: { year: "yyyy", month: "LLLL yyyy", day: "d MMMM yyyy", firstDay: "do MMMM yyyy" },
  en: { year: "yyyy", month: "LLLL yyyy", day: "MMMM d, yyyy", firstDay: "MMMM d, yyyy" },
} as const;

const DATE_FNS_LOCALES = { fr, en: enUS } as const;

/** @internal Parses a partial date argument or throws INVALID_DATE naming it. */
export function readPartialDate(value: unknown, path: IssuePath): PartialDateParts {
  const parts = typeof value === "string" ? parsePartialDate(value) : undefined;
  if (parts === undefined) {
    throw new ImpactError(
      "INVALID_DATE",
      `expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD, got ${typeof value === "string" ? JSON.stringify(value) : String(value)}`,
      { path },
    );
  }
  return parts;
}

function formatParts(parts: PartialDateParts, locale: Locale): string {
  // A local-time Date at midnight: date-fns formats in local time, and setFullYear
  // avoids the constructor's mapping of years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setFullYear(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
  date.setHours(0, 0, 0, 0);
  const patterns = PATTERNS[locale];
  const pattern =
    parts.precision === "day"
      ? parts.day === 1
        ? patterns.firstDay
        : patterns.day
      : patterns[parts.precision];
  return format(date, pattern, { locale: DATE_FNS_LOCALES[locale] });
}

/**
 * Writes an ISO partial date the way a French or English reader expects it, at its own
 * precision, through date-fns: `"2019-10"` is `octobre 2019` / `October 2019`,
 * `"2018-02-01"` is `1er février 2018` / `February 1, 2018`, `"2019"` is `2019`.
 *
 * @param value - an ISO partial date: `"2019"`, `"2019-10"` or `"2017-11-23"`
 * @param locale - `"fr"` or `"en"`, or a tag of one of them (`"fr-FR"`)
 * @returns the date in words
 * @throws {ImpactError} `INVALID_DATE` when `value` is not a real calendar date of one of
 *   those forms (`"2019-02-29"`); `INVALID_INPUT` for a locale that is neither French nor English
 * @example
 * import { formatPartialDate } from "@observatoire/impact-core";
 * formatPartialDate("2019-10", "fr");
 * //=> "octobre 2019"
 * formatPartialDate("2018-02-01", "fr");
 * //=> "1er février 2018"
 * formatPartialDate("2017-11-23", "en");
 * //=> "November 23, 2017"
 * formatPartialDate("2019-02-29", "fr");
 * //=> throws INVALID_DATE
 * formatPartialDate("2019", "de" as "fr");
 * //=> throws INVALID_INPUT
 */
export function formatPartialDate(value: string, locale: LocaleInput): string {
  const checkedLocale = readLocale(locale);
  return formatParts(readPartialDate(value, ["value"]), checkedLocale);
}

/**
 * Writes a period with the French typographic convention for ranges, in either locale:
 * two years are joined by an unspaced en dash (`2013–2017`); any other pair by an en
 * dash between spaces (`novembre 2017 – février 2018`). Each end keeps its own precision
 * and is written in full, so no month or year is left implicit. A period whose ends are
 * the same date is written once.
 *
 * @param period - `{ start, end }`, ISO partial dates with `end` not before `start`
 * @param locale - `"fr"` or `"en"`, or a tag of one of them (`"fr-FR"`)
 * @returns the period in words
 * @throws {ImpactError} `INVALID_DATE` when an end is not a real date (path `["period",
 *   "start"]` or `["period", "end"]`) or when `end` comes before `start`;
 *   `INVALID_INPUT` for a locale that is neither French nor English, or a period that is
 *   not an object
 * @example
 * import { formatPeriod } from "@observatoire/impact-core";
 * formatPeriod({ start: "2013", end: "2017" }, "fr");
 * //=> "2013–2017"
 * formatPeriod({ start: "2017-11", end: "2018-02" }, "fr");
 * //=> "novembre 2017 – février 2018"
 * formatPeriod({ start: "2024-09-30", end: "2024-10-28" }, "en");
 * //=> "September 30, 2024 – October 28, 2024"
 * formatPeriod({ start: "2018", end: "2017" }, "fr");
 * //=> throws INVALID_DATE
 */
export function formatPeriod(
  period: { readonly start: string; readonly end: string },
  locale: LocaleInput,
): string {
  const checkedLocale = readLocale(locale);
  if (typeof period !== "object" || period === null) {
    throw new ImpactError(
      "INVALID_INPUT",
      `period must be an object { start, end }, got ${String(period)}`,
      {
        path: ["period"],
      },
    );
  }
  const start = readPartialDate(period.start, ["period", "start"]);
  const end = readPartialDate(period.end, ["period", "end"]);
  if (endDay(end) < startDay(start)) {
    throw new ImpactError(
      "INVALID_DATE",
      `the period ends (${period.end}) before it starts (${period.start})`,
      { path: ["period", "end"] },
    );
  }
  if (period.start === period.end) return formatParts(start, checkedLocale);
  const separator = start.precision === "year" && end.precision === "year" ? "–" : " – ";
  return `${formatParts(start, checkedLocale)}${separator}${formatParts(end, checkedLocale)}`;
}
