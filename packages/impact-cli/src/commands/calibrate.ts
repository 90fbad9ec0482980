import { createHash } from "node:crypto";
import type { CalibrationFunction, CalibrationResult } from "@observatoire/impact-indicators";
import { readChoice, readNumberArg, stringFlag } from "../_lib/args";
import { dataError, usageError } from "../_lib/cli-error";
import type { Command } from "../_lib/command";
import { CSV_FLAGS, csvFlagsHelp } from "../_lib/common-flags";
import { streamCsv } from "../_lib/csv";
import { GrowableFloat64 } from "../_lib/growable";
import { createProgress } from "../_lib/progress";
import {
  readWeightingHeader,
  readWeightingInput,
  rowWeight,
  snapshot,
  writeSummary,
  writeWeightedCopy,
} from "./rake";

const DEFAULT_COLUMN = "calibrated_weight";
const CALFUNS: readonly CalibrationFunction[] = ["linear", "raking", "logit"];

/** @internal `impact calibrate`: calibrates the weights of a CSV file to population margins. */
export const calibrateCommand: Command = {
  name: "calibrate",
  summary: "calibrate the weights of a CSV file to population margins (GREG), as a new column",
  help: `Usage: impact calibrate FILE.csv --margins MARGINS.json --out OUT.csv
                       [--calfun linear|raking|logit] [--bounds L,U] [--weight COL]
                       [--column NAME] [--json]

Calibrates weights to population margins as R survey's calibrate does: linear (GREG,
default), raking, or logit (which needs --bounds), then writes every row of FILE.csv
to OUT.csv with one more column, the calibrated weight at full precision. Same margins
file as impact rake; OUT.csv appears complete or not at all.

Options:
  --margins FILE     the margins (required): [{ "variable": COL, "targets": { CODE: TOTAL } }]
  --out FILE         where to write the rows with their calibrated weight (required)
  --calfun F         linear (default), raking, logit
  --bounds L,U       bounds on the ratio of calibrated to starting weights, L < 1 < U
  --weight COL       starting (design) weights (default: 1 for every row)
  --column NAME      name of the new column (default: ${DEFAULT_COLUMN})
  --json             print the summary as JSON
${csvFlagsHelp(21)}
  -h, --help         show this help

Example:
  $ impact calibrate enquete.csv --margins marges.json --weight poids --calfun logit \\
      --bounds 0.5,2 --out enquete-calee.csv
`,
  options: {
    margins: { type: "string" },
    out: { type: "string" },
    calfun: { type: "string" },
    bounds: { type: "string" },
    weight: { type: "string" },
    column: { type: "string" },
    json: { type: "boolean" },
    ...CSV_FLAGS,
  },
  async run({ values, positionals }, io) {
    const input = await readWeightingInput(
      "calibrate",
      { values, positionals },
      io.cwd,
      DEFAULT_COLUMN,
    );
    const { shown, marginsShown, outShown, weightColumn, column, path, margins, size, format } =
      input;
    const calfun = readChoice(values.calfun, "calfun", CALFUNS, "linear");
    const boundsText = stringFlag(values.bounds);
    let bounds: [number, number] | undefined;
    if (boundsText !== undefined) {
      const parts = boundsText.split(",");
      if (parts.length !== 2) throw usageError(`--bounds must be L,U, got ${boundsText}`);
      bounds = [
        readNumberArg((parts[0] as string).trim(), "--bounds"),
        readNumberArg((parts[1] as string).trim(), "--bounds"),
      ];
    }
    const { decimal } = format;

    // Read twice, as impact rake: the file must not change between the passes.
    const before = await snapshot(path, shown);
    const firstHash = createHash("sha256");
    const weights = new GrowableFloat64();
    const codes: string[][] = margins.map(() => []);
    let at: number[] = [];
    let weightAt = -1;
    await streamCsv(
      path,
      shown,
      format,
      {
        header(fields) {
          ({ at, weightAt } = readWeightingHeader(fields, input));
        },
        row(fields, line) {
          weights.push(rowWeight(fields, line, weightAt, weightColumn, shown, decimal));
          at.forEach((k, m) => {
            (codes[m] as string[]).push(fields[k] as string);
          });
          return undefined;
        },
      },
      createProgress(io.stderr, "calibrate (1/2)", size),
      (chunk) => firstHash.update(chunk),
    );
    const firstDigest = firstHash.digest("hex");
    if (weights.length === 0) throw dataError(`${shown}: no data rows after the header`);

    const [{ isImpactError }, { calibrate, surveyDesign }] = await Promise.all([
      import("@observatoire/impact-core"),
      import("@observatoire/impact-indicators"),
    ]);
    let result: CalibrationResult;
    try {
      result = calibrate(surveyDesign({ weights: weights.view() }), {
        margins: margins.map((margin, m) => ({
          variable: margin.variable,
          codes: codes[m] as string[],
          // The margins file is read for its shape only: the totals are calibrate's to check.
          targets: margin.targets as Readonly<Record<string, number>>,
        })),
        calfun,
        bounds,
      });
    } catch (error) {
      if (isImpactError(error)) {
        const [, , m, field, index] = error.path;
        const where =
          field === "codes" && typeof index === "number" && typeof m === "number"
            ? `${shown}: line ${index + 2}: `
            : `${marginsShown}: `;
        throw dataError(`${where}${error.message}`, error);
      }
      throw error;
    }
    await writeWeightedCopy(input, before, firstDigest, result.weights, io.stderr, "calibrated");
    const summary = {
      rows: result.weights.length,
      margins: margins.map((m) => m.variable),
      calfun,
      bounds: bounds ?? null,
      iterations: result.iterations,
      maxAbsoluteError: result.maxAbsoluteError,
      out: outShown,
      column,
    };
    await writeSummary(io.stdout, values.json === true, summary, [
      ["calfun", calfun + (bounds ? ` [${bounds.join(", ")}]` : "")],
    ]);
  },
};
