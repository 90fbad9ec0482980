import type { Source, SourceInput } from "@observatoire/impact-core";
import type { Locale, LocaleInput } from "@observatoire/impact-core/kernel";

/** The reference styles: the Observatoire's house style (the seed's notes), French ISO 690, APA 7. */
export type CitationStyle = "observatoire" | "iso690" | "apa";

/**
 * The values of {@link CitationStyle}, the default (`"observatoire"`) first.
 *
 * @example
 * import { CITATION_STYLES } from "@observatoire/impact-citations";
 * CITATION_STYLES;
 * //=> ["observatoire", "iso690", "apa"]
 */
export const CITATION_STYLES: readonly CitationStyle[] = Object.freeze([
  "observatoire",
  "iso690",
  "apa",
]);

/** The output formats. HTML and Markdown escape every piece of data. */
export type OutputFormat = "text" | "markdown" | "html";

/**
 * The values of {@link OutputFormat}, the default (`"text"`) first.
 *
 * @example
 * import { OUTPUT_FORMATS } from "@observatoire/impact-citations";
 * OUTPUT_FORMATS;
 * //=> ["text", "markdown", "html"]
 */
export const OUTPUT_FORMATS: readonly OutputFormat[] = Object.freeze(["text", "markdown", "html"]);

/**
 * The languages of the terms, dates and punctuation.
 *
 * @deprecated Use `Locale` from `@observatoire/impact-core`, the one locale type of every package.
 */
export type CitationLocale = Locale;

/**
 * A source to render: a validated {@link Source} or a CSL-JSON item written by hand
 * ({@link SourceInput}, whose `id` needs no brand).
 */
export type CitableSource = Source | SourceInput;

/** Rendering options shared by {@link formatReference}, {@link formatNotes} and the registry. */
export interface RenderOptions {
  /** The reference style; `"observatoire"` when omitted. */
  readonly style?: CitationStyle | undefined;
  /** The output format; `"text"` when omitted. */
  readonly format?: OutputFormat | undefined;
  /**
   * The language: `"fr"`, `"en"` or a tag of one of them (`"fr-FR"`, `"en-GB"`), read by
   * `readLocale` of impact-core as in every package; `"fr"` when omitted.
   */
  readonly locale?: LocaleInput | undefined;
}

/** One cite of a source inside a citation. */
export interface Cite {
  /** The cited source's `id`. */
  readonly id: string;
  /**
   * Where in the source: a page (`"42"`) or page range (`"12-15"`), printed after `p.`;
   * any other text (`"chap. 3"`) is printed as written.
   */
  readonly locator?: string | undefined;
  /**
   * Words printed before the cite (CSL citation-item `prefix`, pandoc's `[see @id]`),
   * capitalised at the start of a note, where `Ibid.` after it stays lowercase:
   * `Voir ibid., p. 4`.
   */
  readonly prefix?: string | undefined;
  /**
   * Words printed after the cite and its locator (CSL citation-item `suffix`):
   * `"et passim"`, or `", note 3"` (no space is added before a leading comma).
   */
  readonly suffix?: string | undefined;
}

/** One citation: the cites held by one note, in order. */
export interface Citation {
  /** The note's number: positive integers, strictly increasing through the document. */
  readonly noteNumber: number;
  /** The cites of the note (at least one). */
  readonly cites: readonly Cite[];
}

/** The CSL position of a cite. */
export type Position = "first" | "subsequent" | "ibid" | "ibid-with-locator";

/** The position of one cite, as CSL 1.0.2 defines it. */
export interface CitePosition {
  /** `first`, `subsequent`, `ibid` or `ibid-with-locator`. */
  readonly position: Position;
  /** Whether the same source was cited in this note or at most `nearNoteDistance` notes before. */
  readonly nearNote: boolean;
}

/** One rendered note. */
export interface FormattedNote {
  /** The note's number. */
  readonly noteNumber: number;
  /** The note's content, in the chosen format (cites joined by a semicolon). */
  readonly text: string;
  /**
   * Each cite as `text` writes it, in order: `text` is these joined by the locale's cite
   * delimiter (a semicolon). For a caller that places cites itself, such as a Markdown
   * plugin writing citations into an author's own footnote.
   */
  readonly cites: readonly string[];
  /**
   * The note as a line of a note list: `[1] text` in text and Markdown,
   * `<li value="1">text</li>` in HTML (to place inside an `<ol>`).
   */
  readonly line: string;
}
