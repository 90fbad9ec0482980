import { LOCALES } from "@observatoire/impact-core/kernel";
import { readChoice, stringFlag } from "../_lib/args";
import { usageError } from "../_lib/cli-error";
import type { Command } from "../_lib/command";
import { resolvePath, writeFileAtomic } from "../_lib/files";

/** @internal `impact report`: the IMPACT fact sheet from the embedded catalog. */
export const reportCommand: Command = {
  name: "report",
  summary: "the IMPACT fact sheet from the embedded catalog (npm start runs it)",
  help: `Usage: impact report [--format F] [--locale L] [--out FILE]

Writes the fact sheet of the IMPACT programme from the reference catalog of
@observatoire/impact-data: key figures, the programme's first steps, the programmes'
timeline, the three impact axes, the phases and partners, every figure per population
with its study, date, sample and institute (a series when a measure has several
dates; a margin of error only with its basis), a methodology notice per study, the
places where sources disagree, and the numbered notes in the Observatoire's style.

Options:
  --format F   text (default), markdown, html (a standalone, accessible page with a
               chart of the key figures, linked notes and a print stylesheet)
  --locale L   fr (default) or en: every text of the sheet in that language (the
               catalog's texts in their French or English version; publication
               titles stay as published)
  --out FILE   write to FILE (complete or not at all) instead of stdout
  -h, --help   show this help

Example:
  $ impact report --format html --out fiche-impact.html
`,
  options: {
    format: { type: "string" },
    locale: { type: "string" },
    out: { type: "string" },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) {
      throw usageError(
        `report takes no argument, got ${JSON.stringify(positionals[0])} (see "impact report --help")`,
      );
    }
    const { OUTPUT_FORMATS } = await import("@observatoire/impact-citations");
    const format = readChoice(values.format, "format", OUTPUT_FORMATS, "text");
    const locale = readChoice(values.locale, "locale", LOCALES, "fr");
    const out = stringFlag(values.out);
    // Loaded on demand: validating the embedded catalog costs the other commands' start-up.
    const [{ catalog }, { buildFactSheet }] = await Promise.all([
      import("@observatoire/impact-data"),
      import("../report/fact-sheet"),
    ]);
    const text = buildFactSheet(catalog, { format, locale });
    if (out === undefined) {
      io.stdout.write(text);
      return;
    }
    await writeFileAtomic(resolvePath(io.cwd, out), out, async (sink) => {
      await sink.write(text);
    });
  },
};
