const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Where each character of a text node's value comes from in the Markdown source. @internal */
export interface SourceMap {
  /** Whether the character at `index` of the value was escaped (`\[`) or a character reference (`&#64;`). */
  escaped(index: number): boolean;
  /** The source offset of the character at `index` of the value (`index` may be the value's length). */
  offset(index: number): number;
}

/**
 * Aligns a text node's value with the slice of the source it was parsed from: the value
 * is that slice less backslash escapes, character references, and the container marks and
 * indentation of continuation lines (`> `, list indents), which are skipped.
 *
 * @param value - the text node's value
 * @param source - the source between the node's start and end offsets
 * @param base - the node's start offset
 * @internal
 */
export function mapSource(value: string, source: string, base: number): SourceMap {
  if (value === source) {
    return { escaped: () => false, offset: (index) => base + index };
  }
  const offsets = new Array<number>(value.length + 1);
  const escapes = new Uint8Array(value.length);
  let i = 0;
  let j = 0;
  while (i < value.length && j < source.length) {
    const char = source[j] as string;
    if (char === "\\" && value[i] === source[j + 1] && ASCII_PUNCTUATION.test(value[i] as string)) {
      escapes[i] = 1;
      offsets[i] = base + j;
      i += 1;
      j += 2;
      continue;
    }
    if (char === "&") {
      CHARACTER_REFERENCE.lastIndex = j;
      const reference = CHARACTER_REFERENCE.exec(source);
      if (reference !== null && !value.startsWith(reference[0], i)) {
        // A decoded reference: one character, or a surrogate pair.
        const code = value.charCodeAt(i);
        const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        for (let k = 0; k < width && i < value.length; k += 1) {
          escapes[i] = 1;
          offsets[i] = base + j;
          i += 1;
        }
        j += reference[0].length;
        continue;
      }
    }
    if (char === value[i]) {
      offsets[i] = base + j;
      i += 1;
    }
    j += 1;
  }
  for (; i <= value.length; i += 1) offsets[i] = base + Math.min(j, source.length);
  return {
    escaped: (index) => escapes[index] === 1,
    offset: (index) => offsets[Math.min(Math.max(index, 0), value.length)] as number,
  };
}

/** Line and column (1-based) of source offsets, as unist points. @internal */
export function pointsOf(
  source: string,
): (offset: number) => { line: number; column: number; offset: number } {
  const starts = [0];
  for (let index = source.indexOf("\n"); index !== -1; index = source.indexOf("\n", index + 1)) {
    starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1, offset };
  };
}
