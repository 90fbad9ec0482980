import * as z from "zod";

/**
 * A text that a reader sees, in French and in English. `original` names the language of
 * the wording the source published; the other language is the catalog's own
 * translation. When `original` is absent, neither text quotes the source: both are the
 * catalog's wording of what the source states (its figures summarised, for instance).
 *
 * @example
 * import { LocalizedTextSchema } from "@observatoire/impact-core";
 * const text = LocalizedTextSchema.parse({
 *   fr: "pensent que les partenariats sont source d’innovation",
 *   en: "think that partnerships are a source of innovation",
 *   original: "fr",
 * });
 * text.original;
 * //=> "fr"
 * LocalizedTextSchema.safeParse({ fr: "Emploi" }).success;
 * //=> false
 */
export const LocalizedTextSchema = /* @__PURE__ */ (() =>
  z
    .object({
      fr: z.string().trim().min(1, { error: "the French text is empty" }),
      en: z.string().trim().min(1, { error: "the English text is empty" }),
      original: z.enum(["fr", "en"]).optional(),
    })
    .readonly())();
/** A text in French and English (see {@link LocalizedTextSchema}). */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/**
 * A text of the catalog: a {@link LocalizedText}, or a plain string for a catalog written
 * in one language (a plain string is shown as is in every locale).
 *
 * @example
 * import { TextSchema } from "@observatoire/impact-core";
 * [TextSchema.safeParse("Emploi").success, TextSchema.safeParse({ fr: "Emploi", en: "Jobs" }).success];
 * //=> [true, true]
 */
export const TextSchema = /* @__PURE__ */ (() =>
  z.union([z.string().min(1), LocalizedTextSchema], {
    error: (issue) =>
      issue.input === undefined
        ? "is required (expected a string or a localized text { fr, en, original? })"
        : "must be a non-empty string or a localized text { fr, en, original? } with both texts",
  }))();
/** A catalog text: localized, or one plain string (see {@link TextSchema}). */
export type Text = z.output<typeof TextSchema>;
