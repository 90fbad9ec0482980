// Import lists repeat by nature; jscpd compares the code below them.
/* jscpd:ignore-start */
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import type { RakeResult } from "@observatoire/impact-indicators";
import {
  type ParsedArgs,
  readCountArg,
  readNumberArg,
  singleFileArg,
  stringFlag,
} from "../_lib/args";
import { argumentError, dataError, usageError } from "../_lib/cli-error";
import type { Command } from "../_lib/command";
import { CSV_FLAGS, csvFlagsHelp } from "../_lib/common-flags";
import {
  type CsvFormat,
  detectCsvFormat,
  findColumn,
  readFormatRequest,
  streamCsv,
} from "../_lib/csv";
import { createCsvWriter } from "../_lib/csv-write";
import {
  describeFsError,
  type FileSink,
  inputFileSize,
  readJsonFile,
  resolvePath,
  writeFileAtomic,
} from "../_lib/files";
import { GrowableFloat64, GrowableInt32 } from "../_lib/growable";
import type { OutputStream } from "../_lib/io";
import { type MarginSpec, readMargins } from "../_lib/margins";
import { formatDecimal } from "../_lib/parse-number";
import { createProgress } from "../_lib/progress";
import { readWeight } from "../_lib/read-weight";
import { formatPairs } from "../_lib/table";

/* jscpd:ignore-end */

const DEFAULT_COLUMN = "raked_weight";
// rake's names of its options, as this command names them.
const OPTION_FLAGS = { maxIterations: "--max-iterations", tolerance: "--tolerance" } as const;
const FLUSH_CHARS = 1 << 16;

/** @internal `impact rake`: rakes the weights of a CSV file to population margins. */
export const rakeCommand: Command = {
  name: "rake",
  summary: "rake the weights of a CSV file to population margins, write them as a new column",
  help: `Usage: impact rake FILE.csv --margins MARGINS.json --out OUT.csv [--weight COL]
                  [--column NAME] [--max-iterations N] [--tolerance T] [--json]

Rakes weights (iterative proportional fitting) until every weighted margin cell is
within tolerance x total of its target, then writes every row of FILE.csv to OUT.csv
with one more column, the raked weight at full precision (the shortest text that reads
back to the same number, with the file's decimal mark). The file is read twice, in
bounded memory, and must not change in between (same size, modification time and
checksum); OUT.csv appears complete or not at all, keeps the permissions of the file
it replaces, and is written in the input's dialect (delimiter, decimal mark, line ends,
byte-order mark) with the input's cells unchanged.

MARGINS.json lists the columns to rake on and their population totals:
  [{ "variable": "sexe", "targets": { "F": 52, "M": 48 } },
   { "variable": "age", "targets": { "18-34": 30, "35+": 70 } }]
Every code found in a column needs a target; all margins must have the same total.

Options:
  --margins FILE        the margins (required)
  --out FILE            where to write the rows with their raked weight (required)
  --weight COL          starting (design) weights (default: 1 for every row)
  --column NAME         name of the new column (default: ${DEFAULT_COLUMN})
  --max-iterations N    passes over the margins before giving up (default 1000)
  --tolerance T         relative to the population total (default 1e-10)
  --json                print the convergence summary as JSON
${csvFlagsHelp(24)}
  -h, --help            show this help

Example:
  $ impact rake enquete.csv --margins marges.json --weight poids --out enquete-redressee.csv
`,
  options: {
    margins: { type: "string" },
    out: { type: "string" },
    weight: { type: "string" },
    column: { type: "string" },
    "max-iterations": { type: "string" },
    tolerance: { type: "string" },
    json: { type: "boolean" },
    ...CSV_FLAGS,
  },
  async run({ values, positionals }, io) {
    const input = await readWeightingInput("rake", { values, positionals }, io.cwd, DEFAULT_COLUMN);
    const { shown, marginsShown, outShown, weightColumn, column, path, margins, size, format } =
      input;
    const maxIterationsFlag = stringFlag(values["max-iterations"]);
    const maxIterations =
      maxIterationsFlag === undefined
        ? undefined
        : readCountArg(maxIterationsFlag, "--max-iterations");
    const toleranceFlag = stringFlag(values.tolerance);
    const tolerance =
      toleranceFlag === undefined ? undefined : readNumberArg(toleranceFlag, "--tolerance");

    // The file is read twice: its size, modification time and a checksum of the bytes read
    // must be the same both times, or weights would be written beside rows they were not
    // computed from.
    const before = await snapshot(path, shown);
    const firstHash = createHash("sha256");
    const first = await readCodes(
      path,
      shown,
      format,
      margins,
      marginsShown,
      weightColumn,
      column,
      size,
      io.stderr,
      (chunk) => firstHash.update(chunk),
    );
    const firstDigest = firstHash.digest("hex");
    const [{ isImpactError }, { rake }] = await Promise.all([
      import("@observatoire/impact-core/kernel"),
      import("@observatoire/impact-indicators"),
    ]);
    let result: RakeResult;
    try {
      result = rake(
        {
          weights: first.weights,
          margins: margins.map((margin, m) => ({
            variable: margin.variable,
            codes: first.codes[m] as Int32Array,
            targets: first.targets[m] as Map<number, number>,
            labels: first.labels[m] as string[],
          })),
        },
        {
          maxIterations,
          tolerance,
          onNotConverged: "return",
        },
      );
    } catch (error) {
      if (!isImpactError(error)) throw error;
      // rake checks its options before its input: a bad option is the command line's fault.
      if (error.path[0] === "options") throw argumentError(error, OPTION_FLAGS);
      const [at, m, field, row] = error.path;
      const margin = at === "margins" && typeof m === "number" ? margins[m] : undefined;
      const where = margin === undefined ? "" : `[${m}] ${JSON.stringify(margin.variable)}: `;
      if (margin !== undefined && field === "codes" && typeof row === "number") {
        // A code without a target: located at the line where that code first appears.
        const code = (first.codes[m as number] as Int32Array)[row] as number;
        const line = (first.firstLines[m as number] as Map<number, number>).get(code);
        throw dataError(`${shown}: line ${line}: ${where}${error.message}`, error);
      }
      throw dataError(`${marginsShown}: ${where}${error.message}`, error);
    }
    if (!result.converged) {
      throw dataError(
        `raking did not converge in ${result.iterations} iterations (max absolute error ${result.maxAbsoluteError}); the margins may be impossible to meet together; nothing was written to ${outShown}`,
      );
    }

    await writeWeightedCopy(input, before, firstDigest, result.weights, io.stderr, "raked");

    const summary = {
      rows: first.weights.length,
      margins: margins.map((m) => m.variable),
      iterations: result.iterations,
      converged: result.converged,
      maxAbsoluteError: result.maxAbsoluteError,
      out: outShown,
      column,
    };
    await writeSummary(io.stdout, values.json === true, summary, [
      ["converged", summary.converged ? "yes" : "no"],
    ]);
  },
};

