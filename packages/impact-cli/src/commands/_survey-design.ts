import type { SurveyDesign, SurveyMethod } from "@observatoire/impact-indicators";
import { readChoice, readNumberArg, stringFlag } from "../_lib/args";
import { dataError, usageError } from "../_lib/cli-error";
import { type CsvFormat, findColumn, streamCsv } from "../_lib/csv";
import { createCsvWriter, neutraliseFormula } from "../_lib/csv-write";
import { GrowableFloat64 } from "../_lib/growable";
import type { ResolvedIo } from "../_lib/io";
import { formatDecimal, parseDecimal } from "../_lib/parse-number";
import { createProgress } from "../_lib/progress";
import { readWeight } from "../_lib/read-weight";
import { fixed, formatTable } from "../_lib/table";

/** @internal The flags of `impact survey` that describe a design or a numeric statistic. */
export const DESIGN_FLAGS = {
  strata: { type: "string" },
  cluster: { type: "string" },
  fpc: { type: "string" },
  "lonely-psu": { type: "string" },
  "replicate-weights": { type: "string" },
  "replicate-type": { type: "string" },
  scale: { type: "string" },
  rscales: { type: "string" },
  rho: { type: "string" },
  mse: { type: "boolean" },
  mean: { type: "boolean" },
  total: { type: "boolean" },
  na: { type: "string" },
  locale: { type: "string" },
} as const;

/** @internal Help lines of {@link DESIGN_FLAGS}. */
export const DESIGN_HELP = `Design (R svydesign / svrepdesign; the file is then read into memory):
  --strata COL             stratum of each row
  --cluster COL            primary sampling unit (PSU) of each row, nested in its stratum
  --fpc COL                population size of the stratum (in PSUs), or sampling fraction
  --lonely-psu RULE        fail (default), remove, adjust, average, certainty
  --replicate-weights RE   replicate weight columns: every column whose name matches RE
  --replicate-type TYPE    JK1, JKn, BRR, Fay, bootstrap, other
  --scale S, --rscales R   variance multipliers (R: one number, or one per replicate, comma-separated)
  --rho R                  Fay's coefficient
  --mse                    centre the replicates on the estimate
  --mean, --total          a numeric --value: its mean or total instead of a proportion
  --na fail|drop           missing values (empty or NA): refused (default) or left out
  --locale fr|en           write the estimates as a report does ("74,0 % [64,6 % ; 81,6 %]")`;

type Values = Record<string, string | boolean | undefined>;

/** @internal Whether the flags ask for the design path. */
export function wantsDesign(values: Values): boolean {
  return Object.keys(DESIGN_FLAGS).some((flag) => values[flag] !== undefined);
}

interface Row {
  readonly group: string | null;
  readonly estimate: number;
  readonly standardError: number;
  readonly lower: number;
  readonly upper: number;
  readonly n: number;
  readonly sumWeights: number;
  readonly deff: number | undefined;
  readonly df: number;
  readonly level: number;
}

