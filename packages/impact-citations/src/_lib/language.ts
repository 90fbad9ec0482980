import { type Locale, localeOf } from "@observatoire/impact-core/kernel";
import type { SourceFields } from "./check-source";
import type { Writer } from "./output";

/**
 * The language of a source's data: its CSL `language` read by impact-core's one locale
 * rule (`"fr"`, `"fr-FR"`, `"fr-CA"` → `fr`; `"en-US"` → `en`), `"other"` for another
 * language, and the output's locale when the field is missing or empty.
 *
 * @internal
 */
export function dataLanguage(source: SourceFields, locale: Locale): Locale | "other" {
  const language = source.language?.trim();
  if (language === undefined || language === "") return locale;
  return localeOf(language) ?? "other";
}

/**
 * Whether the data of a source is French: its `language` says so, or it has none and the
 * output is French. French spacing (U+00A0, U+202F) is set on French data only.
 *
 * @internal
 */
export function isFrenchData(source: SourceFields, locale: Locale): boolean {
  return dataLanguage(source, locale) === "fr";
}

/** Whether the data of a source is English (title case applies to some fields). @internal */
export function isEnglishData(source: SourceFields, locale: Locale): boolean {
  return dataLanguage(source, locale) === "en";
}

/** The writer for a source's data: with French spacing on French data only. @internal */
export const writerFor = (source: SourceFields, w: Writer): Writer =>
  isFrenchData(source, w.locale) ? w.french : w.plain;