/** @internal What rake and calibrate read from their arguments before the first pass. */
/**
 * Writes the summary of a weighting command: the JSON object with `--json`, else its
 * lines as aligned pairs (the command's own lines, `extra`, after the iterations), escaped for the terminal since margin names and the column
 * come from the user's files.
 *
 * @internal
 */
export async function writeSummary(
  stdout: OutputStream,
  json: boolean,
  summary: WeightingSummary,
  extra: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  if (json) {
    stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const { escapeForTerminal } = await import("@observatoire/impact-core");
  const pairs: (readonly [string, string])[] = [
    ["rows", String(summary.rows)],
    ["margins", summary.margins.join(", ")],
    ["iterations", String(summary.iterations)],
    ...extra,
    ["max absolute error", String(summary.maxAbsoluteError)],
    ["written", `${summary.out} (new column ${JSON.stringify(summary.column)})`],
  ];
  stdout.write(`${escapeForTerminal(formatPairs(pairs))}\n`);
}

/** What `rake` and `calibrate` report, with `--json` or as lines. @internal */
export interface WeightingSummary {
  readonly rows: number;
  readonly margins: readonly string[];
  readonly iterations: number;
  readonly maxAbsoluteError: number;
  readonly out: string;
  readonly column: string;
}

/**
 * Reads the header of a weighting command's input: the new column must not exist yet,
 * every margin's variable must be a column (else bad data in the margins file, named
 * with its index: `m.json: [0].variable "genre" is not a column of s.csv`), and the
 * weight column, when given, must be there. The same rules for `rake` and `calibrate`.
 *
 * @internal
 */
export function readWeightingHeader(
  fields: readonly string[],
  spec: {
    readonly shown: string;
    readonly marginsShown: string;
    readonly margins: readonly { readonly variable: string }[];
    readonly weightColumn: string | undefined;
    readonly column: string;
  },
): { at: number[]; weightAt: number } {
  const { shown, marginsShown, margins, weightColumn, column } = spec;
  checkNewColumn(fields, column, shown);
  const at = margins.map((margin, m) => {
    if (!fields.includes(margin.variable)) {
      const listed = fields.map((f) => JSON.stringify(f)).join(", ");
      throw dataError(
        `${marginsShown}: [${m}].variable ${JSON.stringify(margin.variable)} is not a column of ${shown} (columns: ${listed})`,
      );
    }
    return findColumn(fields, margin.variable, "--margins", shown);
  });
  return { at, weightAt: findWeightColumn(fields, weightColumn, shown) };
}

export interface WeightingInput {
  /** The CSV file as given, its absolute path, size and detected format. */
  readonly shown: string;
  readonly path: string;
  readonly size: number;
  readonly format: CsvFormat;
  /** The margins file as given, and the margins it holds. */
  readonly marginsShown: string;
  readonly margins: MarginSpec[];
  /** The output file as given, and its absolute path. */
  readonly outShown: string;
  readonly outPath: string;
  /** The starting weights' column (--weight), and the new column's name (--column). */
  readonly weightColumn: string | undefined;
  readonly column: string;
}

/**
 * @internal The arguments shared by rake and calibrate (the CSV file, --margins, --out,
 * --weight, --column and the CSV flags), checked, with the margins read and the CSV format
 * detected.
 */
export async function readWeightingInput(
  name: string,
  { values, positionals }: ParsedArgs,
  cwd: string,
  defaultColumn: string,
): Promise<WeightingInput> {
  const shown = singleFileArg(name, "the CSV file", positionals);
  const marginsShown = stringFlag(values.margins);
  if (marginsShown === undefined) {
    throw usageError(`--margins FILE is required (see "impact ${name} --help")`);
  }
  const outShown = stringFlag(values.out);
  if (outShown === undefined)
    throw usageError(`--out FILE is required (see "impact ${name} --help")`);
  const weightColumn = stringFlag(values.weight);
  const column = stringFlag(values.column) ?? defaultColumn;
  if (column === "") throw usageError("--column cannot be empty");
  const request = readFormatRequest(
    stringFlag(values.delimiter),
    stringFlag(values.decimal),
    stringFlag(values.encoding),
  );
  const path = resolvePath(cwd, shown);
  const outPath = resolvePath(cwd, outShown);
  if (outPath === path) throw usageError("--out must differ from the input file");
  const margins = await readMargins(
    await readJsonFile(resolvePath(cwd, marginsShown), marginsShown),
    marginsShown,
  );
  const size = await inputFileSize(path, shown);
  const format = await detectCsvFormat(path, shown, request);
  return {
    shown,
    path,
    size,
    format,
    marginsShown,
    margins,
    outShown,
    outPath,
    weightColumn,
    column,
  };
}

/**
 * @internal The second pass of rake and calibrate: writes every row of the input with its new
 * weight to the output, atomically, refusing (and writing nothing) when the input's size,
 * modification time or bytes differ from the first pass's (`before`, `firstDigest`).
 */
export async function writeWeightedCopy(
  input: WeightingInput,
  before: Snapshot,
  firstDigest: string,
  weights: Float64Array,
  stderr: Parameters<typeof createProgress>[0],
  task: string,
): Promise<void> {
  const { path, shown, outPath, outShown, format, column, size } = input;
  await writeFileAtomic(outPath, outShown, async (sink) => {
    await checkUnchanged(path, shown, before, "between the two passes", task);
    const secondHash = createHash("sha256");
    await writeRows(path, shown, format, column, weights, sink, size, stderr, (chunk) =>
      secondHash.update(chunk),
    );
    await checkUnchanged(path, shown, before, "during the second pass", task);
    if (secondHash.digest("hex") !== firstDigest) throw changed(shown, "its content", task);
  });
}

/** @internal Refuses a header that already has the column rake or calibrate would add. */
function checkNewColumn(fields: readonly string[], column: string, shown: string): void {
  if (fields.includes(column)) {
    throw usageError(
      `${shown} already has a column ${JSON.stringify(column)}; name the new one with --column`,
    );
  }
}

/** @internal The index of the --weight column in the header, or -1 without --weight. */
function findWeightColumn(
  fields: readonly string[],
  weightColumn: string | undefined,
  shown: string,
): number {
  return weightColumn === undefined ? -1 : findColumn(fields, weightColumn, "--weight", shown);
}

/** @internal The starting weight of a row: its --weight cell (at `weightAt`), or 1 without. */
export function rowWeight(
  fields: readonly string[],
  line: number,
  weightAt: number,
  weightColumn: string | undefined,
  shown: string,
  decimal: CsvFormat["decimal"],
): number {
  return weightAt < 0
    ? 1
    : readWeight(fields[weightAt] as string, line, weightColumn as string, shown, decimal);
}

/** @internal */
export interface Snapshot {
  readonly size: number;
  readonly mtimeMs: number;
}

/** @internal The size and modification time of a file, to check it does not change (rake, calibrate). */
export async function snapshot(path: string, shown: string): Promise<Snapshot> {
  try {
    const { size, mtimeMs } = await stat(path);
    return { size, mtimeMs };
  } catch (error) {
    throw dataError(describeFsError(error, shown), error);
  }
}

/** @internal Throws when the file's size or modification time differ from `before`. */
export async function checkUnchanged(
  path: string,
  shown: string,
  before: Snapshot,
  when: string,
  task = "raked",
): Promise<void> {
  const now = await snapshot(path, shown);
  if (now.size !== before.size)
    throw changed(shown, `its size (${before.size} then ${now.size} bytes) ${when}`, task);
  if (now.mtimeMs !== before.mtimeMs) throw changed(shown, `its modification time ${when}`, task);
}

/** @internal The error of a file that changed between or during the passes. */
export function changed(shown: string, what: string, task = "raked") {
  return dataError(
    `${shown} changed while it was being ${task} (${what}); the weights may not match its rows, so nothing was written: run again on a file that is not being modified`,
  );
}

interface FirstPass {
  readonly weights: Float64Array;
  readonly codes: Int32Array[];
  readonly targets: Map<number, unknown>[];
  /** The category of each integer code, per margin (rake's `labels`): the targets' first. */
  readonly labels: string[][];
  /** The line where each code without a target first appears, per margin. */
  readonly firstLines: Map<number, number>[];
}

/**
 * First pass: each row's category index per margin and its starting weight, in typed
 * arrays outside the JavaScript heap (16 bytes a row for two margins). The rules on codes
 * and targets are rake's: a code without a target only gets its own index, and the line
 * where it first appears, to locate rake's error in the file.
 */
async function readCodes(
  path: string,
  shown: string,
  format: CsvFormat,
  margins: readonly MarginSpec[],
  marginsShown: string,
  weightColumn: string | undefined,
  column: string,
  size: number,
  stderr: Parameters<typeof createProgress>[0],
  onBytes: (chunk: Buffer) => void,
): Promise<FirstPass> {
  const keys = margins.map((margin) => Object.keys(margin.targets));
  const index = keys.map((list) => new Map(list.map((key, k) => [key, k])));
  const labels = keys.map((list) => [...list]);
  const firstLines = margins.map(() => new Map<number, number>());
  const codes = margins.map(() => new GrowableInt32());
  const weights = new GrowableFloat64();
  let at: number[] = [];
  let weightAt = -1;
  const { decimal } = format;
  await streamCsv(
    path,
    shown,
    format,
    {
      header(fields) {
        ({ at, weightAt } = readWeightingHeader(fields, {
          shown,
          marginsShown,
          margins,
          weightColumn,
          column,
        }));
      },
      row(fields, line) {
        weights.push(rowWeight(fields, line, weightAt, weightColumn, shown, decimal));
        for (let m = 0; m < at.length; m++) {
          const code = fields[at[m] as number] as string;
          const known = index[m] as Map<string, number>;
          let k = known.get(code);
          if (k === undefined) {
            // A code without a target gets an index past the targets': rake reports it.
            const list = labels[m] as string[];
            k = list.length;
            known.set(code, k);
            list.push(code);
            (firstLines[m] as Map<number, number>).set(k, line);
          }
          (codes[m] as GrowableInt32).push(k);
        }
        return undefined;
      },
    },
    createProgress(stderr, "rake (1/2)", size),
    onBytes,
  );
  if (weights.length === 0) throw dataError(`${shown}: no data rows after the header`);
  return {
    weights: weights.view(),
    codes: codes.map((c) => c.view()),
    targets: margins.map(
      (margin, m) => new Map((keys[m] as string[]).map((key, k) => [k, margin.targets[key]])),
    ),
    labels,
    firstLines,
  };
}

/** @internal Second pass: every input row, re-serialised, with its new weight appended (rake, calibrate). */
export async function writeRows(
  path: string,
  shown: string,
  format: CsvFormat,
  column: string,
  weights: Float64Array,
  sink: FileSink,
  size: number,
  stderr: Parameters<typeof createProgress>[0],
  onBytes: (chunk: Buffer) => void,
): Promise<void> {
  const write = createCsvWriter(format);
  let records: string[][] = [];
  let buffered = 0;
  let i = 0;
  const flush = (): Promise<void> | undefined => {
    const text = write(records);
    records = [];
    buffered = 0;
    return sink.write(text);
  };
  await streamCsv(
    path,
    shown,
    format,
    {
      header(fields) {
        records.push([...fields, column]);
      },
      row(fields) {
        if (i >= weights.length) {
          throw dataError(
            `${shown} changed while it was being raked: it has more rows than before`,
          );
        }
        // The input's own cells, unchanged (no formula neutralisation: they are the user's).
        records.push([...fields, formatDecimal(weights[i++] as number, format.decimal)]);
        for (const field of fields) buffered += field.length;
        return buffered >= FLUSH_CHARS ? flush() : undefined;
      },
    },
    createProgress(stderr, "rake (2/2)", size),
    onBytes,
  );
  if (i !== weights.length) {
    throw dataError(`${shown} changed while it was being raked: it has fewer rows than before`);
  }
  await flush();
}
