/**
 * The stable error codes of every `@observatoire/*` package. A code never changes
 * meaning once published; new codes may be added in minor releases.
 *
 * - `INVALID_INPUT`: an argument has the wrong type, is out of range (a level of 95
 *   instead of 0.95, a negative count) or names an unknown option value.
 * - `EMPTY_SAMPLE`: there is nothing to estimate from (no rows, no weight).
 * - `NOT_CONVERGED`: an iterative algorithm (raking) did not converge within its limits.
 * - `INCONSISTENT_MARGINS`: weighting targets cannot be met (a code without respondents,
 *   a code missing from the targets, margins of unequal totals).
 * - `VALIDATION_FAILED`: a document (catalog, CSL-JSON) failed schema or integrity
 *   checks; the error is an {@link ImpactValidationError} listing every issue.
 * - `UNKNOWN_REFERENCE`: an id does not resolve (an unknown source id, study id...).
 * - `DUPLICATE_ID`: two entities share one id.
 * - `INVALID_DATE`: a partial date or period is not a real calendar date or range.
 * - `IO_ERROR`: a file could not be read or written (command-line use).
 * - `PARSE_ERROR`: a file could be read but not parsed (CSV, JSON).
 *
 * @example
 * import { ImpactErrorCode } from "@observatoire/impact-core";
 * ImpactErrorCode.EMPTY_SAMPLE;
 * //=> "EMPTY_SAMPLE"
 */
export const ImpactErrorCode = {
  INVALID_INPUT: "INVALID_INPUT",
  EMPTY_SAMPLE: "EMPTY_SAMPLE",
  NOT_CONVERGED: "NOT_CONVERGED",
  INCONSISTENT_MARGINS: "INCONSISTENT_MARGINS",
  VALIDATION_FAILED: "VALIDATION_FAILED",
  UNKNOWN_REFERENCE: "UNKNOWN_REFERENCE",
  DUPLICATE_ID: "DUPLICATE_ID",
  INVALID_DATE: "INVALID_DATE",
  IO_ERROR: "IO_ERROR",
  PARSE_ERROR: "PARSE_ERROR",
} as const;

/** One of the values of {@link ImpactErrorCode}. */
export type ImpactErrorCode = (typeof ImpactErrorCode)[keyof typeof ImpactErrorCode];
