import type { OutputFormat } from "@observatoire/impact-citations";

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
  /** The numbered notes, each line as the note registry rendered it. */
  notes(heading: string, lines: readonly string[]): string;
  /** The whole document from its blocks. */
  document(title: string, lang: string, blocks: readonly string[]): string;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

const TEXT: Markup = {
  format: "text",
  escape: (text) => text,
  title: (text, subtitle) => `${text.toUpperCase()}\n${subtitle}`,
  heading: (text) => `${text}\n${"-".repeat([...text].length)}`,
  subheading: (text) => text,
  paragraph: (inline) => inline,
  list: (inlines) => inlines.map((item) => `  • ${item}`).join("\n"),
  notes: (heading, lines) => `${TEXT.heading(heading)}\n\n${lines.join("\n\n")}`,
  document: (_title, _lang, blocks) => `${blocks.join("\n\n")}\n`,
};

const MARKDOWN: Markup = {
  format: "markdown",
  escape: escapeMarkdown,
  title: (text, subtitle) => `# ${escapeMarkdown(text)}\n\n*${escapeMarkdown(subtitle)}*`,
  heading: (text) => `## ${escapeMarkdown(text)}`,
  subheading: (text) => `### ${escapeMarkdown(text)}`,
  paragraph: (inline) => inline,
  list: (inlines) => inlines.map((item) => `- ${item}`).join("\n"),
  notes: (heading, lines) => `${MARKDOWN.heading(heading)}\n\n${lines.join("\n\n")}`,
  document: (_title, _lang, blocks) => `${blocks.join("\n\n")}\n`,
};

const HTML: Markup = {
  format: "html",
  escape: escapeHtml,
  title: (text, subtitle) =>
    `<h1>${escapeHtml(text)}</h1>\n<p class="subtitle">${escapeHtml(subtitle)}</p>`,
  heading: (text) => `<h2>${escapeHtml(text)}</h2>`,
  subheading: (text) => `<h3>${escapeHtml(text)}</h3>`,
  paragraph: (inline) => `<p>${inline}</p>`,
  list: (inlines) => `<ul>\n${inlines.map((item) => `  <li>${item}</li>`).join("\n")}\n</ul>`,
  notes: (heading, lines) =>
    `<section class="notes">\n${HTML.heading(heading)}\n<ol>\n${lines.map((line) => `  ${line}`).join("\n")}\n</ol>\n</section>`,
  document: (title, lang, blocks) =>
    `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n${blocks.join("\n")}\n</body>\n</html>\n`,
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
