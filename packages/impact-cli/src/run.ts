import { parseCommandArgs } from "./_lib/args";
import { ExitCode, usageError } from "./_lib/cli-error";
import type { Command } from "./_lib/command";
import { describeFailure } from "./_lib/error-message";
import type { CliIo, ResolvedIo } from "./_lib/io";
import { VERSION } from "./_lib/version";
import { calibrateCommand } from "./commands/calibrate";
import { ciCommand } from "./commands/ci";
import { citeCommand } from "./commands/cite";
import { rakeCommand } from "./commands/rake";
import { reportCommand } from "./commands/report";
import { surveyCommand } from "./commands/survey";
import { validateCommand } from "./commands/validate";

const COMMANDS: readonly Command[] = [
  reportCommand,
  ciCommand,
  surveyCommand,
  rakeCommand,
  calibrateCommand,
  citeCommand,
  validateCommand,
];

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return `Usage: impact COMMAND [ARGUMENTS] [OPTIONS]

The Observatoire des partenariats' command line: the IMPACT fact sheet, confidence
intervals, weighted survey estimates, raking, citations and catalog validation.

Commands:
${list}

Options:
  -h, --help     show this help (or "impact COMMAND --help" for one command)
  --version      print the version

Exit status: 0 success, 1 a file is unreadable or its content is wrong,
2 the command line is wrong, 70 an internal error (a bug: please report it).

Example:
  $ impact ci 74 100
`;
}

/**
 * Runs the `impact` command line in-process: `argv` are the arguments after `impact`
 * (as `process.argv.slice(2)`), results go to `io.stdout`, messages to `io.stderr`.
 * It never throws and never calls `process.exit`: every failure becomes one line on
 * stderr and a non-zero exit code.
 *
 * @param argv - the command and its arguments, e.g. `["ci", "74", "100", "--json"]`
 * @param io - where to write (default: the process's stdout and stderr) and the folder
 *   relative file names are resolved against (default: `process.cwd()`)
 * @returns the exit code: 0 on success, 1 for unreadable or invalid data, 2 for a wrong
 *   command line, 70 for an internal error (see {@link ExitCode})
 * @throws never: errors are reported on `io.stderr` and in the exit code
 * @example
 * import { run } from "@observatoire/impact-cli";
 * let out = "";
 * let err = "";
 * const io = {
 *   stdout: { write: (s: string) => { out += s; } },
 *   stderr: { write: (s: string) => { err += s; } },
 * };
 * await run(["ci", "74", "100", "--json"], io);
 * //=> 0
 * JSON.parse(out).lower;
 * //=> 0.646290
 * await run(["ci", "74", "100", "--level", "95"], io);
 * //=> 2
 * err;
 * //=> "impact ci: --level must lie strictly between 0 and 1, got 95 (did you mean 0.95?)\n"
 */
export async function run(argv: readonly string[], io?: CliIo | undefined): Promise<ExitCode> {
  const resolved: ResolvedIo = {
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    cwd: io?.cwd ?? process.cwd(),
  };
  const [first, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (first === undefined) {
      resolved.stderr.write(generalHelp());
      return ExitCode.USAGE_ERROR;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const topic = first === "help" ? rest[0] : undefined;
      const target = topic === undefined ? undefined : findCommand(topic);
      resolved.stdout.write(target?.help ?? generalHelp());
      return ExitCode.OK;
    }
    if (first === "--version" || first === "-v") {
      resolved.stdout.write(`${VERSION}\n`);
      return ExitCode.OK;
    }
    command = findCommand(first);
    const args = parseCommandArgs(command.name, rest, {
      ...command.options,
      help: { type: "boolean", short: "h" },
    });
    if (args.values.help === true) {
      resolved.stdout.write(command.help);
      return ExitCode.OK;
    }
    await command.run(args, resolved);
    return ExitCode.OK;
  } catch (error) {
    const { message, exitCode } = await describeFailure(error);
    resolved.stderr.write(`impact${command === undefined ? "" : ` ${command.name}`}: ${message}\n`);
    return exitCode;
  }
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const names = COMMANDS.map((c) => c.name).join(", ");
    throw usageError(
      name.startsWith("-")
        ? `unknown option ${name} (see "impact --help")`
        : `unknown command ${JSON.stringify(name)} (commands: ${names})`,
    );
  }
  return command;
}
