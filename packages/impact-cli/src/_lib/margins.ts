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
 * reporting every problem with its path; the values are rake's to check. Category names
 * "__proto__", "constructor" and "prototype" are refused, as in catalogs.
 *
 * @internal
 */
export async function readMargins(input: unknown, shown: string): Promise<MarginSpec[]> {
  // The rules of catalogs: a "__proto__", "constructor" or "prototype" category is refused
  // with its path (a zod record would drop "__proto__" without a word), as are nesting past
  // MAX_NESTING_DEPTH and values that are not plain JSON.
  const { assertPlainJson, formatPath, isImpactError } = await import(
    "@observatoire/impact-core/kernel"
  );
  try {
    assertPlainJson(input);
  } catch (error) {
    if (!isImpactError(error)) throw error;
    throw dataError(
      `${shown}: not a valid margins file: ${formatPath(error.path) || "(root)"}: ${error.message}`,
    );
  }
  const parsed = (await marginsSchema()).safeParse(input);
  if (!parsed.success) {
    throw dataError(
      `${shown}: not a valid margins file, expected [{ "variable": COLUMN, "targets": { CODE: TOTAL } }]: ${await formatZodIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data;
}
