export { ExitCode } from "./_lib/cli-error";
export type { CliIo, OutputStream } from "./_lib/io";
export { run } from "./run";
