import { ImpactError } from "../errors/impact-error";

/** No-break space (U+00A0): inside « » and before `:`. */
const NBSP = "\u00a0";
/** Narrow no-break space (U+202F): before `;`, `!`, `?`, `%`, and between thousands. */
const NNBSP = "\u202f";

const SPACE = "[ \\t\\u00a0\\u202f]";
const OPEN_GUILLEMET = new RegExp(`«${SPACE}*`, "g");
const CLOSE_GUILLEMET = new RegExp(`${SPACE}*»`, "g");
const SPACE_BEFORE_COLON = new RegExp(`${SPACE}+:`, "g");
const SPACE_BEFORE_HIGH = new RegExp(`${SPACE}+([;!?])`, "g");
// Only a colon or mark that ends a word (followed by a space, closing sign or the end)
// gets a space inserted: `10:30`, `https://` and `?q=1` are left alone.
const END = "(?=$|[\\s)\\]»”\"'’.,;:!?])";
const GLUED_COLON = new RegExp(`([\\p{L}\\p{N}»)\\]])(:)${END}`, "gu");
const GLUED_HIGH = new RegExp(`([\\p{L}\\p{N}»)\\]])([;!?])${END}`, "gu");
const PERCENT = new RegExp(`(\\p{N})${SPACE}*%`, "gu");
// A straight apostrophe between two letters (l'IMPACT, aujourd'hui).
const APOSTROPHE = /(\p{L})'(?=\p{L})/gu;
// Straight double quotes around words, written « » in French: "jouer collectif".
const STRAIGHT_QUOTES = /(^|[\s(«])"([^"\n«»\s](?:[^"\n«»]*[^"\n«»\s])?)"(?=$|[\s).,;:!?»])/gu;
// Groups of three digits after a number, separated by a space of any kind: 1 000, 148 000.
const DIGIT_GROUP = new RegExp(`(\\d)${SPACE}(?=\\d{3}(?!\\d))`, "g");
const SIGNS = /[«»:;!?%'"\d]/;

/**
 * Applies French typography (Imprimerie nationale) to a piece of text: a no-break space
 * (U+00A0) inside « guillemets » and before `:`; a narrow no-break space (U+202F) before
 * `;`, `!`, `?` and `%`, and between groups of thousands already written apart (`1 000`:
 * a number written without its groups is left as is, since it may be a code); the
 * typographic apostrophe (`l’IMPACT`); straight double quotes around words become
 * guillemets. Spaces already there are replaced by the right kind; a missing one is added
 * only where the sign ends a word, so times (`10:30`), URLs and years (`2019`) stay intact.
 * Running it twice changes nothing more. Every package sets French text through this one
 * function: the citations' notes, the indicators' percentages, the CLI's fact sheet.
 *
 * @param text - the text to set
 * @returns the text with French typography
 * @throws {ImpactError} `INVALID_INPUT` when `text` is not a string
 * @example
 * import { frenchTypography } from "@observatoire/impact-core";
 * frenchTypography("«les impacts» : 74% ?");
 * //=> "«\u00a0les impacts\u00a0»\u00a0: 74\u202f%\u202f?"
 * frenchTypography("Titre: sous-titre (10:30, https://example.org)");
 * //=> "Titre\u00a0: sous-titre (10:30, https://example.org)"
 * frenchTypography(`l'envie de "jouer collectif", 1 000 exemples`);
 * //=> "l’envie de «\u00a0jouer collectif\u00a0», 1\u202f000 exemples"
 */
export function frenchTypography(text: string): string {
  if (typeof text !== "string") {
    throw new ImpactError("INVALID_INPUT", `text must be a string, got ${typeof text}`, {
      path: ["text"],
    });
  }
  // Most titles and names hold none of these signs: skip the passes.
  if (!SIGNS.test(text)) return text;
  return text
    .replace(APOSTROPHE, "$1’")
    .replace(STRAIGHT_QUOTES, "$1«$2»")
    .replace(DIGIT_GROUP, `$1${NNBSP}`)
    .replace(OPEN_GUILLEMET, `«${NBSP}`)
    .replace(CLOSE_GUILLEMET, `${NBSP}»`)
    .replace(SPACE_BEFORE_COLON, `${NBSP}:`)
    .replace(GLUED_COLON, `$1${NBSP}$2`)
    .replace(SPACE_BEFORE_HIGH, `${NNBSP}$1`)
    .replace(GLUED_HIGH, `$1${NNBSP}$2`)
    .replace(PERCENT, `$1${NNBSP}%`);
}
