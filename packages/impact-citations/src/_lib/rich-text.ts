/** The rich-text marks of CSL-JSON titles (as Zotero writes them). @internal */
export type Mark = "i" | "b" | "sup" | "sub" | "sc" | "nocase";

/** A run of text and the marks around it, outermost first. @internal */
export interface RichRun {
  readonly text: string;
  readonly marks: readonly Mark[];
}

// The tags of the CSL-JSON rich-text convention, and nothing else: any other `<…>` is text.
const TAG =
  /<(\/?)(i|b|sup|sub)>|<span\s+class\s*=\s*"nocase"\s*>|<span\s+style\s*=\s*"\s*font-variant\s*:\s*small-caps\s*;?\s*"\s*>|<\/span>/gi;

/**
 * Splits a title holding Zotero's rich text into runs of plain text with their marks.
 * Tags must nest: a closing tag without its opening one is text, and a tag left open is
 * text too (its run is printed as written). Entities are not decoded: `&amp;` stays as
 * written, as citeproc-js leaves it.
 *
 * @internal
 */
export function parseRichText(text: string): RichRun[] {
  const tokens: { text: string; open?: Mark; close?: "span" | Mark; raw: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ text: text.slice(last, index), raw: text.slice(last, index) });
    const raw = match[0];
    const name = match[2]?.toLowerCase() as Mark | undefined;
    if (name !== undefined) {
      tokens.push(
        match[1] === "/" ? { text: "", close: name, raw } : { text: "", open: name, raw },
      );
    } else if (raw.startsWith("</")) tokens.push({ text: "", close: "span", raw });
    else tokens.push({ text: "", open: /nocase/i.test(raw) ? "nocase" : "sc", raw });
    last = index + raw.length;
  }
  if (last < text.length) tokens.push({ text: text.slice(last), raw: text.slice(last) });
  // Pair the tags; an unpaired one becomes text.
  const stack: number[] = [];
  const paired = new Set<number>();
  tokens.forEach((token, index) => {
    if (token.open !== undefined) stack.push(index);
    else if (token.close !== undefined) {
      const top = stack.at(-1);
      const open = top === undefined ? undefined : tokens[top]?.open;
      const matches =
        open !== undefined &&
        (token.close === "span" ? open === "sc" || open === "nocase" : token.close === open);
      if (matches && top !== undefined) {
        stack.pop();
        paired.add(top);
        paired.add(index);
      }
    }
  });
  const runs: RichRun[] = [];
  const marks: Mark[] = [];
  let pending = "";
  const flush = (): void => {
    if (pending !== "") runs.push({ text: pending, marks: [...marks] });
    pending = "";
  };
  tokens.forEach((token, index) => {
    if (!paired.has(index)) {
      pending += token.raw;
      return;
    }
    flush();
    if (token.open !== undefined) marks.push(token.open);
    else marks.pop();
  });
  flush();
  return runs;
}

/** A rich-text title as plain text (the tags removed). @internal */
export const plainText = (text: string): string =>
  text.includes("<")
    ? parseRichText(text)
        .map((run) => run.text)
        .join("")
    : text;
