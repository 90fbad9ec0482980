import type { OptionSpec } from "./args";

/** @internal Flags shared by the commands that read a CSV file. */
export const CSV_FLAGS: OptionSpec = {
  delimiter: { type: "string" },
  decimal: { type: "string" },
};

/** @internal Help lines for {@link CSV_FLAGS}. */
export const CSV_FLAGS_HELP = `  --delimiter D  field delimiter: "," ";" "|" or "tab" (default: sniffed from the header line)
  --decimal M    decimal mark, "." or "," (default: "," in ";"-separated files whose data
                 look like 0,5, as French Excel exports; "." otherwise)`;
