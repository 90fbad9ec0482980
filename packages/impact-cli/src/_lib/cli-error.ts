/**
 * Exit statuses of the `impact` command, as {@link run} returns them, the one table the
 * README and `impact --help` repeat:
 *
 * | code | name             | when                                                                                   |
 * | ---- | ---------------- | -------------------------------------------------------------------------------------- |
 * | 0    | `OK`             | success                                                                                |
 * | 1    | `DATA_ERROR`     | a file cannot be read or its content is wrong (missing file, non-numeric weight, invalid margins or catalog); every `ImpactError` a library throws on a file's content |
 * | 2    | `USAGE_ERROR`    | the command line is wrong (unknown flag or command, missing argument, bad flag value, a column that is not in the file) |
 * | 70   | `INTERNAL_ERROR` | a bug in the command (sysexits' `EX_SOFTWARE`): anything thrown that is neither of the above |
 *
 * @example
 * import { ExitCode, run } from "@observatoire/impact-cli";
 * const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };
 * [ExitCode.OK, ExitCode.DATA_ERROR, ExitCode.USAGE_ERROR, ExitCode.INTERNAL_ERROR];
 * //=> [0, 1, 2, 70]
 * (await run(["survey", "no-such-file.csv", "--value", "vote"], quiet)) === ExitCode.DATA_ERROR;
 * //=> true
 * (await run(["ci", "74", "100", "--bogus"], quiet)) === ExitCode.USAGE_ERROR;
 * //=> true
 */
export const ExitCode = {
  OK: 0,
  DATA_ERROR: 1,
  USAGE_ERROR: 2,
  INTERNAL_ERROR: 70,
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

/**
 * @internal The usage error for an `ImpactError` that a library threw on a value taken
 * from the command line: the library's rule and message, with the library's names of the
 * arguments (`trials`, `maxIterations`) replaced by the command's (`TRIALS`,
 * `--max-iterations`). The commands check no rule the library already checks.
 */
export function argumentError(
  error: { readonly message: string },
  names: Readonly<Record<string, string>>,
): CliError {
  let message = error.message;
  for (const [name, shown] of Object.entries(names)) {
    message = message.replace(new RegExp(`(?<![\\w-])${name}(?![\\w-])`, "g"), shown);
  }
  return new CliError(ExitCode.USAGE_ERROR, message, { cause: error });
}
