import type {
  DomainEstimate,
  SurveyEstimate,
  SurveyMethod,
  SurveyProportionOptions,
} from "@observatoire/impact-indicators";
import { readNumberArg, singleFileArg, stringFlag } from "../_lib/args";
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
import { createCsvWriter, neutraliseFormula } from "../_lib/csv-write";
import { inputFileSize, resolvePath } from "../_lib/files";
import { type DecimalMark, formatDecimal, parseDecimal } from "../_lib/parse-number";
import { createProgress } from "../_lib/progress";
import { readWeight } from "../_lib/read-weight";
import { fixed, formatTable } from "../_lib/table";
import { DESIGN_FLAGS, DESIGN_HELP, runDesignSurvey, wantsDesign } from "./_survey-design";

/** How the library's option names read on the command line, in its messages. */
const FLAGS = { level: "--level", method: "--method", df: "--df" };

/** The machine-readable columns of `--json` and `--csv`, in order. */
const FIELDS = [
  "group",
  "estimate",
  "standardError",
  "lower",
  "upper",
  "n",
  "effectiveN",
  "sumWeights",
  "designEffect",
  "df",
  "level",
  "method",
] as const;

type Row = SurveyEstimate & { readonly group: string | null };

/** @internal `impact survey`: weighted proportions from a CSV file, overall or per domain. */
export const surveyCommand: Command = {
  name: "survey",
  summary: "weighted proportion of a 0/1 column of a CSV file, overall or per group",
  help: `Usage: impact survey FILE.csv --value COL [--weight COL] [--by COL]
                    [--method M] [--level L] [--df DF] [--json | --csv]

Weighted proportion of a 0/1 column with its linearised standard error and confidence
interval, as R survey (svydesign(ids = ~1, weights = ~w), svyciprop). With --by, one
estimate per group (domain estimation: the variance uses the whole sample). The file is
streamed: its size is not limited by memory.

Options:
  --value COL    the 0/1 column to estimate (required)
  --weight COL   the weight column (default: every row weighs 1)
  --by COL       estimate per value of this column, in order of first appearance
  --method M     logit (default), mean, beta, asin
  --level L      confidence level strictly between 0 and 1 (default 0.95)
  --df DF        degrees of freedom of the t quantile, or "Infinity" for normal
                 quantiles (default: rows - 1, per group with --by)
  --json         print a JSON array of objects (full precision)
  --csv          print CSV (full precision) in the file's dialect: its delimiter,
                 decimal mark, line ending and byte-order mark; a group label that a
                 spreadsheet would run as a formula (=, +, -, @, tab, CR first, and not
                 a number) is written with a leading '
  --keep-formulas  with --csv, write group labels exactly as in the file (for programs)
${csvFlagsHelp(17)}
  -h, --help     show this help

${DESIGN_HELP}

Columns of --json and --csv: ${FIELDS.slice(0, 7).join(", ")},
${FIELDS.slice(7).join(", ")} (group is null without --by; df is null in JSON,
Infinity in CSV, with --df Infinity).

Example:
  $ impact survey enquete.csv --value innovation --weight poids --by population
  $ impact survey enquete.csv --value note --mean --weight poids --strata region --cluster commune
`,
  options: {
    value: { type: "string" },
    weight: { type: "string" },
    by: { type: "string" },
    method: { type: "string" },
    level: { type: "string" },
    df: { type: "string" },
    json: { type: "boolean" },
    csv: { type: "boolean" },
    "keep-formulas": { type: "boolean" },
    ...CSV_FLAGS,
    ...DESIGN_FLAGS,
  },
  async run({ values, positionals }, io) {
    const shown = singleFileArg("survey", "the CSV file", positionals);
    const valueColumn = stringFlag(values.value);
    if (valueColumn === undefined) {
      throw usageError(
        '--value COL is required: the 0/1 column to estimate (see "impact survey --help")',
      );
    }
    const weightColumn = stringFlag(values.weight);
    const byColumn = stringFlag(values.by);
    // Checked by the library's own rules before the file is read, so bad flags fail at once.
    const [{ isImpactError }, { checkSurveyOptions }] = await Promise.all([
      import("@observatoire/impact-core/kernel"),
      import("@observatoire/impact-indicators"),
    ]);
    const levelText = stringFlag(values.level);
    const dfText = stringFlag(values.df);
    let checked: ReturnType<typeof checkSurveyOptions>;
    try {
      checked = checkSurveyOptions({
        method: stringFlag(values.method) as SurveyProportionOptions["method"],
        level: levelText === undefined ? undefined : readNumberArg(levelText, "--level"),
        df: readDfFlag(dfText),
      });
    } catch (error) {
      if (isImpactError(error)) throw argumentError(error, FLAGS);
      throw error;
    }
    const { method, level, df } = checked;
    if (values.json === true && values.csv === true) {
      throw usageError("--json and --csv cannot be used together");
    }
    const request = readFormatRequest(
      stringFlag(values.delimiter),
      stringFlag(values.decimal),
      stringFlag(values.encoding),
    );
    const path = resolvePath(io.cwd, shown);
    const size = await inputFileSize(path, shown);
    const format = await detectCsvFormat(path, shown, request);
    const { decimal } = format;
    if (wantsDesign(values)) {
      await runDesignSurvey(values, io, {
        path,
        shown,
        format,
        size,
        valueColumn,
        weightColumn,
        byColumn,
        method,
        level,
        df,
      });
      return;
    }

    const { createDomainAccumulator, createProportionAccumulator } = await import(
      "@observatoire/impact-indicators"
    );
    const overall = createProportionAccumulator();
    const domains = createDomainAccumulator<string>();
    let valueAt = -1;
    let weightAt = -1;
    let byAt = -1;
    const rows = await streamCsv(
      path,
      shown,
      format,
      {
        header(fields) {
          valueAt = findColumn(fields, valueColumn, "--value", shown);
          if (weightColumn !== undefined)
            weightAt = findColumn(fields, weightColumn, "--weight", shown);
          if (byColumn !== undefined) byAt = findColumn(fields, byColumn, "--by", shown);
        },
        row(fields, line) {
          const y = readBinary(fields[valueAt] as string, line, valueColumn, shown, decimal);
          const w =
            weightAt < 0
              ? 1
              : readWeight(
                  fields[weightAt] as string,
                  line,
                  weightColumn as string,
                  shown,
                  decimal,
                );
          if (byAt < 0) overall.add(y, w);
          else domains.add(y, w, fields[byAt] as string);
          return undefined;
        },
      },
      createProgress(io.stderr, "survey", size),
    );
    if (rows === 0) throw dataError(`${shown}: no data rows after the header`);

    const options = { method, level, df };
    const results: Row[] =
      byAt < 0
        ? [{ ...overall.finish(options), group: null }]
        : domains.finish(options).map((r: DomainEstimate<string>) => ({ ...r, group: r.group }));

    if (values.json === true) {
      io.stdout.write(`${JSON.stringify(results.map(pick), null, 2)}\n`);
    } else if (values.csv === true) {
      io.stdout.write(toCsv(results, format, values["keep-formulas"] === true));
    } else {
      const { escapeForTerminal } = await import("@observatoire/impact-core");
      io.stdout.write(
        escapeForTerminal(
          toText(results, { shown, rows, valueColumn, weightColumn, byColumn, method, level }),
        ),
      );
    }
  },
};

