/**
 * Exit statuses of the `impact` command, as {@link run} returns them: `OK` (0),
 * `DATA_ERROR` (1) when a file cannot be read or its content is wrong (a missing file, a
 * non-numeric weight, invalid margins, an invalid catalog), `USAGE_ERROR` (2) when the
 * command line itself is wrong (an unknown flag or command, a missing argument, a bad
 * flag value, a column name that is not in the file).
 *
 * @example
 * import { ExitCode, run } from "@observatoire/impact-cli";
 * const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };
 * [ExitCode.OK, ExitCode.DATA_ERROR, ExitCode.USAGE_ERROR];
 * //=> [0, 1, 2]
 * (await run(["survey", "no-such-file.csv", "--value", "vote"], quiet)) === ExitCode.DATA_ERROR;
 * //=> true
 * (await run(["ci", "74", "100", "--bogus"], quiet)) === ExitCode.USAGE_ERROR;
 * //=> true
 */
export const ExitCode = {
  OK: 0,
  DATA_ERROR: 1,
  USAGE_ERROR: 2,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error meant for the person at the terminal: its message is printed as is, on one
 * line, and the command exits with `exitCode`.
 *
 * @internal
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** @internal A wrong command line (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(ExitCode.USAGE_ERROR, message);
}

/** @internal Bad or unreadable data (exit 1). */
export function dataError(message: string, cause?: unknown): CliError {
  return new CliError(ExitCode.DATA_ERROR, message, { cause });
}
