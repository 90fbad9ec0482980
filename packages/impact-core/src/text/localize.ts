import { ImpactError } from "../errors/impact-error";

/** The shape of a localized catalog text, without zod (see `LocalizedTextSchema`). */
export interface LocalizedTextLike {
  readonly fr: string;
  readonly en: string;
  readonly original?: "fr" | "en" | undefined;
}

/** The wording of a catalog text in one locale, and whether it is the catalog's translation. */
export interface LocalizedWording {
  readonly text: string;
  /** `true` when the source published the other language and this one is the catalog's translation. */
  readonly translated: boolean;
}

function read(
  text: unknown,
  locale: unknown,
): { text: string | LocalizedTextLike; locale: "fr" | "en" } {
  if (locale !== "fr" && locale !== "en") {
    throw new ImpactError("INVALID_INPUT", `locale must be "fr" or "en", got ${String(locale)}`, {
      path: ["locale"],
    });
  }
  if (typeof text === "string") return { text, locale };
  if (
    typeof text === "object" &&
    text !== null &&
    typeof (text as LocalizedTextLike).fr === "string" &&
    typeof (text as LocalizedTextLike).en === "string"
  ) {
    return { text: text as LocalizedTextLike, locale };
  }
  throw new ImpactError(
    "INVALID_INPUT",
    "text must be a string or a localized text { fr, en, original? }",
    { path: ["text"] },
  );
}

/**
 * The wording of a catalog text in a locale: the text itself for a plain string, else its
 * `fr` or `en` version.
 *
 * @param text - a catalog text (a string or `{ fr, en, original? }`)
 * @param locale - `"fr"` or `"en"`
 * @returns the wording in that locale
 * @throws {ImpactError} `INVALID_INPUT` when `text` or `locale` is neither
 * @example
 * import { localize } from "@observatoire/impact-core";
 * localize({ fr: "Emploi", en: "Jobs", original: "fr" }, "en");
 * //=> "Jobs"
 * localize("Comisis", "en");
 * //=> "Comisis"
 */
export function localize(text: string | LocalizedTextLike, locale: "fr" | "en"): string {
  const checked = read(text, locale);
  return typeof checked.text === "string" ? checked.text : checked.text[checked.locale];
}

/**
 * The wording of a catalog text in a locale, with whether it is the catalog's own
 * translation of a wording the source published in the other language.
 *
 * @param text - a catalog text (a string or `{ fr, en, original? }`)
 * @param locale - `"fr"` or `"en"`
 * @returns `{ text, translated }`
 * @throws {ImpactError} `INVALID_INPUT` when `text` or `locale` is neither
 * @example
 * import { localizeWithOrigin } from "@observatoire/impact-core";
 * localizeWithOrigin({ fr: "pensent", en: "think", original: "fr" }, "en");
 * //=> { text: "think", translated: true }
 */
export function localizeWithOrigin(
  text: string | LocalizedTextLike,
  locale: "fr" | "en",
): LocalizedWording {
  const checked = read(text, locale);
  if (typeof checked.text === "string") return { text: checked.text, translated: false };
  const { original } = checked.text;
  return {
    text: checked.text[checked.locale],
    translated: original !== undefined && original !== checked.locale,
  };
}
