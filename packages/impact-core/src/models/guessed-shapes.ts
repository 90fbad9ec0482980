// Messages for input written in a shape people guess, shared by the zod schemas of this
// package and the zod-free checks of impact-citations (so zod-free: one rule, one home).

/**
 * What to write instead of a CSL date given in a guessed shape: the bare `date-parts` array
 * (`issued: [[2019, 10]]`), a year, or a date string. `undefined` for any other input.
 *
 * @param input - the value given where a CSL date object was expected
 * @returns one sentence, or `undefined`
 * @example
 * import { cslDateShapeMessage } from "@observatoire/impact-core";
 * cslDateShapeMessage([[2019, 10]]);
 * //=> 'a CSL date is an object: write { "date-parts": [[2019,10]] }, not the bare array'
 * cslDateShapeMessage(2019);
 * //=> 'a CSL date is an object: write { "date-parts": [[2019]] }'
 * cslDateShapeMessage({ "date-parts": [[2019]] });
 * //=> undefined
 */
export function cslDateShapeMessage(input: unknown): string | undefined {
  if (Array.isArray(input)) {
    const parts = Array.isArray(input[0]) ? input : [input];
    return `a CSL date is an object: write { "date-parts": ${JSON.stringify(parts)} }, not the bare array`;
  }
  if (typeof input === "number") {
    return `a CSL date is an object: write { "date-parts": [[${input}]] }`;
  }
  if (typeof input === "string") {
    return `a CSL date is an object: write { "date-parts": [[2019, 10]] } (year, month, day as numbers) or { "raw": ${JSON.stringify(input)} }`;
  }
  return undefined;
}

/**
 * The message for a source without an `id`: what the id is for, and how to write one.
 *
 * @example
 * import { MISSING_SOURCE_ID_MESSAGE } from "@observatoire/impact-core";
 * MISSING_SOURCE_ID_MESSAGE.startsWith("a source needs an id");
 * //=> true
 */
export const MISSING_SOURCE_ID_MESSAGE =
  'a source needs an id, the name its citations use: add id: "etude-impact-citoyens-2019" (any non-empty string)';
