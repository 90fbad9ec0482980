import { dataError } from "./cli-error";
import { formatZodIssues } from "./zod-issues";

/** One margin of a margins file: a column of the CSV file and its population totals. */
export interface MarginSpec {
  readonly variable: string;
  readonly targets: Readonly<Record<string, number>>;
}

/** The schema of a margins file; zod is loaded only by the command that needs it. */
async function marginsSchema() {
  const z = await import("zod");
  return z
    .array(
      z.strictObject({
        variable: z.string().min(1, "must name a column of the CSV file"),
        targets: z
          .record(z.string(), z.number().nonnegative("must be a population total >= 0"))
          .refine((targets) => Object.keys(targets).length > 0, "must list at least one category"),
      }),
    )
    .min(1, "must list at least one margin");
}

/**
 * Validates the content of a margins file,
 * `[{ "variable": COLUMN, "targets": { CODE: TOTAL } }]`, reporting every problem with
 * its path. Category names "__proto__", "constructor" and "prototype" are refused, as in
 * catalogs.
 *
 * @internal
 */
export async function readMargins(input: unknown, shown: string): Promise<MarginSpec[]> {
  // The rules of catalogs: a "__proto__", "constructor" or "prototype" category is refused
  // with its path (a zod record would drop "__proto__" without a word), as are nesting past
  // MAX_NESTING_DEPTH and values that are not plain JSON.
  const { assertPlainJson, formatPath, isImpactError } = await import("@observatoire/impact-core");
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
  const seen = new Set<string>();
  parsed.data.forEach((margin, m) => {
    if (seen.has(margin.variable)) {
      throw dataError(
        `${shown}: [${m}].variable: ${JSON.stringify(margin.variable)} is raked twice; give each column once`,
      );
    }
    seen.add(margin.variable);
  });
  return parsed.data;
}
