import { ImpactError } from "@observatoire/impact-core/kernel";

const SPACE = "[ \\t\\u00a0\\u202f]";
const OPEN_GUILLEMET = new RegExp(`«${SPACE}*`, "g");
const CLOSE_GUILLEMET = new RegExp(`${SPACE}*»`, "g");
const SPACE_BEFORE_COLON = new RegExp(`${SPACE}+:`, "g");
const SPACE_BEFORE_HIGH = new RegExp(`${SPACE}+([;!?])`, "g");
// Only a colon or mark that ends a word (followed by a space, closing sign or the end)
// gets a space inserted: `10:30`, `https://` and `?q=1` are left alone.
const END = "(?=$|[\\s)\\]»”\"'.,;:!?])";
const GLUED_COLON = new RegExp(`([\\p{L}\\p{N}»)\\]])(:)${END}`, "gu");
const GLUED_HIGH = new RegExp(`([\\p{L}\\p{N}»)\\]])([;!?])${END}`, "gu");
const PERCENT = new RegExp(`(\\p{N})${SPACE}*%`, "gu");
const SIGNS = /[«»:;!?%]/;

/**
 * Applies French typography (Imprimerie nationale) to a piece of text: a no-break space
 * (U+00A0) inside « guillemets » and before `:`, a narrow no-break space (U+202F) before
 * `;`, `!`, `?` and `%`. Spaces already there are replaced by the right kind; a missing
 * one is added only where the sign ends a word, so times (`10:30`) and URLs stay intact.
 * Running it twice changes nothing more.
 *
 * @param text - the text to set
 * @returns the text with French spacing
 * @throws {ImpactError} `INVALID_INPUT` when `text` is not a string
 * @example
 * import { frenchTypography } from "@observatoire/impact-citations";
 * frenchTypography("«les impacts» : 74% ?");
 * //=> "«\u00a0les impacts\u00a0»\u00a0: 74\u202f%\u202f?"
 * frenchTypography("Titre: sous-titre (10:30, https://example.org)");
 * //=> "Titre\u00a0: sous-titre (10:30, https://example.org)"
 */
export function frenchTypography(text: string): string {
  if (typeof text !== "string") {
    throw new ImpactError("INVALID_INPUT", `text must be a string, got ${typeof text}`, {
      path: ["text"],
    });
  }
  // Most titles and names hold none of these signs: skip the seven passes.
  if (!SIGNS.test(text)) return text;
  return text
    .replace(OPEN_GUILLEMET, "«\u00a0")
    .replace(CLOSE_GUILLEMET, "\u00a0»")
    .replace(SPACE_BEFORE_COLON, "\u00a0:")
    .replace(GLUED_COLON, "$1\u00a0$2")
    .replace(SPACE_BEFORE_HIGH, "\u202f$1")
    .replace(GLUED_HIGH, "$1\u202f$2")
    .replace(PERCENT, "$1\u202f%");
}
