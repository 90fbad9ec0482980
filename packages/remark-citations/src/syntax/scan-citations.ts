import { splitLocator } from "./split-locator";

/** One cite of a citation found in text: `see @dupont-2019, p. 12`. @internal */
export interface ScannedCite {
  /** The citation key, without `@` or braces. */
  readonly id: string;
  /** Text before the key (`see`), trimmed; empty when none. */
  readonly prefix: string;
  /** The locator read from the text after the key (`12`, `chap. 2`), when there is one. */
  readonly locator: string | undefined;
  /** What follows the key and the locator (`et passim`), trimmed; empty when none. */
  readonly suffix: string;
  /** `[-@id]`: the author is not named in the text. */
  readonly suppressAuthor: boolean;
  /** Offsets in the scanned string of the `@` and of the end of the key. */
  readonly start: number;
  readonly end: number;
}

/** A citation found in a string: `[...]` holds a note, `@id` names the author in text. @internal */
export interface ScannedCitation {
  readonly kind: "note" | "in-text";
  readonly cites: readonly ScannedCite[];
  /** Offsets in the scanned string: `start` inclusive, `end` exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Something that looks like a citation but is not one pandoc would read. @internal */
export interface MalformedCitation {
  readonly reason: string;
  readonly start: number;
  readonly end: number;
}

/** What {@link scanCitations} found. @internal */
export interface ScanResult {
  readonly citations: readonly ScannedCitation[];
  readonly malformed: readonly MalformedCitation[];
}

// pandoc: a key starts with a letter, digit or `_` and may hold internal punctuation
// `:.#$%&-+?<>~/` (punctuation that ends the key, such as a final period, is not part of it).
const KEY = /[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/]+(?=[\p{L}\p{N}_]))*/uy;
// pandoc's `@{key}` form, for keys with any other character.
const BRACED_KEY = /\{([^{}\n]+)\}/y;
const WORD = /[\p{L}\p{N}_]/u;

/** The key at `at` (just after an `@`): its text and end offset, or `undefined`. */
function keyAt(text: string, at: number): { id: string; end: number } | undefined {
  BRACED_KEY.lastIndex = at;
  const braced = BRACED_KEY.exec(text);
  if (braced !== null) {
    const id = (braced[1] ?? "").trim();
    return id === "" ? undefined : { id, end: BRACED_KEY.lastIndex };
  }
  KEY.lastIndex = at;
  const plain = KEY.exec(text);
  return plain === null ? undefined : { id: plain[0], end: KEY.lastIndex };
}

/**
 * Whether an `@` at `at` may open a citation key: not escaped, not glued to a word (an
 * email address such as `a@b.fr` is no citation), and followed by a key.
 */
function opensKey(text: string, at: number, escaped: (index: number) => boolean): boolean {
  if (text[at] !== "@" || escaped(at)) return false;
  const before = at === 0 ? "" : (text[at - 1] as string);
  if (before !== "" && (WORD.test(before) || before === "@")) return false;
  // `\[@id]`: a key right after an escaped character is text.
  if (at > 0 && escaped(at - 1)) return false;
  return keyAt(text, at + 1) !== undefined;
}

/** Offsets of the unescaped `;` that split a bracket's content into cites. */
function splitParts(text: string, from: number, to: number, escaped: (index: number) => boolean) {
  const parts: { start: number; end: number }[] = [];
  let start = from;
  for (let index = from; index < to; index += 1) {
    if (text[index] === ";" && !escaped(index)) {
      parts.push({ start, end: index });
      start = index + 1;
    }
  }
  parts.push({ start, end: to });
  return parts;
}

/** One part of a bracketed citation: `see -@key, p. 12 et passim`. */
function readPart(
  text: string,
  start: number,
  end: number,
  escaped: (index: number) => boolean,
): ScannedCite | string {
  const keys: number[] = [];
  for (let index = start; index < end; index += 1) {
    if (opensKey(text, index, escaped)) keys.push(index);
  }
  if (keys.length === 0) return "a part between semicolons has no @key";
  if (keys.length > 1) return "a part between semicolons holds two @keys; separate cites with ';'";
  const at = keys[0] as number;
  const key = keyAt(text, at + 1) as { id: string; end: number };
  if (key.end > end) return "a citation key runs past the end of its part";
  const suppressAuthor = at > start && text[at - 1] === "-" && !escaped(at - 1);
  const prefixEnd = suppressAuthor ? at - 1 : at;
  const prefix = text.slice(start, prefixEnd);
  const { locator, suffix } = splitLocator(text.slice(key.end, end));
  return {
    id: key.id,
    prefix: prefix.trim(),
    locator,
    suffix,
    suppressAuthor,
    start: at,
    end: key.end,
  };
}

/**
 * Finds pandoc citations in a string of Markdown text (as the parser left it: escapes
 * decoded, `escaped(i)` telling which characters were escaped): `[@id]`, `[@id, p. 12]`,
 * `[see @a, chap. 2; -@b]` (notes), and `@id` or `@id [p. 12]` (author in text).
 *
 * @internal
 */
export function scanCitations(
  text: string,
  escaped: (index: number) => boolean = () => false,
): ScanResult {
  const citations: ScannedCitation[] = [];
  const malformed: MalformedCitation[] = [];
  if (!text.includes("@")) return { citations, malformed };
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === "[" && !escaped(index)) {
      let close = -1;
      let reopen = -1;
      for (let next = index + 1; next < text.length; next += 1) {
        if (escaped(next)) continue;
        if (text[next] === "]") {
          close = next;
          break;
        }
        if (text[next] === "[") {
          reopen = next;
          break;
        }
      }
      const stop = close === -1 ? (reopen === -1 ? text.length : reopen) : close;
      let hasKey = false;
      for (let next = index + 1; next < stop && !hasKey; next += 1) {
        hasKey = opensKey(text, next, escaped);
      }
      if (!hasKey) {
        index += 1;
        continue;
      }
      if (close === -1) {
        malformed.push({
          reason: "a citation opened with '[' is not closed with ']' in the same run of text",
          start: index,
          end: stop,
        });
        index = stop;
        continue;
      }
      const cites: ScannedCite[] = [];
      let problem: string | undefined;
      for (const part of splitParts(text, index + 1, close, escaped)) {
        const cite = readPart(text, part.start, part.end, escaped);
        if (typeof cite === "string") {
          problem = cite;
          break;
        }
        cites.push(cite);
      }
      if (problem === undefined) {
        citations.push({ kind: "note", cites, start: index, end: close + 1 });
      } else {
        malformed.push({ reason: problem, start: index, end: close + 1 });
      }
      index = close + 1;
      continue;
    }
    if (char === "@" && opensKey(text, index, escaped)) {
      const key = keyAt(text, index + 1) as { id: string; end: number };
      let end = key.end;
      let locator: string | undefined;
      let suffix = "";
      // `@id [p. 12]`: a bracket right after the key, without a key of its own, is its locator.
      const after = /^ ?\[([^[\]@]*)\]/.exec(text.slice(key.end));
      if (after !== null && !escaped(key.end + after[0].indexOf("["))) {
        const closing = key.end + after[0].length - 1;
        if (!escaped(closing)) {
          ({ locator, suffix } = splitLocator(`, ${after[1] ?? ""}`));
          end = closing + 1;
        }
      }
      citations.push({
        kind: "in-text",
        cites: [
          {
            id: key.id,
            prefix: "",
            locator,
            suffix,
            suppressAuthor: false,
            start: index,
            end: key.end,
          },
        ],
        start: index,
        end,
      });
      index = end;
      continue;
    }
    index += 1;
  }
  return { citations, malformed };
}
