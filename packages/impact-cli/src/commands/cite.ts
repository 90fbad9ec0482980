import type { OutputFormat } from "@observatoire/impact-citations";
import { LOCALES } from "@observatoire/impact-core/kernel";
import { readChoice, singleFileArg } from "../_lib/args";
import type { Command } from "../_lib/command";
import { readJsonFile, resolvePath } from "../_lib/files";

/** @internal `impact cite`: formats a CSL-JSON bibliography. */
export const citeCommand: Command = {
  name: "cite",
  summary: "format a CSL-JSON bibliography (a Zotero export) in a citation style",
  help: `Usage: impact cite FILE.json [--style S] [--format F] [--locale L]

Formats every item of a CSL-JSON file (as Zotero exports it), one reference per line,
in the order of the file, with French typography by default.

Options:
  --style S    observatoire (default, the house style of the Observatoire's notes),
               iso690, apa
  --format F   text (default), markdown (a list), html (a <ul>, every datum escaped)
  --locale L   fr (default) or en
  -h, --help   show this help

Example:
  $ impact cite bibliographie.json --style iso690 --format markdown
`,
  options: {
    style: { type: "string" },
    format: { type: "string" },
    locale: { type: "string" },
  },
  async run({ values, positionals }, io) {
    const shown = singleFileArg("cite", "the CSL-JSON file", positionals);
    // Loaded on demand, as every library of the CLI: its lists are the choices of the flags.
    const { CITATION_STYLES, OUTPUT_FORMATS, formatReference, fromCslJson } = await import(
      "@observatoire/impact-citations"
    );
    const style = readChoice(values.style, "style", CITATION_STYLES, "observatoire");
    const format = readChoice(values.format, "format", OUTPUT_FORMATS, "text");
    const locale = readChoice(values.locale, "locale", LOCALES, "fr");
    const items = await readJsonFile(resolvePath(io.cwd, shown), shown);
    let references: string[];
    try {
      references = fromCslJson(items).map((source) =>
        formatReference(source, { style, format, locale }),
      );
    } catch (error) {
      if (error instanceof Error) error.message = `${shown}: ${error.message}`;
      throw error;
    }
    // HTML and Markdown are already cleaned by their escapers; text keeps what the data held,
    // so whatever reaches the terminal is shown escaped rather than run.
    const { escapeForTerminal } = await import("@observatoire/impact-core");
    io.stdout.write(escapeForTerminal(renderList(references, format)));
  },
};

function renderList(references: readonly string[], format: OutputFormat): string {
  if (references.length === 0) return "";
  switch (format) {
    case "text":
      return `${references.join("\n")}\n`;
    case "markdown":
      return `${references.map((r) => `- ${r}`).join("\n")}\n`;
    case "html":
      return `<ul class="bibliography">\n${references.map((r) => `  <li>${r}</li>`).join("\n")}\n</ul>\n`;
  }
}
