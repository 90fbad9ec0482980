import { frenchTypography as coreFrenchTypography } from "@observatoire/impact-core";

/**
 * French typography, whose one home is impact-core's `frenchTypography` (this is the same
 * function, kept here so that code importing it from impact-citations keeps working): a
 * no-break space inside « » and before `:`, a narrow no-break space before `;`, `!`, `?`
 * and `%`, the typographic apostrophe, guillemets for straight double quotes.
 *
 * @param text - the text to set
 * @returns the text with French typography
 * @throws {ImpactError} `INVALID_INPUT` when `text` is not a string
 * @example
 * import { frenchTypography } from "@observatoire/impact-citations";
 * frenchTypography("«les impacts» : 74% ?");
 * //=> "«\u00a0les impacts\u00a0»\u00a0: 74\u202f%\u202f?"
 */
export const frenchTypography: (text: string) => string = coreFrenchTypography;
