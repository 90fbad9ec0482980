import type * as z from "zod";
import type { IssuePath, ValidationIssue } from "../errors/impact-error";
import { isValidationIssueCode, type ValidationIssueCode } from "../errors/issue-codes";
import { describeValue } from "../input/describe-value";

const ARTICLE: Readonly<Record<string, string>> = {
  array: "an array",
  object: "an object",
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "a boolean",
};

const list = (values: readonly unknown[]): string =>
  values.map((value) => JSON.stringify(value)).join(", ");

/**
 * The contextual zod error map used by `parseCatalog`: it turns zod's generic messages
 * into sentences naming the bad value. Schemas that carry their own message keep it
 * (zod gives schema-level messages precedence).
 *
 * @internal
 */
export const humanErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type": {
      const expected = ARTICLE[issue.expected] ?? issue.expected;
      return issue.input === undefined
        ? `is required (expected ${expected})`
        : `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string")
        return min === 1 ? "must not be empty" : `needs at least ${min} characters`;
      if (issue.origin === "array" || issue.origin === "set") {
        return `needs at least ${min} item${min === 1 ? "" : "s"}`;
      }
      return `must be ${issue.inclusive === false ? "greater than" : "at least"} ${min}, got ${describeValue(issue.input)}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `must have at most ${max} characters`;
      if (issue.origin === "array" || issue.origin === "set") {
        return `must have at most ${max} item${max === 1 ? "" : "s"}`;
      }
      return `must be ${issue.inclusive === false ? "less than" : "at most"} ${max}, got ${describeValue(issue.input)}`;
    }
    case "invalid_value":
      return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${list(issue.values)}`}, got ${describeValue(issue.input)}`;
    case "invalid_format":
      return issue.format === "url"
        ? `must be a URL, got ${describeValue(issue.input)}`
        : `is not a valid ${issue.format}: ${describeValue(issue.input)}`;
    case "invalid_union": {
      const withDiscriminator = issue as typeof issue & {
        discriminator?: string;
        options?: readonly unknown[];
      };
      if (withDiscriminator.discriminator !== undefined) {
        const input = issue.input as Record<string, unknown> | undefined;
        const got = describeValue(input?.[withDiscriminator.discriminator]);
        return `must be one of ${list(withDiscriminator.options ?? [])}, got ${got}`;
      }
      return `does not match any allowed shape, got ${describeValue(issue.input)}`;
    }
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}, got ${describeValue(issue.input)}`;
    case "unrecognized_keys":
      return `has unknown key${issue.keys.length === 1 ? "" : "s"} ${list(issue.keys)}`;
    default:
      return undefined;
  }
};

/**
 * Converts a zod issue of one of the SDK's schemas into a {@link ValidationIssue}, the
 * way `parseCatalog` and `fromCslJson` both report them: the path is prefixed with where
 * the parsed value sits in the document; the code is a {@link ValidationIssueCode}: zod's
 * own snake_case code, except for the schemas' named checks (`invalid_date`,
 * `missing_name`, ...), and an unknown discriminator, which is an `invalid_value`.
 *
 * @param issue - an issue of a zod error
 * @param prefix - the path of the parsed value in the document
 * @returns the issue with its full path, its code and zod's message
 * @example
 * import { SourceSchema, toValidationIssue } from "@observatoire/impact-core";
 * const result = SourceSchema.safeParse({ id: "b", type: "book", title: "T", issued: { "date-parts": [[2019, 2, 30]] } });
 * const issue = toValidationIssue(result.error?.issues[0] as never, [2]);
 * [issue.path, issue.code];
 * //=> [[2, "issued", "date-parts", 0, 2], "invalid_date"]
 */
export function toValidationIssue(issue: z.core.$ZodIssue, prefix: IssuePath): ValidationIssue {
  let code: ValidationIssueCode = issue.code;
  if (issue.code === "custom") {
    const named: unknown = issue.params?.code;
    code = isValidationIssueCode(named) ? named : "custom";
  } else if (issue.code === "invalid_union" && "discriminator" in issue) {
    code = "invalid_value";
  }
  return {
    path: [...prefix, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))],
    code,
    message: issue.message,
  };
}
