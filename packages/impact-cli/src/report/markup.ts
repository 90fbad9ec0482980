import type { OutputFormat } from "@observatoire/impact-citations";
import { escapeHtml, escapeMarkdown } from "@observatoire/impact-core";

/**
 * The few constructs of the fact sheet, written in one output format. Every argument
 * called `text` is data and is escaped here; arguments called `inline` are fragments
 * already written in the format (escaped data joined with note calls).
 *
 * @internal
 */
export interface Markup {
  readonly format: OutputFormat;
  escape(text: string): string;
  title(text: string, subtitle: string): string;
  heading(text: string): string;
  subheading(text: string): string;
  paragraph(inline: string): string;
  list(inlines: readonly string[]): string;
  /** A chart (HTML only; the other formats carry the same figures as text). */
  figure(svg: string, caption: string): string;
  /** A note call linked to its note (HTML), from the registry's call. */
  noteCall(call: string, noteNumber: number, occurrence: number): string;
  /** The numbered notes, each line as the note registry rendered it. */
  notes(
    heading: string,
    lines: readonly { line: string; noteNumber: number; back: string }[],
  ): string;
  /** The whole document from its blocks. */
  document(title: string, lang: string, blocks: readonly string[]): string;
}

const TEXT: Markup = {
  format: "text",
  escape: (text) => text,
  title: (text, subtitle) => `${text.toUpperCase()}\n${subtitle}`,
  heading: (text) => `${text}\n${"-".repeat([...text].length)}`,
  subheading: (text) => text,
  paragraph: (inline) => inline,
  list: (inlines) => inlines.map((item) => `  • ${item}`).join("\n"),
  figure: () => "",
  noteCall: (call) => call,
  notes: (heading, lines) =>
    `${TEXT.heading(heading)}\n\n${lines.map((note) => note.line).join("\n\n")}`,
  document: (_title, _lang, blocks) => `${blocks.filter((b) => b !== "").join("\n\n")}\n`,
};

const MARKDOWN: Markup = {
  format: "markdown",
  escape: escapeMarkdown,
  title: (text, subtitle) => `# ${escapeMarkdown(text)}\n\n*${escapeMarkdown(subtitle)}*`,
  heading: (text) => `## ${escapeMarkdown(text)}`,
  subheading: (text) => `### ${escapeMarkdown(text)}`,
  paragraph: (inline) => inline,
  list: (inlines) => inlines.map((item) => `- ${item}`).join("\n"),
  figure: () => "",
  noteCall: (call) => call,
  notes: (heading, lines) =>
    `${MARKDOWN.heading(heading)}\n\n${lines.map((note) => note.line).join("\n\n")}`,
  document: (_title, _lang, blocks) => `${blocks.filter((b) => b !== "").join("\n\n")}\n`,
};

// A page an organisation can publish as is: readable on screen and on paper, no script,
// no external resource.
const STYLE = `
  :root { color-scheme: light; }
  body { font: 1rem/1.55 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; margin: 0; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
  .subtitle { font-style: italic; margin-top: 0; color: #333; }
  h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #999; }
  h3 { font-size: 1.05rem; margin-bottom: .3rem; }
  sup { line-height: 0; }
  a { color: #0b4f8a; }
  a:focus { outline: 2px solid #0b4f8a; outline-offset: 2px; }
  .chart { max-width: 100%; height: auto; font: .8rem sans-serif; }
  .chart .grid { stroke: #ddd; }
  .chart .tick, .chart .axis-title, .chart .label { fill: #1a1a1a; }
  .chart .interval { stroke: #0b4f8a; stroke-width: 2; }
  .chart .estimate { fill: #0b4f8a; }
  figcaption { font-size: .9rem; color: #333; }
  .notes { font-size: .92rem; border-top: 1px solid #999; margin-top: 2rem; }
  .back { margin-left: .3em; }
  @media print {
    body { font-size: 10.5pt; }
    main { max-width: none; padding: 0; }
    a { color: inherit; text-decoration: none; }
    .back { display: none; }
    h2, h3 { break-after: avoid; }
    li, figure { break-inside: avoid; }
    @page { margin: 2cm; }
  }
`;

const HTML: Markup = {
  format: "html",
  escape: escapeHtml,
  title: (text, subtitle) =>
    `<header>\n<h1>${escapeHtml(text)}</h1>\n<p class="subtitle">${escapeHtml(subtitle)}</p>\n</header>`,
  heading: (text) => `<h2>${escapeHtml(text)}</h2>`,
  subheading: (text) => `<h3>${escapeHtml(text)}</h3>`,
  paragraph: (inline) => `<p>${inline}</p>`,
  list: (inlines) => `<ul>\n${inlines.map((item) => `  <li>${item}</li>`).join("\n")}\n</ul>`,
  figure: (svg, caption) =>
    `<figure>\n${svg}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`,
  noteCall: (call, n, occurrence) =>
    call.replace(
      /^<sup>(\d+)<\/sup>$/,
      `<sup><a href="#note-${n}" id="call-${n}-${occurrence}" class="call">$1</a></sup>`,
    ),
  notes: (heading, lines) =>
    `<section class="notes" aria-labelledby="notes-heading">\n<h2 id="notes-heading">${escapeHtml(heading)}</h2>\n<ol>\n${lines
      .map(
        (note) =>
          `  ${note.line
            .replace(/^<li value="(\d+)">/, `<li id="note-$1" value="$1">`)
            .replace(
              /<\/li>$/,
              ` <a href="#call-${note.noteNumber}-1" class="back" aria-label="${escapeHtml(note.back)}">↩</a></li>`,
            )}`,
      )
      .join("\n")}\n</ol>\n</section>`,
  document: (title, lang, blocks) =>
    `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n${blocks.filter((b) => b !== "").join("\n")}\n</main>\n</body>\n</html>\n`,
};

/** @internal The markup of an output format. */
export function markupFor(format: OutputFormat): Markup {
  switch (format) {
    case "text":
      return TEXT;
    case "markdown":
      return MARKDOWN;
    case "html":
      return HTML;
  }
}
