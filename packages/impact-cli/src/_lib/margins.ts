import { dataError } from "./cli-error";
import { formatZodIssues } from "./zod-issues";

/**
 * One margin of a margins file: a column of the CSV file and its population totals. The
 * totals are not checked here: `rake` checks them (and the number of margins, the
 * categories, a column raked twice) and the command reports its errors.
 */
export interface MarginSpec {
  readonly variable: string;
  readonly targets: Readonly<Record<string, unknown>>;
}

/** The shape the command needs to read the file; zod is loaded only by the command that needs it. */
async function marginsSchema() {
  const z = await import("zod");
  return z.array(
    z.strictObject({
      variable: z.string(),
      targets: z.record(z.string(), z.unknown()),
    }),
  );
}

/**
 * Reads the shape of a margins file, `[{ "variable": COLUMN, "targets": { CODE: TOTAL } }]`,
 * reporting every problem with its path; the values are rake's to check.
 *
 * @internal
 */
export async function readMargins(input: unknown, shown: string): Promise<MarginSpec[]> {
  const parsed = (await marginsSchema()).safeParse(input);
  if (!parsed.success) {
    throw dataError(
      `${shown}: not a valid margins file, expected [{ "variable": COLUMN, "targets": { CODE: TOTAL } }]: ${await formatZodIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data;
}
