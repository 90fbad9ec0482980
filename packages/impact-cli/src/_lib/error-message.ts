import { CliError, ExitCode } from "./cli-error";

const LISTED_ISSUES = 5;

/** Longest error line printed, in characters, after each quoted value was cut to 80. */
const MESSAGE_LINE_LIMIT = 2000;

/**
 * Turns anything thrown by a command into one line for stderr and an exit code:
 * CliError keeps its own; ImpactError (from the libraries, on the file's content) is a
 * data error; anything else is unexpected and reported without its stack. The line is made
 * safe for a terminal in this one place: every quoted value longer than
 * `MESSAGE_VALUE_LIMIT` (80) characters is cut with an ellipsis (a 1 MB field is never
 * echoed whole), the line itself is cut at 2,000 characters, and control, bidi and
 * zero-width characters from the data are shown escaped (`\x1B`), never run.
 *
 * @internal
 */
export async function describeFailure(
  error: unknown,
): Promise<{ message: string; exitCode: ExitCode }> {
  // Loaded on demand, as in every command: `--help` and usage errors start faster.
  const core = await import("@observatoire/impact-core");
  const { message, exitCode } = describe(error, core.formatPath, core.isImpactError);
  // Every quoted value in turn (so that the text between two of them is never taken for one).
  const cut = message.replace(QUOTED, (quoted) => {
    if (quoted.length <= core.MESSAGE_VALUE_LIMIT + 2) return quoted;
    try {
      return JSON.stringify(core.truncateForMessage(JSON.parse(quoted) as string));
    } catch {
      return quoted;
    }
  });
  return {
    message: core.escapeForTerminal(core.truncateForMessage(cut, MESSAGE_LINE_LIMIT)),
    exitCode,
  };
}

/** A JSON string literal, as `JSON.stringify` quotes values in messages. */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

function describe(
  error: unknown,
  formatPath: (path: readonly (string | number)[]) => string,
  isImpactError: (value: unknown) => value is { message: string },
): { message: string; exitCode: ExitCode } {
  if (error instanceof CliError) {
    return { message: oneLine(error.message), exitCode: error.exitCode };
  }
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
    exitCode: ExitCode.DATA_ERROR,
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
