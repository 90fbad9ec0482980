import type { IssuePath } from "../errors/impact-error";
import { ImpactError } from "../errors/impact-error";
import { describeValue } from "../input/describe-value";

/**
 * The languages every `@observatoire/*` package writes in: French (`"fr"`) and English
 * (`"en"`). Functions that take a locale also accept any BCP 47 tag of these languages
 * (`"fr-FR"`, `"fr-CA"`, `"en-GB"`): {@link readLocale} keeps its primary subtag.
 */
export type Locale = "fr" | "en";

/**
 * What a function that takes a locale accepts: a {@link Locale} or any BCP 47 tag,
 * checked at run time by {@link readLocale} (`"fr-FR"` is French, `"de"` an error).
 */
export type LocaleInput = Locale | (string & {});

/**
 * The locales of {@link Locale}, in the order messages list them.
 *
 * @example
 * import { LOCALES } from "@observatoire/impact-core";
 * LOCALES;
 * //=> ["fr", "en"]
 */
export const LOCALES: readonly Locale[] = Object.freeze(["fr", "en"]);

/** Options of {@link readLocale}. */
export interface ReadLocaleOptions {
  /** The locale when the value is `undefined`; without it, `undefined` is an error. */
  readonly fallback?: Locale | undefined;
  /** Path of the value in the caller's input, for the error. Default `["locale"]`. */
  readonly path?: IssuePath | undefined;
}

/**
 * The one rule that turns a locale argument into a {@link Locale}, used by every package:
 * a BCP 47 tag is matched by its primary language subtag, case-insensitively, so `"fr"`,
 * `"fr-FR"`, `"fr-CA"` and `"FR"` are French and `"en-GB"` is English (`_` is accepted for
 * `-`, as POSIX locales write it). Any other value is an error rather than a silent
 * fallback to one of the two languages.
 *
 * @param value - the locale given by the caller, or a source's `language` field
 * @param options - the fallback for `undefined` and the path named in the error
 * @returns `"fr"` or `"en"`
 * @throws {ImpactError} `INVALID_INPUT` for a value that names neither French nor English
 * @example
 * import { readLocale } from "@observatoire/impact-core";
 * [readLocale("fr-FR"), readLocale("fr-CA"), readLocale("en-GB"), readLocale(undefined, { fallback: "fr" })];
 * //=> ["fr", "fr", "en", "fr"]
 * readLocale("de-DE");
 * //=> throws INVALID_INPUT
 */
export function readLocale(value: unknown, options: ReadLocaleOptions = {}): Locale {
  if (value === undefined && options.fallback !== undefined) return options.fallback;
  const locale = localeOf(value);
  if (locale !== undefined) return locale;
  throw new ImpactError(
    "INVALID_INPUT",
    `locale must be "fr" or "en", got ${describeValue(value)}`,
    { path: options.path ?? ["locale"] },
  );
}

/**
 * The {@link Locale} a BCP 47 tag names, or `undefined` when it names neither French nor
 * English: the non-throwing form of {@link readLocale}, for fields such as a source's
 * `language` where another language is valid data.
 *
 * @param value - a language tag such as `"fr-FR"`
 * @returns `"fr"`, `"en"` or `undefined`
 * @example
 * import { localeOf } from "@observatoire/impact-core";
 * [localeOf("fr-FR"), localeOf("EN"), localeOf("de"), localeOf(42)];
 * //=> ["fr", "en", undefined, undefined]
 */
export function localeOf(value: unknown): Locale | undefined {
  if (typeof value !== "string") return undefined;
  const primary = /^([A-Za-z]{2,3})(?:[-_]|$)/.exec(value)?.[1]?.toLowerCase();
  return primary === "fr" || primary === "en" ? primary : undefined;
}

/**
 * The locale type of impact-core's formatters.
 *
 * @deprecated Use {@link Locale}, the one locale type of every package.
 */
export type ImpactLocale = Locale;
