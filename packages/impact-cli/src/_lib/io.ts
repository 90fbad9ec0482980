/** Something text can be written to: `process.stdout`, a test buffer. */
export interface OutputStream {
  /** Writes a chunk of text. */
  write(chunk: string): unknown;
  /** Whether the stream is an interactive terminal (a progress bar is drawn only then). */
  readonly isTTY?: boolean | undefined;
  /** Width of the terminal in characters, when it is one. */
  readonly columns?: number | undefined;
}

/** Where the command writes and how it resolves relative paths. */
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
