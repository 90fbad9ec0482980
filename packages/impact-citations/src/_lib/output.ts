import { cleanText, escapeHtml, escapeMarkdown } from "@observatoire/impact-core";
import type { CitationLocale, OutputFormat } from "../types";
import { frenchTypography } from "../typography/french-typography";
import { TERMS, type Terms } from "./terms";

/**
 * Writes the pieces of a reference in one format and locale. Every piece of data goes
 * through {@link Writer.data}: whitespace collapsed, French typography in French, then
 * escaped for the format. Style-owned text goes through {@link Writer.lit}.
 *
 * @internal
 */
export interface Writer {
  readonly format: OutputFormat;
  readonly locale: CitationLocale;
  readonly terms: Terms;
  /** A piece of data, typeset and escaped. */
  data(value: string): string;
  /** Text written by the style (already typeset), escaped. */
  lit(value: string): string;
  /** Rendered content in italics. */
  italic(rendered: string): string;
  /** A Latin term (`ibid.`, `op. cit.`), in italics in HTML and Markdown. */
  latin(term: string): string;
  /** Rendered content between the locale's quotation marks. */
  quote(rendered: string): string;
}

const SPACES = /[\t\n\v\f\r \u0085\u2028\u2029]+/g;
const UNTIDY = /[\t\n\v\f\r\u0085\u2028\u2029]| {2}|^\s|\s$/;
/** Collapses runs of whitespace (newlines included) to one space and trims. */
const tidy = (value: string): string =>
  UNTIDY.test(value) ? value.replace(SPACES, " ").trim() : value;

function writer(format: OutputFormat, locale: CitationLocale): Writer {
  const terms = TERMS[locale];
  const escapeFor =
    format === "html" ? escapeHtml : format === "markdown" ? escapeMarkdown : cleanText;
  const setText = locale === "fr" ? (value: string) => frenchTypography(tidy(value)) : tidy;
  const italic =
    format === "html"
      ? (rendered: string) => (rendered === "" ? "" : `<i>${rendered}</i>`)
      : format === "markdown"
        ? (rendered: string) => (rendered === "" ? "" : `*${rendered}*`)
        : (rendered: string) => rendered;
  return {
    format,
    locale,
    terms,
    data: (value) => escapeFor(setText(value)),
    lit: escapeFor,
    italic,
    latin: (term) => italic(escapeFor(term)),
    quote: (rendered) => `${escapeFor(terms.openQuote)}${rendered}${escapeFor(terms.closeQuote)}`,
  };
}

const CACHE = new Map<string, Writer>();

/** The shared writer of a format and locale. @internal */
export function getWriter(format: OutputFormat, locale: CitationLocale): Writer {
  const key = `${format}:${locale}`;
  let found = CACHE.get(key);
  if (found === undefined) {
    found = writer(format, locale);
    CACHE.set(key, found);
  }
  return found;
}

/**
 * The last visible character of rendered content, ignoring the closing markup the
 * format adds: HTML closing tags, and in Markdown the unescaped `*` that closes italics.
 * Data never counts as markup: a title ending in `*` ends in `*` in every format.
 *
 * @internal
 */
export function lastVisible(rendered: string, format: OutputFormat): string {
  if (format === "html") {
    const plain = rendered.replace(/(?:<\/[a-z]+>)+$/, "");
    const entity = /&(#39|quot|amp|lt|gt);$/.exec(plain);
    if (entity !== null) return ENTITY_CHARS[entity[1] as string] ?? "";
    return plain.charAt(plain.length - 1);
  }
  if (format === "markdown") {
    let plain = rendered;
    // Strip closing italics: a `*` not escaped by a backslash (an odd run of them).
    while (plain.endsWith("*") && !/(^|[^\\])(\\\\)*\\\*$/.test(plain)) plain = plain.slice(0, -1);
    return plain.charAt(plain.length - 1);
  }
  return rendered.charAt(rendered.length - 1);
}

const ENTITY_CHARS: Readonly<Record<string, string>> = {
  "#39": "'",
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
};

/**
 * Joins rendered elements as sentences (`A. B. C.`), without doubling a final period or
 * adding one after a question or exclamation mark.
 *
 * @internal
 */
export function sentences(parts: readonly string[], format: OutputFormat): string {
  let out = "";
  for (const part of parts) {
    if (part === "") continue;
    if (out !== "") out += /[.?!…]/.test(lastVisible(out, format)) ? " " : ". ";
    out += part;
  }
  if (out !== "" && !/[.?!…]/.test(lastVisible(out, format))) out += ".";
  return out;
}
