import type { CitationLocale } from "../types";
import type { SourceFields } from "./check-source";
import type { Writer } from "./output";

/**
 * The primary subtag of a CSL `language` (`"fr"`, `"fr-FR"`, `"en-US"` → `fr`, `fr`,
 * `en`), lower-cased; `undefined` when the field is missing or empty.
 *
 * @internal
 */
export function primaryLanguage(language: string | undefined): string | undefined {
  const primary = language?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary === undefined || primary === "" ? undefined : primary;
}

/**
 * Whether the data of a source is French: its `language` says so, or it has none and the
 * output is French. French spacing (U+00A0, U+202F) is set on French data only.
 *
 * @internal
 */
export function isFrenchData(source: SourceFields, locale: CitationLocale): boolean {
  const primary = primaryLanguage(source.language);
  return primary === undefined ? locale === "fr" : primary === "fr";
}

/** Whether the data of a source is English (title case applies to some fields). @internal */
export function isEnglishData(source: SourceFields, locale: CitationLocale): boolean {
  const primary = primaryLanguage(source.language);
  return primary === undefined ? locale === "en" : primary === "en";
}

/** The writer for a source's data: with French spacing on French data only. @internal */
export const writerFor = (source: SourceFields, w: Writer): Writer =>
  isFrenchData(source, w.locale) ? w.french : w.plain;
