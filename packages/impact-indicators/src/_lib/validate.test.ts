// Every function reads its columns through one rule (isNumericColumn of impact-core's
// kernel): a BigInt64Array or BigUint64Array is refused as a whole, with the column's path,
// by the survey estimators and the weighting functions alike. Before, the survey
// estimators refused it while rake, postStratify and trimWeights read it value by value.
import { describe, it } from "vitest";
import { expectImpactError } from "../../test/helpers";
import { normalize } from "../composite/normalize";
import { kishEffectiveSampleSize } from "../design/kish";
import { surveyProportion } from "../survey/survey-proportion";
import { postStratify } from "../weighting/post-stratify";
import { rake } from "../weighting/rake";
import { trimWeights } from "../weighting/trim-weights";

const big = new BigInt64Array([1n, 2n, 3n]);
const bigUnsigned = new BigUint64Array([1n, 2n, 3n]);

describe("BigInt arrays are not columns of numbers, in every reader", () => {
  it.each([
    ["BigInt64Array", big],
    ["BigUint64Array", bigUnsigned],
  ])("%s", (_name, column) => {
    const asColumn = column as unknown as number[];
    expectImpactError(() => surveyProportion(asColumn), "INVALID_INPUT", ["values"]);
    expectImpactError(() => surveyProportion([1, 0, 1], asColumn), "INVALID_INPUT", ["weights"]);
    expectImpactError(() => kishEffectiveSampleSize(asColumn), "INVALID_INPUT", ["weights"]);
    expectImpactError(
      () =>
        rake({
          weights: asColumn,
          margins: [{ variable: "sexe", codes: ["F", "M", "F"], targets: { F: 2, M: 1 } }],
        }),
      "INVALID_INPUT",
      ["weights"],
    );
    expectImpactError(
      () => postStratify({ weights: asColumn, codes: ["F", "M", "F"], targets: { F: 2, M: 1 } }),
      "INVALID_INPUT",
      ["weights"],
    );
    expectImpactError(() => trimWeights(asColumn, { upper: 2 }), "INVALID_INPUT", ["weights"]);
    expectImpactError(() => normalize(asColumn, { method: "min-max" }), "INVALID_INPUT");
  });
});
