import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Transform } from "node:stream";
import { type CliError, dataError, usageError } from "./cli-error";
import { describeFsError } from "./files";
import type { DecimalMark } from "./parse-number";
import type { Progress } from "./progress";

/** The text encodings `--encoding` accepts (TextDecoder labels). */
export type InputEncoding = "utf-8" | "windows-1252";

/**
 * The dialect of a CSV file: field delimiter, decimal mark, line ending, whether it starts
 * with a byte-order mark, and its text encoding. Files the commands write use the same
 * dialect (in UTF-8).
 */
export interface CsvFormat {
  readonly delimiter: string;
  readonly decimal: DecimalMark;
  readonly newline: "\n" | "\r\n" | "\r";
  readonly bom: boolean;
  readonly encoding: InputEncoding;
}

/** Dialect settings given on the command line; what is missing is sniffed. */
export interface CsvFormatRequest {
  readonly delimiter?: string | undefined;
  readonly decimal?: string | undefined;
  readonly encoding?: InputEncoding | undefined;
}

/** @internal Reads `--encoding`: utf-8 (default), windows-1252, or iso-8859-1 (read as windows-1252, as browsers do). */
export function readEncoding(value: string | undefined): InputEncoding | undefined {
  if (value === undefined) return undefined;
  const label = value.toLowerCase();
  if (label === "utf-8" || label === "utf8") return "utf-8";
  if (["windows-1252", "cp1252", "iso-8859-1", "latin1", "latin-1"].includes(label)) {
    return "windows-1252";
  }
  throw usageError(
    `--encoding must be utf-8, windows-1252 or iso-8859-1, got ${JSON.stringify(value)}`,
  );
}

/** @internal The error for bytes that are not valid UTF-8, naming the option that reads them. */
export function notUtf8(shown: string): CliError {
  return dataError(
    `${shown}: not valid UTF-8 text; if it comes from Excel or an older system, read it with --encoding windows-1252 (or iso-8859-1)`,
  );
}

const SNIFF_BYTES = 64 * 1024;
const CANDIDATES = [",", ";", "\t", "|"] as const;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const DOT_DECIMAL = /^[+-]?\d*\.\d+$/;

/** @internal Reads `--delimiter` (`,` `;` `tab` `|` or one character) and `--decimal`. */
export function readFormatRequest(
  delimiter: string | undefined,
  decimal: string | undefined,
  encoding?: string | undefined,
): CsvFormatRequest {
  let d: string | undefined;
  if (delimiter !== undefined) {
    d = delimiter === "tab" || delimiter === "\\t" ? "\t" : delimiter;
    if (d.length !== 1 || d === '"' || d === "\n" || d === "\r") {
      throw usageError(
        `--delimiter must be one character (",", ";", "|") or "tab", got ${JSON.stringify(delimiter)}`,
      );
    }
  }
  if (decimal !== undefined && decimal !== "." && decimal !== ",") {
    throw usageError(`--decimal must be "." or ",", got ${JSON.stringify(decimal)}`);
  }
  if (d !== undefined && d === decimal) {
    throw usageError(`--delimiter and --decimal cannot both be ${JSON.stringify(d)}`);
  }
  return { delimiter: d, decimal, encoding: readEncoding(encoding) };
}

/**
 * Sniffs a CSV file's dialect from its first 64 KiB: the delimiter is the candidate
 * (`,` `;` tab `|`) that occurs most often outside quotes in the header line; the decimal
 * mark is `,` when data fields look like `0,5` (French Excel writes `;`-separated files
 * with decimal commas) and `.` otherwise. Flags given by the user win.
 *
 * @internal
 */
export async function detectCsvFormat(
  path: string,
  shown: string,
  request: CsvFormatRequest,
): Promise<CsvFormat> {
  let sample: string;
  let bom = false;
  const encoding = request.encoding ?? "utf-8";
  try {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      bom = bytesRead >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
      // Not fatal here: 64 KiB may end inside a character; streamCsv checks every byte.
      sample = new TextDecoder(encoding, { ignoreBOM: true }).decode(
        buffer.subarray(bom ? 3 : 0, bytesRead),
      );
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw dataError(describeFsError(error, shown), error);
  }
  if (sample.trim() === "") throw dataError(`${shown}: the file is empty (no header line)`);
  // Blank lines before the header are skipped (as streamCsv does), so that the header line is
  // the one sniffed.
  sample = sample.replace(LEADING_BLANK_LINES, "");

  const counts = new Map<string, number>();
  let inQuotes = false;
  let end = sample.length;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i] as string;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) {
      end = i;
      break;
    } else if (!inQuotes) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const newline: CsvFormat["newline"] =
    sample[end] === "\r" ? (sample[end + 1] === "\n" ? "\r\n" : "\r") : "\n";
  let delimiter = request.delimiter;
  if (delimiter === undefined) {
    delimiter = ",";
    let best = 0;
    for (const candidate of CANDIDATES) {
      const count = counts.get(candidate) ?? 0;
      if (count > best) {
        best = count;
        delimiter = candidate;
      }
    }
  }
  const decimal =
    request.decimal === "." || request.decimal === ","
      ? request.decimal
      : sniffDecimal(sample.slice(end), delimiter);
  return { delimiter, decimal, newline, bom, encoding };
}

const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\n|\r))+/;

