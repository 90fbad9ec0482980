import { cleanText, escapeHtml, escapeMarkdown, httpUrl } from "@observatoire/impact-core";
import type { CitationLocale, OutputFormat } from "../types";
import { frenchTypography } from "../typography/french-typography";
import { type Mark, parseRichText } from "./rich-text";
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
  /**
   * A title from data, which may hold Zotero's rich text (`<i>`, `<b>`, `<sup>`, `<sub>`,
   * `<span class="nocase">`, small caps): set as markup in HTML, as italics and bold in
   * Markdown (the rest plain there), plain in text; any other tag stays inert text. `capitalise` upper-cases the first letter
   * (outside a `nocase` span).
   */
  rich(value: string, capitalise?: boolean): string;
  /**
   * A URL from data as a link in HTML and Markdown when {@link httpUrl} accepts `href`;
   * otherwise, and in text, `label` as inert data.
   */
  link(label: string, href: string): string;
  /** The same writer with French spacing on data (French-language data) or without. */
  readonly french: Writer;
  readonly plain: Writer;
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

/** Upper-cases the first letter, past any leading punctuation and tag-like text (`<i>`). */
const upperFirst = (text: string): string => {
  const index = /^(?:<[^>]*>|[^\p{L}<])*/u.exec(text)?.[0].length ?? 0;
  return index >= text.length
    ? text
    : text.slice(0, index) + text.charAt(index).toLocaleUpperCase() + text.slice(index + 1);
};

const UPRIGHT = '<span style="font-style:normal;">';

const HTML_MARKS: Readonly<Record<Mark, readonly [string, string]>> = {
  i: ["<i>", "</i>"],
  b: ["<b>", "</b>"],
  sup: ["<sup>", "</sup>"],
  sub: ["<sub>", "</sub>"],
  sc: ['<span style="font-variant:small-caps;">', "</span>"],
  nocase: ["", ""],
};
// Markdown (CommonMark, GFM) has no superscript, subscript or small caps, and a renderer
// may show inline HTML as text: those runs are plain in Markdown.
const MARKDOWN_MARKS: Readonly<Record<Mark, readonly [string, string]>> = {
  i: ["*", "*"],
  b: ["**", "**"],
  sup: ["", ""],
  sub: ["", ""],
  sc: ["", ""],
  nocase: ["", ""],
};

function writer(format: OutputFormat, locale: CitationLocale, french: boolean): Writer {
  const terms = TERMS[locale];
  const escapeFor =
    format === "html" ? escapeHtml : format === "markdown" ? escapeMarkdown : cleanText;
  const setText = french ? (value: string) => frenchTypography(tidy(value)) : tidy;
  const data = (value: string): string => escapeFor(setText(value));
  const marks = format === "html" ? HTML_MARKS : format === "markdown" ? MARKDOWN_MARKS : undefined;
  // Italics inside italics are set upright (CSL's flip-flop), in HTML. Every `<i>` of
  // rendered content is ours (data is escaped), paired by parseRichText: swapping each
  // `<i>` and `</i>` for a span keeps the nesting.
  const italic =
    format === "html"
      ? (rendered: string) =>
          rendered === ""
            ? ""
            : `<i>${rendered.includes("<i>") ? rendered.replace(/<i>/g, UPRIGHT).replace(/<\/i>/g, "</span>") : rendered}</i>`
      : format === "markdown"
        ? (rendered: string) => (rendered === "" ? "" : `*${rendered}*`)
        : (rendered: string) => rendered;
  const rich = (value: string, capitalise = false): string => {
    const text = tidy(value);
    if (!text.includes("<")) return data(capitalise ? upperFirst(text) : text);
    let out = "";
    let first = capitalise;
    for (const run of parseRichText(text)) {
      let piece = run.text;
      if (first && /\p{L}/u.test(piece)) {
        if (!run.marks.includes("nocase")) piece = upperFirst(piece);
        first = false;
      }
      let rendered = escapeFor(french ? frenchTypography(piece) : piece);
      if (marks !== undefined && rendered !== "") {
        for (const mark of [...run.marks].reverse())
          rendered = `${marks[mark][0]}${rendered}${marks[mark][1]}`;
      }
      out += rendered;
    }
    return out;
  };
  const link = (label: string, href: string): string => {
    const url = format === "text" ? undefined : httpUrl(href);
    if (url === undefined) return data(label);
    if (format === "html") return `<a href="${escapeHtml(url)}">${data(label)}</a>`;
    return `[${data(label)}](<${url.replace(/[<>\\]/g, "\\$&")}>)`;
  };
  const self: Writer = {
    format,
    locale,
    terms,
    data,
    rich,
    link,
    lit: escapeFor,
    italic,
    latin: (term) => italic(escapeFor(term)),
    quote: (rendered) => `${escapeFor(terms.openQuote)}${rendered}${escapeFor(terms.closeQuote)}`,
    get french() {
      return getWriter(format, locale, true);
    },
    get plain() {
      return getWriter(format, locale, false);
    },
  };
  return self;
}

const CACHE = new Map<string, Writer>();

/**
 * The shared writer of a format and locale; data gets French spacing when `french`
 * (by default, when the locale is French). @internal
 */
export function getWriter(
  format: OutputFormat,
  locale: CitationLocale,
  french: boolean = locale === "fr",
): Writer {
  const key = `${format}:${locale}:${french}`;
  let found = CACHE.get(key);
  if (found === undefined) {
    found = writer(format, locale, french);
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
