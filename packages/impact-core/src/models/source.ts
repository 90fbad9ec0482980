import * as z from "zod";
import { stripForbiddenKeys } from "../_lib/forbidden-keys";
import type { ValidationIssue } from "../errors/impact-error";
import { ValidationIssueCode } from "../errors/issue-codes";
import { cslDateShapeMessage, MISSING_SOURCE_ID_MESSAGE } from "./guessed-shapes";
import { SourceIdSchema } from "./ids";

/**
 * The item types of CSL 1.0.2, the vocabulary of Zotero exports.
 *
 * @example
 * import { CSL_ITEM_TYPES } from "@observatoire/impact-core";
 * CSL_ITEM_TYPES.includes("report");
 * //=> true
 */
export const CSL_ITEM_TYPES = [
  "article",
  "article-journal",
  "article-magazine",
  "article-newspaper",
  "bill",
  "book",
  "broadcast",
  "chapter",
  "classic",
  "collection",
  "dataset",
  "document",
  "entry",
  "entry-dictionary",
  "entry-encyclopedia",
  "event",
  "figure",
  "graphic",
  "hearing",
  "interview",
  "legal_case",
  "legislation",
  "manuscript",
  "map",
  "motion_picture",
  "musical_score",
  "pamphlet",
  "paper-conference",
  "patent",
  "performance",
  "periodical",
  "personal_communication",
  "post",
  "post-weblog",
  "regulation",
  "report",
  "review",
  "review-book",
  "software",
  "song",
  "speech",
  "standard",
  "thesis",
  "treaty",
  "webpage",
] as const;

/** A CSL 1.0.2 item type. */
export type CslItemType = (typeof CSL_ITEM_TYPES)[number];

/**
 * A CSL name: a person (`family`, `given`, particles, `suffix`) or an organisation
 * (`literal`, such as `"Observatoire des partenariats"`). Unknown CSL name fields are kept.
 *
 * @example
 * import { CslNameSchema } from "@observatoire/impact-core";
 * CslNameSchema.parse({ literal: "Le RAMEAU" });
 * //=> { literal: "Le RAMEAU" }
 */
export const CslNameSchema = /* @__PURE__ */ (() =>
  z
    .looseObject({
      family: z.string().min(1).optional(),
      given: z.string().min(1).optional(),
      "dropping-particle": z.string().optional(),
      "non-dropping-particle": z.string().optional(),
      suffix: z.string().optional(),
      literal: z.string().min(1).optional(),
    })
    .refine((name) => name.family !== undefined || name.literal !== undefined, {
      error: "a name needs a family name or a literal (organisation) name",
      params: { code: ValidationIssueCode.MISSING_NAME },
    })
    .readonly())();
/** A CSL name. */
export type CslName = z.output<typeof CslNameSchema>;

const datePartNumber = /* @__PURE__ */ (() =>
  z
    .union([z.number(), z.string().regex(/^-?\d+$/)])
    .transform(Number)
    .pipe(z.number().int()))();

/** One `[year, month?, day?]` entry of CSL `date-parts`, checked against the calendar. */
const DatePartsEntrySchema = /* @__PURE__ */ (() =>
  z
    .array(datePartNumber)
    .min(1, { error: "a date-parts entry needs at least a year" })
    .max(3, { error: "a date-parts entry has at most year, month and day" })
    .check((ctx) => {
      const [year = 0, month, day] = ctx.value;
      if (month !== undefined && (month < 1 || month > 12)) {
        ctx.issues.push({
          code: "custom",
          input: month,
          path: [1],
          message: `month must be 1 to 12, got ${month}`,
          params: { code: ValidationIssueCode.INVALID_DATE },
        });
        return;
      }
      if (month !== undefined && day !== undefined) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        if (day < 1 || day > last) {
          ctx.issues.push({
            code: "custom",
            input: day,
            path: [2],
            message: `day must be 1 to ${last} for ${year}-${String(month).padStart(2, "0")}, got ${day}`,
            params: { code: ValidationIssueCode.INVALID_DATE },
          });
        }
      }
    })
    .readonly())();

/**
 * A CSL date: `date-parts` with one entry (a date) or two (a range) of year, month or
 * day precision, or a `literal` / `raw` string. Unknown CSL date fields (`circa`,
 * `season`) are kept.
 *
 * @example
 * import { CslDateSchema } from "@observatoire/impact-core";
 * CslDateSchema.parse({ "date-parts": [["2019", 10]] });
 * //=> { "date-parts": [[2019, 10]] }
 */
