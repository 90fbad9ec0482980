/**
 * Something text can be written to: `process.stdout`, or an object that collects the
 * text (tests, an embedding app).
 *
 * @example
 * import { run, type OutputStream } from "@observatoire/impact-cli";
 * const chunks: string[] = [];
 * const stdout: OutputStream = { write: (chunk: string) => chunks.push(chunk) };
 * await run(["--version"], { stdout, stderr: stdout });
 * //=> 0
 * /^\d+\.\d+\.\d+/.test(chunks.join(""));
 * //=> true
 */
export interface OutputStream {
  /** Writes a chunk of text. */
  write(chunk: string): unknown;
  /** Whether the stream is an interactive terminal (a progress bar is drawn only then). */
  readonly isTTY?: boolean | undefined;
  /** Width of the terminal in characters, when it is one. */
  readonly columns?: number | undefined;
}

/**
 * Where the command writes and how it resolves relative paths. A progress bar is drawn
 * on `stderr` only when its `isTTY` is `true`.
 *
 * @example
 * import { run, type CliIo } from "@observatoire/impact-cli";
 * let out = "";
 * const io: CliIo = {
 *   stdout: { write: (s: string) => { out += s; } },
 *   stderr: { write: () => true, isTTY: false },
 *   cwd: "/tmp",
 * };
 * await run(["ci", "1", "4", "--method", "wald", "--json"], io);
 * //=> 0
 * JSON.parse(out).upper;
 * //=> 0.674345
 */
export interface CliIo {
  /** Results: the fact sheet, tables, JSON, CSV. */
  readonly stdout: OutputStream;
  /** Error messages and the progress bar. */
  readonly stderr: OutputStream;
  /** Folder against which relative file names are resolved (default `process.cwd()`). */
  readonly cwd?: string | undefined;
}

/** The io a command runs with, every field filled in. */
export interface ResolvedIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly cwd: string;
}
