import { CliError, ExitCode } from "./cli-error";

const LISTED_ISSUES = 5;

/**
 * Turns anything thrown by a command into one line for stderr and an exit code:
 * CliError keeps its own; ImpactError (from the libraries, on the file's content) is a
 * data error; anything else is a bug in the command, reported without its stack and
 * with the exit code of an internal error (70, sysexits' EX_SOFTWARE).
 *
 * @internal
 */
export async function describeFailure(
  error: unknown,
): Promise<{ message: string; exitCode: ExitCode }> {
  if (error instanceof CliError) {
    return { message: oneLine(error.message), exitCode: error.exitCode };
  }
  // Loaded on demand, as in every command: `--help` and usage errors start faster.
  const { formatPath, isImpactError } = await import("@observatoire/impact-core/kernel");
  if (isImpactError(error)) {
    const issues = (error as { issues?: unknown }).issues;
    if (Array.isArray(issues) && issues.length > 0) {
      return {
        message: summariseIssues(error.message, issues, formatPath),
        exitCode: ExitCode.DATA_ERROR,
      };
    }
    return { message: oneLine(error.message), exitCode: ExitCode.DATA_ERROR };
  }
  const text = error instanceof Error ? error.message : String(error);
  return {
    message: `unexpected error: ${oneLine(text)} (please report this bug)`,
    exitCode: ExitCode.INTERNAL_ERROR,
  };
}

/** @internal Collapses a multi-line message onto one line. */
export function oneLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("; ");
}

function summariseIssues(
  message: string,
  issues: readonly unknown[],
  formatPath: (path: readonly (string | number)[]) => string,
): string {
  const head = oneLine(message.split("\n")[0] ?? "");
  const listed = issues.slice(0, LISTED_ISSUES).map((issue) => {
    const { path, message: text } = issue as { path?: unknown; message?: unknown };
    const where = Array.isArray(path) ? formatPath(path) : "";
    return `${where === "" ? "(root)" : where}: ${oneLine(String(text))}`;
  });
  const more = issues.length > LISTED_ISSUES ? `; and ${issues.length - LISTED_ISSUES} more` : "";
  return `${head}: ${listed.join("; ")}${more}`;
}