export const CslDateSchema = /* @__PURE__ */ (() =>
  z
    .looseObject(
      {
        "date-parts": z
          .array(DatePartsEntrySchema)
          .min(1, { error: "date-parts needs one entry (a date) or two (a range)" })
          .max(2, { error: "date-parts needs one entry (a date) or two (a range)" })
          .readonly()
          .optional(),
        literal: z.string().min(1).optional(),
        raw: z.string().min(1).optional(),
      },
      // `issued: [[2019, 10]]` is the shape people guess: say what to write instead.
      { error: (issue) => cslDateShapeMessage(issue.input) },
    )
    .refine(
      (date) =>
        date["date-parts"] !== undefined || date.literal !== undefined || date.raw !== undefined,
      {
        error: "a date needs date-parts, a literal or a raw value",
        params: { code: ValidationIssueCode.MISSING_DATE },
      },
    )
    .readonly())();
/** A CSL date. */
export type CslDate = z.output<typeof CslDateSchema>;

const numberOrString = /* @__PURE__ */ (() => z.union([z.string().min(1), z.number()]))();

/** @internal The source object schema without the prototype-key guard; parseCatalog strips those keys itself. */
export const SourceObjectSchema = /* @__PURE__ */ (() =>
  z
    .looseObject({
      // A missing id is the other guess: say what it is for.
      id: z
        .string({
          error: (issue) => (issue.input === undefined ? MISSING_SOURCE_ID_MESSAGE : undefined),
        })
        .pipe(SourceIdSchema),
      type: z.enum(CSL_ITEM_TYPES, {
        error: (issue) => `unknown CSL item type ${JSON.stringify(issue.input)}`,
      }),
      title: z.string().min(1).optional(),
      "title-short": z.string().min(1).optional(),
      author: z.array(CslNameSchema).readonly().optional(),
      editor: z.array(CslNameSchema).readonly().optional(),
      publisher: z.string().min(1).optional(),
      "publisher-place": z.string().min(1).optional(),
      issued: CslDateSchema.optional(),
      accessed: CslDateSchema.optional(),
      "event-date": CslDateSchema.optional(),
      genre: z.string().min(1).optional(),
      "collection-title": z.string().min(1).optional(),
      "container-title": z.string().min(1).optional(),
      "event-title": z.string().min(1).optional(),
      number: numberOrString.optional(),
      volume: numberOrString.optional(),
      issue: numberOrString.optional(),
      edition: numberOrString.optional(),
      page: numberOrString.optional(),
      URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
      DOI: z
        .string()
        .regex(/^10\.\d{4,9}\/\S+$/, { error: "must be a DOI such as 10.1000/xyz" })
        .optional(),
      ISBN: z.string().min(1).optional(),
      language: z.string().min(2).optional(),
      note: z.string().optional(),
      abstract: z.string().optional(),
    })
    .readonly())();

/**
 * A source: a typed subset of a CSL-JSON item, so that Zotero exports load as they are.
 * Known fields are validated (type, names, `date-parts` against the calendar, URL);
 * unknown CSL fields are kept untouched; prototype-polluting keys are rejected (alone:
 * the other problems of such an item are reported once the key is removed).
 *
 * @example
 * import { SourceSchema } from "@observatoire/impact-core";
 * const source = SourceSchema.parse({
 *   id: "impact-citoyens-2019",
 *   type: "report",
 *   genre: "Etude",
 *   title: "IMPACT-Citoyens",
 *   publisher: "Comisis-OpinionWay",
 *   issued: { "date-parts": [[2019, 10]] },
 *   "zotero-key": "ABCD1234",
 * });
 * [source.type, source.issued?.["date-parts"]?.[0], source["zotero-key"]];
 * //=> ["report", [2019, 10], "ABCD1234"]
 */
export const SourceSchema = /* @__PURE__ */ (() =>
  z.preprocess((value, ctx) => {
    const issues: ValidationIssue[] = [];
    const stripped = stripForbiddenKeys(value, issues);
    for (const issue of issues) {
      ctx.issues.push({
        code: "custom",
        input: value,
        path: [...issue.path],
        message: issue.message,
        params: { code: issue.code },
      });
    }
    return stripped;
  }, SourceObjectSchema))();
/** A validated source (CSL-JSON subset). */
export type Source = z.output<typeof SourceSchema>;
/** The input accepted by {@link SourceSchema}: a CSL-JSON item. */
export type SourceInput = z.input<typeof SourceObjectSchema>;