/** @internal `impact survey` with a design, a mean or a total: every rule is the library's. */
export async function runDesignSurvey(
  values: Values,
  io: ResolvedIo,
  input: {
    path: string;
    shown: string;
    format: CsvFormat;
    size: number;
    valueColumn: string;
    weightColumn: string | undefined;
    byColumn: string | undefined;
    method: SurveyMethod;
    level: number;
    df: number | undefined;
  },
): Promise<void> {
  const { shown, format, valueColumn, weightColumn, byColumn } = input;
  // Loaded on demand, as every library of the CLI: its lists are the choices of the flags.
  const { LONELY_PSU_RULES, REPLICATE_TYPES } = await import("@observatoire/impact-indicators");
  const strataColumn = stringFlag(values.strata);
  const clusterColumn = stringFlag(values.cluster);
  const fpcColumn = stringFlag(values.fpc);
  const lonelyPsu = readChoice(values["lonely-psu"], "lonely-psu", LONELY_PSU_RULES, "fail");
  const pattern = stringFlag(values["replicate-weights"]);
  const replicateType =
    values["replicate-type"] === undefined
      ? undefined
      : readChoice(values["replicate-type"], "replicate-type", REPLICATE_TYPES, "JK1");
  if ((pattern === undefined) !== (replicateType === undefined)) {
    throw usageError("--replicate-weights and --replicate-type go together");
  }
  if (pattern !== undefined && (strataColumn ?? clusterColumn ?? fpcColumn) !== undefined) {
    throw usageError(
      "--replicate-weights replaces --strata, --cluster and --fpc: the replicates carry the design",
    );
  }
  let matcher: RegExp | undefined;
  if (pattern !== undefined) {
    try {
      matcher = new RegExp(pattern);
    } catch {
      throw usageError(
        `--replicate-weights: ${JSON.stringify(pattern)} is not a regular expression`,
      );
    }
  }
  if (values.mean === true && values.total === true) {
    throw usageError("--mean and --total cannot be used together");
  }
  const statistic = values.mean === true ? "mean" : values.total === true ? "total" : "proportion";
  const na = readChoice(values.na, "na", ["fail", "drop"] as const, "fail");
  const locale =
    values.locale === undefined
      ? undefined
      : readChoice(values.locale, "locale", ["fr", "en"] as const, "fr");
  const number = (flag: string) => {
    const text = stringFlag(values[flag]);
    return text === undefined ? undefined : readNumberArg(text, `--${flag}`);
  };
  const scale = number("scale");
  const rho = number("rho");
  const rscalesText = stringFlag(values.rscales);
  const rscales =
    rscalesText === undefined
      ? undefined
      : rscalesText.includes(",")
        ? rscalesText.split(",").map((part) => readNumberArg(part.trim(), "--rscales"))
        : readNumberArg(rscalesText, "--rscales");

  // One pass: the columns the design needs, in memory.
  const { decimal } = format;
  const y = new GrowableFloat64();
  const w = new GrowableFloat64();
  const fpc = new GrowableFloat64();
  const strata: string[] = [];
  const clusters: string[] = [];
  const groups: string[] = [];
  let replicateAt: number[] = [];
  let replicateNames: string[] = [];
  let replicates: GrowableFloat64[] = [];
  let at = { value: -1, weight: -1, by: -1, strata: -1, cluster: -1, fpc: -1 };
  const rows = await streamCsv(
    input.path,
    shown,
    format,
    {
      header(fields) {
        const find = (name: string | undefined, flag: string) =>
          name === undefined ? -1 : findColumn(fields, name, flag, shown);
        at = {
          value: find(valueColumn, "--value"),
          weight: find(weightColumn, "--weight"),
          by: find(byColumn, "--by"),
          strata: find(strataColumn, "--strata"),
          cluster: find(clusterColumn, "--cluster"),
          fpc: find(fpcColumn, "--fpc"),
        };
        if (matcher !== undefined) {
          const re = matcher;
          replicateAt = fields.flatMap((f, k) => (re.test(f) ? [k] : []));
          replicateNames = replicateAt.map((k) => fields[k] as string);
          if (replicateAt.length < 2) {
            throw usageError(
              `--replicate-weights ${JSON.stringify(pattern)} matches ${replicateAt.length} column(s) of ${shown}; at least 2 replicates are needed`,
            );
          }
          replicates = replicateAt.map(() => new GrowableFloat64());
        }
      },
      row(fields, line) {
        const text = (fields[at.value] as string).trim();
        if (text === "" || text === "NA") y.push(Number.NaN);
        else {
          const v = parseDecimal(text, decimal);
          if (v === undefined || !Number.isFinite(v)) {
            throw dataError(
              `${shown}: line ${line}: value ${JSON.stringify(text)} in column ${JSON.stringify(valueColumn)} is not a number`,
            );
          }
          y.push(v);
        }
        w.push(
          at.weight < 0
            ? 1
            : readWeight(fields[at.weight] as string, line, weightColumn as string, shown, decimal),
        );
        if (at.by >= 0) groups.push(fields[at.by] as string);
        if (at.strata >= 0) strata.push(fields[at.strata] as string);
        if (at.cluster >= 0) clusters.push(fields[at.cluster] as string);
        if (at.fpc >= 0) {
          const v = parseDecimal(fields[at.fpc] as string, decimal);
          if (v === undefined) {
            throw dataError(
              `${shown}: line ${line}: fpc ${JSON.stringify(fields[at.fpc])} in column ${JSON.stringify(fpcColumn)} is not a number`,
            );
          }
          fpc.push(v);
        }
        replicateAt.forEach((k, r) => {
          (replicates[r] as GrowableFloat64).push(
            readWeight(fields[k] as string, line, replicateNames[r] as string, shown, decimal),
          );
        });
        return undefined;
      },
    },
    createProgress(io.stderr, "survey", input.size),
  );
  if (rows === 0) throw dataError(`${shown}: no data rows after the header`);

  const lib = await import("@observatoire/impact-indicators");
  const { isImpactError } = await import("@observatoire/impact-core");
  let results: Row[];
  try {
    const design: SurveyDesign =
      replicateType !== undefined
        ? lib.surveyDesign({
            weights: w.view(),
            replicateWeights: replicates.map((r) => r.view()),
            type: replicateType,
            scale,
            rscales,
            rho,
            mse: values.mse === true ? true : undefined,
          })
        : lib.surveyDesign({
            weights: w.view(),
            strata: strataColumn === undefined ? undefined : strata,
            clusters: clusterColumn === undefined ? undefined : clusters,
            fpc: fpcColumn === undefined ? undefined : fpc.view(),
            lonelyPsu,
          });
    const options = { level: input.level, df: input.df, na };
    const values_ = y.view();
    if (statistic === "proportion") {
      const popts = { ...options, method: input.method };
      results =
        byColumn === undefined
          ? [{ ...lib.surveyProportion(values_, design, popts), group: null }]
          : lib.domainProportions(values_, design, groups, popts);
    } else {
      const one = statistic === "mean" ? lib.surveyMean : lib.surveyTotal;
      const many = statistic === "mean" ? lib.domainMeans : lib.domainTotals;
      results =
        byColumn === undefined
          ? [{ ...one(values_, design, options), group: null }]
          : many(values_, design, groups, options);
    }
  } catch (error) {
    if (isImpactError(error)) throw dataError(`${shown}: ${describeIssue(error, input)}`, error);
    throw error;
  }

  if (values.json === true) {
    io.stdout.write(
      `${JSON.stringify(
        results.map((r) => pick(r, statistic)),
        null,
        2,
      )}\n`,
    );
    return;
  }
  if (values.csv === true) {
    // As the proportions' --csv: the input's dialect, group labels neutralised against
    // spreadsheet formulas unless --keep-formulas.
    const records = [FIELDS.map(String)];
    for (const r of results) {
      const row = pick(r, statistic);
      records.push(
        FIELDS.map((f) => {
          const v = row[f];
          if (v === null || v === undefined) return "";
          if (typeof v === "number") return formatDecimal(v, format.decimal);
          const text = String(v);
          return f === "group" && values["keep-formulas"] !== true
            ? neutraliseFormula(text, format.decimal)
            : text;
        }),
      );
    }
    io.stdout.write(createCsvWriter(format)(records));
    return;
  }
  // With --locale, the estimate and its interval are written as a report does, side by side.
  const estimateText = (r: Row) => {
    if (locale === undefined) return fixed(r.estimate);
    if (statistic === "proportion") {
      return `${lib.formatPercent(r.estimate, { digits: 1, locale })} ${lib.formatInterval(r, { locale })}`;
    }
    return `${formatNumber(r.estimate, locale)} ${formatNumberInterval(r.lower, r.upper, locale)}`;
  };
  const header =
    locale === undefined
      ? [byColumn ?? "", "n", "estimate", "std. error", "lower", "upper", "df", "deff"]
      : [byColumn ?? "", "n", "estimate [interval]", "std. error", "df", "deff"];
  const body = results.map((r) => [
    r.group === null ? "all" : r.group === "" ? "(empty)" : r.group,
    String(r.n),
    estimateText(r),
    fixed(r.standardError),
    ...(locale === undefined ? [fixed(r.lower), fixed(r.upper)] : []),
    Number.isFinite(r.df) ? String(r.df) : "Inf",
    r.deff === undefined ? "-" : r.deff.toFixed(2),
  ]);
  const design =
    replicateType !== undefined
      ? `${replicates.length} ${replicateType} replicate weights`
      : [
          strataColumn && `strata ${JSON.stringify(strataColumn)}`,
          clusterColumn && `PSUs ${JSON.stringify(clusterColumn)}`,
          fpcColumn && `fpc ${JSON.stringify(fpcColumn)}`,
        ]
          .filter(Boolean)
          .join(", ") || "weights only";
  const what = statistic === "proportion" ? "proportion of" : statistic;
  const { escapeForTerminal } = await import("@observatoire/impact-core");
  io.stdout.write(
    escapeForTerminal(
      `${shown}: ${rows} rows; ${what} ${JSON.stringify(valueColumn)}; ${design}\n\n${formatTable(header, body)}\n\nlevel ${input.level}; full precision with --json or --csv\n`,
    ),
  );
}