function sniffDecimal(body: string, delimiter: string): DecimalMark {
  if (delimiter === ",") return ".";
  let comma = 0;
  let dot = 0;
  for (const line of body.split(/\r\n|\n|\r/)) {
    for (const raw of line.split(delimiter)) {
      const field = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
      if (COMMA_DECIMAL.test(field)) comma++;
      else if (DOT_DECIMAL.test(field)) dot++;
    }
  }
  if (comma > 0) return ",";
  if (dot > 0) return ".";
  return delimiter === ";" ? "," : ".";
}

/** Receives the records of a CSV file, in order. */
export interface CsvHandler {
  /** The header line's fields (column names). */
  header(fields: readonly string[]): void;
  /**
   * One data record and the line it starts on (1 is the header). Returning a promise
   * pauses reading until it settles (backpressure from an output file).
   */
  row(fields: readonly string[], line: number): Promise<void> | undefined;
}

/**
 * Streams a CSV file through csv-parse, record by record, in bounded memory. `onBytes`
 * sees every chunk of bytes read (rake checksums its two passes with it). Blank lines
 * are skipped; a record whose field count differs from the header's is an error naming
 * its line. Line numbers are counted from the records themselves (a quoted field may span
 * lines), which avoids csv-parse's per-record `info` objects, its slowest option.
 *
 * @internal
 */
export async function streamCsv(
  path: string,
  shown: string,
  format: CsvFormat,
  handler: CsvHandler,
  progress: Progress,
  onBytes?: ((chunk: Buffer) => void) | undefined,
): Promise<number> {
  const { parse } = await import("csv-parse");
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  // Decoded here rather than by csv-parse, so that bytes that are not valid UTF-8 are refused
  // (read as U+FFFD, "café" and "cafè" from a Latin-1 file would become one group).
  const decoder = new TextDecoder(format.encoding, { fatal: true, ignoreBOM: false });
  const decode = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        callback(null, decoder.decode(chunk, { stream: true }));
      } catch {
        callback(notUtf8(shown));
      }
    },
    flush(callback) {
      try {
        callback(null, decoder.decode());
      } catch {
        callback(notUtf8(shown));
      }
    },
  });
  const parser = parse({
    delimiter: format.delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  const lineBreak = format.newline === "\r" ? "\r" : "\n";
  let line = 1;
  let width = -1;
  let rows = 0;
  let blocked = false;

  const done = new Promise<void>((resolveAll, rejectAll) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      input.destroy();
      parser.destroy();
      rejectAll(error);
    };
    const pump = () => {
      if (blocked || settled) return;
      try {
        let record: string[] | null;
        // biome-ignore lint/suspicious/noAssignInExpressions: the idiomatic stream read loop
        while ((record = parser.read() as string[] | null) !== null) {
          const start = line;
          line += 1 + countBreaks(record, lineBreak);
          if (width < 0) {
            // Blank lines before the header are skipped, as the README says.
            if (record.length === 1 && (record[0] as string).trim() === "") continue;
            width = record.length;
            handler.header(record);
            continue;
          }
          if (record.length === 1 && record[0] === "" && width > 1) continue;
          if (record.length !== width) {
            throw dataError(
              `${shown}: line ${start} has ${record.length} field${record.length === 1 ? "" : "s"} but the header has ${width} (delimiter ${JSON.stringify(format.delimiter)}; set --delimiter if it is wrong)`,
            );
          }
          rows++;
          const wait = handler.row(record, start);
          if (wait !== undefined) {
            blocked = true;
            wait.then(() => {
              blocked = false;
              progress.update(input.bytesRead);
              pump();
            }, fail);
            return;
          }
        }
        progress.update(input.bytesRead);
      } catch (error) {
        fail(error);
      }
    };
    if (onBytes !== undefined) input.on("data", (chunk) => onBytes(chunk as Buffer));
    input.on("error", (error) => fail(dataError(describeFsError(error, shown), error)));
    decode.on("error", fail);
    parser.on("error", (error) => fail(dataError(`${shown}: ${csvMessage(error)}`, error)));
    parser.on("readable", pump);
    parser.on("end", () => {
      if (settled) return;
      settled = true;
      resolveAll();
    });
    input.pipe(decode).pipe(parser);
  });
  try {
    await done;
  } finally {
    progress.finish();
  }
  if (width < 0) throw dataError(`${shown}: the file is empty (no header line)`);
  return rows;
}

function countBreaks(record: readonly string[], lineBreak: string): number {
  let breaks = 0;
  for (const field of record) {
    let at = field.indexOf(lineBreak);
    while (at >= 0) {
      breaks++;
      at = field.indexOf(lineBreak, at + 1);
    }
  }
  return breaks;
}

function csvMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Invalid (?:Opening|Closing) Quote: /, "").replace(/\.$/, "");
}

/**
 * Finds a column by name in a header; an unknown or ambiguous name is a usage error
 * that lists the columns there are.
 *
 * @internal
 */
export function findColumn(
  header: readonly string[],
  name: string,
  flag: string,
  shown: string,
): number {
  const index = header.indexOf(name);
  if (index < 0) {
    const listed = header.map((h) => JSON.stringify(h)).join(", ");
    throw usageError(`${flag}: no column ${JSON.stringify(name)} in ${shown} (columns: ${listed})`);
  }
  if (header.indexOf(name, index + 1) >= 0) {
    throw dataError(`${shown}: the header has two columns named ${JSON.stringify(name)}`);
  }
  return index;
}
