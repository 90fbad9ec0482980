import { type ParseArgsConfig, parseArgs } from "node:util";
import { usageError } from "./cli-error";

/** Option declarations of one command, as `node:util` `parseArgs` takes them. */
export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** What `parseArgs` returns for a command: flag values and positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Strict parsing of a command's arguments: an unknown flag, a flag without its value
 * or a value given to a boolean flag is a usage error naming the flag.
 *
 * @internal
 */
export function parseCommandArgs(
  command: string,
  argv: readonly string[],
  options: OptionSpec,
): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    throw usageError(`${describeParseError(error)} (see "impact ${command} --help")`);
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-[^' ]+)/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${flag ?? message}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return message.includes("does not take an argument")
        ? `option ${flag ?? ""} does not take a value`
        : `option ${flag ?? ""} needs a value`;
    default:
      return message.split(". ")[0] ?? message;
  }
}

/** @internal A string flag restricted to a few values. */
export function readChoice<T extends string>(
  value: string | boolean | undefined,
  flag: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (choices as readonly string[]).includes(value))
    return value as T;
  throw usageError(
    `--${flag} must be one of ${choices.join(", ")}, got ${JSON.stringify(String(value))}`,
  );
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** @internal A number given on the command line (a dot or a comma as decimal mark). */
export function readNumberArg(value: string, what: string): number {
  if (!PLAIN_NUMBER.test(value)) {
    throw usageError(`${what} must be a number, got ${JSON.stringify(value)}`);
  }
  return Number(value.replace(",", "."));
}

/** @internal A non-negative integer given on the command line. */
export function readCountArg(value: string, what: string): number {
  const n = readNumberArg(value, what);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw usageError(`${what} must be a whole number >= 0, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** @internal The `--level` flag: a confidence level in (0, 1), default 0.95. */
export function readLevel(value: string | boolean | undefined): number {
  if (value === undefined) return 0.95;
  const level = readNumberArg(String(value), "--level");
  if (level > 1 && level < 100) {
    throw usageError(
      `--level must lie strictly between 0 and 1, got ${value} (did you mean ${level / 100}?)`,
    );
  }
  if (!(level > 0 && level < 1)) {
    throw usageError(`--level must lie strictly between 0 and 1, got ${value}`);
  }
  return level;
}

/** @internal The value of a string flag (parseArgs guarantees the type). */
export function stringFlag(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * The single file argument of a command, or a usage error that says what was expected:
 * `rake expects 1 argument, the CSV file, got 2 (see "impact rake --help")`.
 */
export function singleFileArg(
  command: string,
  what: string,
  positionals: readonly string[],
): string {
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined) {
    throw usageError(
      `${command} expects 1 argument, ${what}, got ${positionals.length} (see "impact ${command} --help")`,
    );
  }
  return file;
}
