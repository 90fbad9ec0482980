import type { Catalog, ValidationIssue } from "@observatoire/impact-core";
import { singleFileArg } from "../_lib/args";
import { dataError } from "../_lib/cli-error";
import type { Command } from "../_lib/command";
import { readJsonFile, resolvePath } from "../_lib/files";

/** @internal `impact validate`: checks a catalog file, listing every problem. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check a catalog JSON file: schema and references, every problem with its path",
  help: `Usage: impact validate CATALOG.json [--json]

Checks a catalog (programmes, phases, studies, actors, populations, fragilities, impact
axes, territories, sources, figures) against the schema of @observatoire/impact-core and
its cross-references (every id resolves, phases inside their programme's period, no
duplicate ids). Prints every problem with its path; exits 1 when there is any.

Options:
  --json       print { "valid": boolean, "issues": [{ path, code, message }] }
  -h, --help   show this help

Example:
  $ impact validate catalogue.json
`,
  options: {
    json: { type: "boolean" },
  },
  async run({ values, positionals }, io) {
    const shown = singleFileArg("validate", "the catalog file", positionals);
    const input = await readJsonFile(resolvePath(io.cwd, shown), shown);
    const { escapeForTerminal, formatPath, isImpactError, parseCatalog } = await import(
      "@observatoire/impact-core"
    );
    let catalog: Catalog;
    try {
      catalog = parseCatalog(input);
    } catch (error) {
      const issues = (error as { issues?: unknown }).issues;
      if (!isImpactError(error) || !Array.isArray(issues)) throw error;
      const list = issues as readonly ValidationIssue[];
      if (values.json === true) {
        io.stdout.write(`${JSON.stringify({ valid: false, issues: list }, null, 2)}\n`);
      } else {
        for (const issue of list) {
          io.stdout.write(
            `${escapeForTerminal(`${formatPath(issue.path) || "(root)"}: ${issue.message.replace(/\s*\n\s*/g, " ")} [${issue.code}]`)}\n`,
          );
        }
      }
      throw dataError(
        `${shown} is not a valid catalog: ${list.length} problem${list.length === 1 ? "" : "s"}${values.json === true ? "" : " (listed on stdout)"}`,
        error,
      );
    }
    if (values.json === true) {
      io.stdout.write(`${JSON.stringify({ valid: true, issues: [] }, null, 2)}\n`);
      return;
    }
    const counts = (
      [
        ["programmes", catalog.programmes.length],
        ["phases", catalog.phases.length],
        ["studies", catalog.studies.length],
        ["sources", catalog.sources.length],
        ["figures", catalog.figures.length],
      ] as const
    )
      .map(([name, count]) => `${count} ${name}`)
      .join(", ");
    io.stdout.write(`${shown}: valid catalog (${counts})\n`);
  },
};