const FIELDS = [
  "group",
  "statistic",
  "estimate",
  "standardError",
  "lower",
  "upper",
  "n",
  "sumWeights",
  "deff",
  "df",
  "level",
] as const;

function pick(row: Row, statistic: string): Record<string, unknown> {
  return {
    group: row.group,
    statistic,
    estimate: row.estimate,
    standardError: row.standardError,
    lower: row.lower,
    upper: row.upper,
    n: row.n,
    sumWeights: row.sumWeights,
    deff: row.deff ?? null,
    df: Number.isFinite(row.df) ? row.df : null,
    level: row.level,
  };
}

function formatNumber(value: number, locale: "fr" | "en"): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    maximumFractionDigits: 2,
    minimumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2,
  }).format(value);
}

function formatNumberInterval(lower: number, upper: number, locale: "fr" | "en"): string {
  return locale === "fr"
    ? `[${formatNumber(lower, locale)}\u202f; ${formatNumber(upper, locale)}]`
    : `[${formatNumber(lower, locale)}, ${formatNumber(upper, locale)}]`;
}

/** The library's message, with the row turned into the file's line where it names one. */
function describeIssue(
  error: { message: string; path: readonly (string | number)[] },
  input: { valueColumn: string },
): string {
  const [field, index] = error.path;
  if (typeof index === "number" && (field === "values" || field === "weights")) {
    const column = field === "values" ? input.valueColumn : "the weight";
    return `line ${index + 2} (${JSON.stringify(column)}): ${error.message}`;
  }
  return error.message;
}
