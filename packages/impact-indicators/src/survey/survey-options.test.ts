import { describe, expect, it } from "vitest";
import { domainProportions, surveyProportion } from "../index";
import { checkSurveyOptions } from "./survey-options";

function failure(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("checkSurveyOptions", () => {
  it("fills in the defaults the estimators use", () => {
    expect(checkSurveyOptions()).toEqual({ level: 0.95, method: "logit", df: undefined });
    expect(
      checkSurveyOptions({ method: "beta", level: 0.9, df: Number.POSITIVE_INFINITY }),
    ).toEqual({ level: 0.9, method: "beta", df: Number.POSITIVE_INFINITY });
  });

  // The same error, code, message and path as the estimators give for the same options.
  it.each([
    { level: 95 },
    { level: 1 },
    { level: Number.NaN },
    { df: 0 },
    { df: -1 },
    { method: "wilson" },
    { level: "0.95" },
  ])("refuses %j as surveyProportion and domainProportions do", (options) => {
    const bad = options as never;
    const error = failure(() => checkSurveyOptions(bad));
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    const fromEstimate = failure(() => surveyProportion([0, 1], [1, 1], bad));
    const fromDomains = failure(() => domainProportions([0, 1], [1, 1], ["a", "a"], bad));
    for (const other of [fromEstimate, fromDomains]) {
      expect(other).toMatchObject({
        code: (error as { code: string }).code,
        message: (error as Error).message,
        path: (error as { path: unknown }).path,
      });
    }
  });
});
