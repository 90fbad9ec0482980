import { ImpactError } from "@observatoire/impact-core/kernel";

// Final punctuation, with the (no-break) space French puts before some of it.
const TRAILING = /[ \u00a0\u202f]*[.…,;:!?]*\s*$/;
// A quotation that ends with its own sentence punctuation: « … commun. »
const QUOTED_SENTENCE = /[ \u00a0\u202f]*[.…!?]+[ \u00a0\u202f]*[»”]\s*$/;

/**
 * Attaches a note call to the end of a sentence the French way (Imprimerie nationale):
 * the call sticks to the last word and goes before the final punctuation
 * (`…d'emploi[2].`), and before the closing guillemet of a quotation that ends with
 * its own period (`« … agir[1]. »`). After a quoted fragment the call follows the
 * guillemet: `« … bien commun »[3].`, as in the seed.
 *
 * @param text - the sentence (in any format; the call is inserted as is)
 * @param call - the note call, such as `[2]` or `<sup>2</sup>`
 * @returns the sentence with its note call
 * @throws {ImpactError} `INVALID_INPUT` when `text` or `call` is not a string
 * @example
 * import { attachNoteCall } from "@observatoire/impact-citations";
 * attachNoteCall("de nouveaux moteurs de croissance et d’emploi.", "[2]");
 * //=> "de nouveaux moteurs de croissance et d’emploi[2]."
 * attachNoteCall("sur le thème\u00a0: «\u00a0les impacts\u00a0».", "[3]");
 * //=> "sur le thème\u00a0: «\u00a0les impacts\u00a0»[3]."
 * attachNoteCall("Il a dit\u00a0: «\u00a0nous agirons.\u00a0»", "<sup>1</sup>");
 * //=> "Il a dit\u00a0: «\u00a0nous agirons<sup>1</sup>.\u00a0»"
 * attachNoteCall("Vraiment\u202f?", "[4]");
 * //=> "Vraiment[4]\u202f?"
 */
export function attachNoteCall(text: string, call: string): string {
  if (typeof text !== "string" || typeof call !== "string") {
    throw new ImpactError("INVALID_INPUT", "text and call must be strings", {
      path: [typeof text !== "string" ? "text" : "call"],
    });
  }
  const match = QUOTED_SENTENCE.exec(text) ?? (TRAILING.exec(text) as RegExpExecArray);
  return `${text.slice(0, match.index)}${call}${text.slice(match.index)}`;
}
