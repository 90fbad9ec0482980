/**
 * The stable codes of the problems an {@link ImpactValidationError} lists, one per kind of
 * problem. A code never changes meaning once published; new codes may be added in minor
 * releases.
 *
 * - zod's own codes, kept as zod names them: `invalid_type`, `too_small`, `too_big`,
 *   `invalid_value`, `invalid_format`, `invalid_union`, `invalid_key`, `invalid_element`,
 *   `not_multiple_of`, `unrecognized_keys`, and `custom` for a refinement without a name.
 * - the named checks of the schemas: `invalid_date`, `invalid_period`, `not_finite`,
 *   `invalid_scale`, `out_of_range`, `missing_name`, `missing_date`, `forbidden_key`,
 *   and the plain-JSON checks of an input walker: `cycle`, `too_deep`, `not_json`.
 * - the checks across entities of a catalog or a CSL-JSON export: `unknown_reference`,
 *   `duplicate_id`, `outside_programme_period`, `population_not_surveyed`,
 *   `programme_mismatch`, `cyclic_reference`.
 *
 * @example
 * import { ValidationIssueCode } from "@observatoire/impact-core";
 * ValidationIssueCode.UNKNOWN_REFERENCE;
 * //=> "unknown_reference"
 */
export const ValidationIssueCode = {
  INVALID_TYPE: "invalid_type",
  TOO_SMALL: "too_small",
  TOO_BIG: "too_big",
  INVALID_VALUE: "invalid_value",
  INVALID_FORMAT: "invalid_format",
  INVALID_UNION: "invalid_union",
  INVALID_KEY: "invalid_key",
  INVALID_ELEMENT: "invalid_element",
  NOT_MULTIPLE_OF: "not_multiple_of",
  UNRECOGNIZED_KEYS: "unrecognized_keys",
  CUSTOM: "custom",
  INVALID_DATE: "invalid_date",
  INVALID_PERIOD: "invalid_period",
  NOT_FINITE: "not_finite",
  INVALID_SCALE: "invalid_scale",
  OUT_OF_RANGE: "out_of_range",
  MISSING_NAME: "missing_name",
  MISSING_DATE: "missing_date",
  FORBIDDEN_KEY: "forbidden_key",
  CYCLE: "cycle",
  TOO_DEEP: "too_deep",
  NOT_JSON: "not_json",
  UNKNOWN_REFERENCE: "unknown_reference",
  DUPLICATE_ID: "duplicate_id",
  OUTSIDE_PROGRAMME_PERIOD: "outside_programme_period",
  POPULATION_NOT_SURVEYED: "population_not_surveyed",
  PROGRAMME_MISMATCH: "programme_mismatch",
  CYCLIC_REFERENCE: "cyclic_reference",
} as const;

/** One of the values of {@link ValidationIssueCode}. */
export type ValidationIssueCode = (typeof ValidationIssueCode)[keyof typeof ValidationIssueCode];

const ISSUE_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  Object.values(ValidationIssueCode),
);

/**
 * Whether `value` is one of the {@link ValidationIssueCode} values.
 *
 * @param value - anything, such as the `code` of a zod issue or of a schema's named check
 * @returns `true` for a known issue code
 * @example
 * import { isValidationIssueCode } from "@observatoire/impact-core";
 * [isValidationIssueCode("invalid_date"), isValidationIssueCode("INVALID_INPUT")];
 * //=> [true, false]
 */
export function isValidationIssueCode(value: unknown): value is ValidationIssueCode {
  return typeof value === "string" && ISSUE_CODES.has(value);
}
