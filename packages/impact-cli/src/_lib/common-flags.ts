import type { OptionSpec } from "./args";

/** @internal Flags shared by the commands that read a CSV file. */
export const CSV_FLAGS: OptionSpec = {
  delimiter: { type: "string" },
  decimal: { type: "string" },
  encoding: { type: "string" },
};

/** @internal Help lines for {@link CSV_FLAGS}, the descriptions starting at column `at`. */
export function csvFlagsHelp(at: number): string {
  const pad = (flag: string) => `  ${flag}`.padEnd(at);
  return [
    `${pad("--delimiter D")}field delimiter: "," ";" "|" or "tab" (default: sniffed`,
    `${pad("")}from the header line)`,
    `${pad("--decimal M")}decimal mark, "." or "," (default: "," in files whose data`,
    `${pad("")}look like 0,5, as French Excel exports; "." otherwise)`,
    `${pad("--encoding E")}utf-8 (default), windows-1252 or iso-8859-1 (read as`,
    `${pad("")}windows-1252); a file that is not valid UTF-8 needs it`,
  ].join("\n");
}
