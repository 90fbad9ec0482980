/**
 * The one rule for characters that let data control a terminal or a page: C0 controls
 * except tab and newline (U+0000-U+0008, U+000B-U+001F), DEL (U+007F), C1 controls
 * (U+0080-U+009F), bidi embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069: the "Trojan Source" characters), and zero-width spaces (U+200B,
 * U+2060 word joiner, U+FEFF). A zero-width joiner or non-joiner (U+200D, U+200C) stays
 * where it joins two visible characters, as emoji and many scripts need, and counts as
 * unsafe anywhere else. Bidi marks (U+200E, U+200F, U+061C) change no order and stay.
 *
 * Every package applies it through {@link cleanText} (text, HTML and Markdown output; the
 * HTML and Markdown escapers call it) or {@link escapeForTerminal} (terminal output).
 */

import { ImpactError } from "../errors/impact-error";

// One pattern, used by both functions. ZWJ/ZWNJ match here only when they do not sit
// between two visible characters (checked by the replacer).
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this is the list of control characters to remove
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u200c\u200d]/g;
const HAS_UNSAFE = new RegExp(UNSAFE.source);
const VISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not visible
  /[^\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/u;

function joinsVisible(text: string, index: number): boolean {
  const before = text.codePointAt(index - 1);
  const after = text.codePointAt(index + 1);
  if (before === undefined || after === undefined) return false;
  // Surrogate pairs: look at the whole code point before the joiner.
  const prev =
    index >= 2 && before >= 0xdc00 && before <= 0xdfff
      ? String.fromCodePoint(text.codePointAt(index - 2) ?? before)
      : String.fromCharCode(before);
  return VISIBLE.test(prev) && VISIBLE.test(String.fromCodePoint(after));
}

function isJoiner(char: string): boolean {
  return char === "\u200c" || char === "\u200d";
}

/**
 * Removes the characters that could control a terminal or reorder a page (see the module
 * summary for the exact list) from a piece of text taken from data. Tab, newline, bidi
 * marks, and joiners inside words stay. Text without such characters is returned as is.
 *
 * @param text - text from data
 * @returns the text without control, bidi-override and zero-width characters
 * @throws {ImpactError} `INVALID_INPUT` when `text` is not a string
 * @example
 * import { cleanText } from "@observatoire/impact-core";
 * cleanText("Le RAMEAU\u001b[2J\u202e");
 * //=> "Le RAMEAU[2J"
 * cleanText("famille : 👩\u200d👩\u200d👧");
 * //=> "famille : 👩\u200d👩\u200d👧"
 */
export function cleanText(text: string): string {
  readText(text, "text");
  if (!HAS_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (char, index: number) =>
    isJoiner(char) && joinsVisible(text, index) ? char : "",
  );
}

function visibleEscape(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Shows the characters of {@link cleanText}'s list as visible escapes (`\x1B`, `\u202E`)
 * instead of removing them, for text written to a terminal: the reader sees that the data
 * held them, and the terminal never runs them. Tab and newline stay as they are.
 *
 * @param text - text from data
 * @returns the text safe to print on a terminal
 * @throws {ImpactError} `INVALID_INPUT` when `text` is not a string
 * @example
 * import { escapeForTerminal } from "@observatoire/impact-core";
 * escapeForTerminal("Nord\u001b]8;;https://x.example\u0007lien");
 * //=> "Nord\\x1B]8;;https://x.example\\x07lien"
 */
export function escapeForTerminal(text: string): string {
  readText(text, "text");
  if (!HAS_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (char, index: number) =>
    isJoiner(char) && joinsVisible(text, index) ? char : visibleEscape(char),
  );
}

/**
 * How many characters of a value an error message quotes before cutting it (the default
 * limit of {@link truncateForMessage}).
 *
 * @example
 * import { MESSAGE_VALUE_LIMIT } from "@observatoire/impact-core";
 * MESSAGE_VALUE_LIMIT;
 * //=> 80
 */
export const MESSAGE_VALUE_LIMIT = 80;

/**
 * Cuts a value quoted in an error message or a log line to `limit` characters
 * (code points, 80 by default) followed by `…`, so a 1 MB field never fills a terminal.
 * Short values are returned unchanged; no surrogate pair is split.
 *
 * @param text - the value to quote
 * @param limit - the number of characters kept, an integer of at least 1
 * @returns the value, cut with an ellipsis when longer than `limit`
 * @throws {ImpactError} `INVALID_INPUT` when `text` is not a string or `limit` not a whole number of at least 1
 * @example
 * import { truncateForMessage } from "@observatoire/impact-core";
 * truncateForMessage("x".repeat(100), 5);
 * //=> "xxxxx…"
 * truncateForMessage("court");
 * //=> "court"
 */
export function truncateForMessage(text: string, limit: number = MESSAGE_VALUE_LIMIT): string {
  readText(text, "text");
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new ImpactError("INVALID_INPUT", "limit must be a whole number of at least 1", {
      path: ["limit"],
    });
  }
  if (text.length <= limit) return text;
  let kept = 0;
  let end = 0;
  for (const point of text) {
    if (kept === limit) return `${text.slice(0, end)}…`;
    kept += 1;
    end += point.length;
  }
  return text;
}

function readText(text: unknown, name: string): asserts text is string {
  if (typeof text !== "string") {
    throw new ImpactError("INVALID_INPUT", `${name} must be a string, got ${typeof text}`, {
      path: [name],
    });
  }
}
