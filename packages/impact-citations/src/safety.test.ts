import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { createNoteRegistry, formatNotes, formatReference } from "./index";
import type { CitableSource, CitationStyle } from "./types";

// Data made of the characters that matter to HTML and Markdown, and of link shapes.
const piece = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    "<b>",
    "&amp;",
    "&#60;",
    '"',
    "'",
    "*",
    "_",
    "`",
    "[x](https://evil.example)",
    "![i](x.png)",
    "<https://evil.example>",
    "https://evil.example/a",
    "http://evil.example",
    "www.evil.example",
    "evil.example",
    "me@evil.example",
    "\\",
    "#",
    "- ",
    "1. ",
    "> ",
    "|",
    "~~",
    "\n",
    "  ",
    "[^1]",
    "[1]: https://evil.example",
  ),
  fc.string({ maxLength: 6 }),
);
const dataText = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(""))
  .filter((text) => text.trim() !== "");

const sourceArbitrary = fc.record({
  title: dataText,
  genre: dataText,
  publisher: dataText,
  family: dataText,
  container: dataText,
  type: fc.constantFrom("report", "book", "article-journal", "chapter", "webpage"),
  locator: fc.option(dataText, { nil: undefined }),
});

type Generated = typeof sourceArbitrary extends fc.Arbitrary<infer T> ? T : never;

const buildSource = (value: Generated, url?: string): CitableSource => ({
  id: "s",
  type: value.type,
  title: value.title,
  genre: value.genre,
  publisher: value.publisher,
  "container-title": value.container,
  author: [{ family: value.family, given: value.genre }],
  editor: [{ literal: value.publisher }],
  issued: { "date-parts": [[2019, 10]] },
  ...(url === undefined ? {} : { URL: url, accessed: { "date-parts": [[2024, 3, 1]] } }),
});

const STYLES: CitationStyle[] = ["observatoire", "iso690", "apa"];
const md = new MarkdownIt({ linkify: true, html: true });
const decode = (html: string): string =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The one link our HTML may hold: the source's URL, as httpUrl serialises it. */
const OUR_LINKS = /<a href="https:\/\/example\.org\/%3Cb%3E\?a=1&amp;b=2">|<\/a>/g;

/** Every tag of our HTML is one we write; every `&` starts an entity we write. */
function assertSafeHtml(html: string): void {
  const tags = html.replace(OUR_LINKS, "").match(/<[^>]*>/g) ?? [];
  for (const tag of tags) expect(["<i>", "</i>", "<sup>", "</sup>"]).toContain(tag);
  expect(html.replace(OUR_LINKS, "").replace(/<\/?(i|sup)>/g, "")).not.toMatch(/[<>"]/);
  expect(html).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
}

/** The one link our Markdown may hold: the source's URL, as httpUrl serialises it. */
const OUR_MARKDOWN_LINKS = /<a href="https:\/\/www\.example\.org\/a_b\*c\?d=1">|<\/a>/g;

/** Parsed by two Markdown engines (with GFM autolinks and linkify), nothing becomes markup. */
function assertSafeMarkdown(markdown: string): void {
  for (const rendered of [
    md.renderInline(markdown),
    marked.parseInline(markdown, { gfm: true }) as string,
  ]) {
    const html = rendered.replace(OUR_MARKDOWN_LINKS, "");
    expect(html).not.toMatch(
      /<a[\s>]|<img|<script|<b>|<code|<del|<s>|<h\d|<li|<blockquote|<strong/,
    );
    const tags = html.match(/<[^>]*>/g) ?? [];
    for (const tag of tags) expect(["<em>", "</em>", "<br>"]).toContain(tag);
  }
}

describe("HTML output escapes every piece of data", () => {
  it("for every style, locale and source shape (property)", () => {
    fc.assert(
      fc.property(
        sourceArbitrary,
        fc.constantFrom(...STYLES),
        fc.constantFrom("fr" as const, "en" as const),
        (value, style, locale) => {
          const source = buildSource(value, "https://example.org/<b>?a=1&b=2");
          const html = formatReference(source, {
            style,
            locale,
            format: "html",
            locator: value.locator,
          });
          assertSafeHtml(html);
          // The text of the HTML is the text output, data included, nothing lost.
          const text = formatReference(source, {
            style,
            locale,
            format: "text",
            locator: value.locator,
          });
          expect(decode(html.replace(OUR_LINKS, "").replace(/<\/?(i|sup)>/g, ""))).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("in notes and note calls", () => {
    fc.assert(
      fc.property(sourceArbitrary, (value) => {
        const source = buildSource(value);
        const notes = formatNotes(
          [
            { noteNumber: 1, cites: [{ id: "s" }] },
            { noteNumber: 2, cites: [{ id: "s", locator: value.title }] },
            { noteNumber: 4, cites: [{ id: "s" }, { id: "s" }] },
          ],
          [source],
          { format: "html", style: "iso690" },
        );
        for (const note of notes)
          assertSafeHtml(note.line.replace(/^<li value="\d+">|<\/li>$/g, ""));
        const registry = createNoteRegistry({ sources: [source], format: "html" });
        expect(registry.cite("s")).toBe("<sup>1</sup>");
      }),
      { numRuns: 100 },
    );
  });
});

describe("Markdown output never turns data into markup or a live link", () => {
  it("for every style and source shape (property)", () => {
    fc.assert(
      fc.property(sourceArbitrary, fc.constantFrom(...STYLES), (value, style) => {
        const source = buildSource(value, "https://www.example.org/a_b*c?d=1");
        const markdown = formatReference(source, {
          style,
          format: "markdown",
          locator: value.locator,
        });
        // Our own italics aside, the rendered text is the text output.
        const rendered = md.renderInline(markdown);
        assertSafeMarkdown(markdown);
        const text = formatReference(source, { style, format: "text", locator: value.locator });
        expect(decode(rendered.replace(OUR_MARKDOWN_LINKS, "").replace(/<\/?em>/g, ""))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("treats a trailing * of data as text, not as closing italics (fast-check counterexample)", () => {
    const source: CitableSource = {
      id: "x",
      type: "report",
      title: "T",
      "container-title": "?*",
      publisher: "P",
      issued: { "date-parts": [[2019]] },
    };
    const text = formatReference(source, { style: "apa", format: "text", locale: "en" });
    const markdown = formatReference(source, { style: "apa", format: "markdown", locale: "en" });
    expect(text).toContain("?*.");
    expect(decode(md.renderInline(markdown).replace(/<\/?em>/g, ""))).toBe(text);
  });

  it("escapes link shapes explicitly", () => {
    const source: CitableSource = {
      id: "x",
      type: "report",
      title: "[clic](https://evil.example) www.evil.example me@evil.example *gras*",
    };
    const markdown = formatReference(source, { format: "markdown" });
    expect(markdown).toBe(
      "\\[clic\\](https\\://evil\\.example) www\\.evil\\.example me\\@evil\\.example \\*gras\\*",
    );
    assertSafeMarkdown(markdown);
  });
});
