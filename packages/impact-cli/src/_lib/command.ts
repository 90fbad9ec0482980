import type { OptionSpec, ParsedArgs } from "./args";
import type { ResolvedIo } from "./io";

/** @internal One subcommand of `impact`. */
export interface Command {
  /** The word after `impact`. */
  readonly name: string;
  /** One line for `impact --help`. */
  readonly summary: string;
  /** The text of `impact NAME --help`, with an example. */
  readonly help: string;
  /** Flags, as node:util parseArgs takes them (`--help` is added for every command). */
  readonly options: OptionSpec;
  /** Runs the command; throws CliError or ImpactError on failure. */
  run(args: ParsedArgs, io: ResolvedIo): Promise<void>;
}