/** The text of `--df` as a number ("Infinity" for normal quantiles); the library checks it. */
function readDfFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === "Infinity" || value === "inf" || value === "Inf") return Number.POSITIVE_INFINITY;
  return readNumberArg(value, "--df");
}

function readBinary(
  text: string,
  line: number,
  column: string,
  shown: string,
  decimal: DecimalMark,
): 0 | 1 {
  if (text === "1") return 1;
  if (text === "0") return 0;
  const value = parseDecimal(text, decimal);
  if (value === 1 || value === 0) return value;
  throw dataError(
    `${shown}: line ${line}: value ${JSON.stringify(text)} in column ${JSON.stringify(column)} is not 0 or 1`,
  );
}

function pick(row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) out[field] = row[field];
  return out;
}

/**
 * The results as CSV in the input file's dialect (delimiter, decimal mark, line ending, BOM).
 * Group labels come from the data, so they are neutralised against spreadsheet formulas
 * unless `keepFormulas`; the numbers are ours, written with the file's decimal mark.
 */
function toCsv(results: readonly Row[], format: CsvFormat, keepFormulas: boolean): string {
  const records = [FIELDS.map(String)];
  for (const row of results) {
    records.push(
      FIELDS.map((field) => {
        const value = row[field];
        if (value === null) return "";
        if (typeof value === "number") return formatDecimal(value, format.decimal);
        const text = String(value);
        return field === "group" && !keepFormulas ? neutraliseFormula(text, format.decimal) : text;
      }),
    );
  }
  return createCsvWriter(format)(records);
}

function toText(
  results: readonly Row[],
  context: {
    shown: string;
    rows: number;
    valueColumn: string;
    weightColumn: string | undefined;
    byColumn: string | undefined;
    method: SurveyMethod;
    level: number;
  },
): string {
  const header = [
    context.byColumn ?? "",
    "n",
    "effective n",
    "estimate",
    "std. error",
    "lower",
    "upper",
  ];
  const body = results.map((row) => [
    row.group === null ? "all" : row.group === "" ? "(empty)" : row.group,
    String(row.n),
    row.effectiveN.toFixed(1),
    fixed(row.estimate),
    fixed(row.standardError),
    fixed(row.lower),
    fixed(row.upper),
  ]);
  const weight =
    context.weightColumn === undefined
      ? "unweighted"
      : `weight ${JSON.stringify(context.weightColumn)}`;
  const by = context.byColumn === undefined ? "" : `, by ${JSON.stringify(context.byColumn)}`;
  const intro = `${context.shown}: ${context.rows} rows; proportion of ${JSON.stringify(context.valueColumn)} = 1, ${weight}${by}`;
  const outro = `${context.method} intervals at level ${context.level}; full precision with --json or --csv`;
  return `${intro}\n\n${formatTable(header, body)}\n\n${outro}\n`;
}
