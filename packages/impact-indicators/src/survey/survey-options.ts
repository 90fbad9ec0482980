import { readSurveyOptions } from "../_lib/survey-core";
import type { SurveyMethod } from "../types";
import type { SurveyProportionOptions } from "./survey-proportion";

/** The options of a survey proportion once checked, defaults filled in. */
export interface CheckedSurveyOptions {
  /** Confidence level, strictly between 0 and 1 (0.95 by default). */
  readonly level: number;
  /** Interval method ("logit" by default). */
  readonly method: SurveyMethod;
  /** Degrees of freedom, or undefined for the design's own. */
  readonly df: number | undefined;
}

/**
 * Checks the `level`, `method` and `df` options of {@link surveyProportion},
 * {@link domainProportions} and the accumulators' `finish` by the very rules those functions
 * apply, without any data: a program can refuse bad options before it reads a large file.
 * Other options are not looked at.
 *
 * @param options - The options, as given to {@link surveyProportion}.
 * @returns The checked options, defaults filled in.
 * @throws {@link ImpactError} `INVALID_INPUT` naming the option (path `["options", name]`).
 *
 * @example
 * ```ts
 * import { checkSurveyOptions } from "@observatoire/impact-indicators";
 *
 * checkSurveyOptions({ level: 0.9 });
 * //=> { level: 0.9, method: "logit", df: undefined }
 * checkSurveyOptions({ method: "wilson" });
 * //=> throws INVALID_INPUT
 * ```
 */
export function checkSurveyOptions(options?: SurveyProportionOptions): CheckedSurveyOptions {
  const { level, method, df } = readSurveyOptions(options);
  return { level, method, df };
}
