import * as z from "zod";
import { endDay, parsePartialDate, startDay } from "../dates/partial-date";
import { ValidationIssueCode } from "../errors/issue-codes";

/**
 * An ISO partial date of year, month or day precision (`"2019"`, `"2019-10"`,
 * `"2017-11-23"`) naming a real calendar date: `"2016-02-29"` passes, `"2019-02-29"` fails.
 *
 * @example
 * import { PartialDateSchema } from "@observatoire/impact-core";
 * [PartialDateSchema.safeParse("2016-02-29").success, PartialDateSchema.safeParse("2019-02-29").success];
 * //=> [true, false]
 */
export const PartialDateSchema = /* @__PURE__ */ (() =>
  z.string().refine((value) => parsePartialDate(value) !== undefined, {
    error: (issue) =>
      `must be a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
    abort: true,
    params: { code: ValidationIssueCode.INVALID_DATE },
  }))();
/** An ISO partial date string (see {@link PartialDateSchema}). */
export type PartialDate = z.output<typeof PartialDateSchema>;

/**
 * A range of partial dates, `{ start, end }`, whose end does not come before its start
 * (`{ start: "2013", end: "2017" }`; the end covers its whole year, month or day).
 *
 * @example
 * import { PeriodSchema } from "@observatoire/impact-core";
 * PeriodSchema.safeParse({ start: "2018", end: "2022" }).success;
 * //=> true
 * PeriodSchema.safeParse({ start: "2018", end: "2017-12" }).error?.issues[0]?.path;
 * //=> ["end"]
 */
export const PeriodSchema = /* @__PURE__ */ (() =>
  z
    .object({ start: PartialDateSchema, end: PartialDateSchema })
    .check((ctx) => {
      const start = parsePartialDate(ctx.value.start);
      const end = parsePartialDate(ctx.value.end);
      if (start !== undefined && end !== undefined && endDay(end) < startDay(start)) {
        ctx.issues.push({
          code: "custom",
          input: ctx.value.end,
          path: ["end"],
          message: `end ${ctx.value.end} comes before start ${ctx.value.start}`,
          params: { code: ValidationIssueCode.INVALID_PERIOD },
        });
      }
    })
    .readonly())();
/** A validated period. */
export type Period = z.output<typeof PeriodSchema>;
/** The input accepted by {@link PeriodSchema}. */
export type PeriodInput = z.input<typeof PeriodSchema>;
