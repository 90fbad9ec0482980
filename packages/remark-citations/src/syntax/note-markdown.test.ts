import { formatNotes, formatReference } from "@observatoire/impact-citations";
import { catalog } from "@observatoire/impact-data";
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import type { Nodes } from "./mdast";
import { readNoteMarkdown } from "./note-markdown";

/** What mdast-util-from-markdown reads, positions removed: the reference. */
function parsed(markdown: string) {
  const strip = (node: Nodes): unknown => {
    const { position: _, ...rest } = node as Nodes & { position?: unknown };
    return "children" in node ? { ...rest, children: (node.children as Nodes[]).map(strip) } : rest;
  };
  return fromMarkdown(markdown).children.flatMap((block) =>
    block.type === "paragraph" ? block.children.map(strip) : [],
  );
}

describe("readNoteMarkdown", () => {
  it("reads what mdast-util-from-markdown reads, on every catalog reference and note", () => {
    const sources = catalog.sources;
    const texts: string[] = [];
    for (const style of ["observatoire", "iso690", "apa"] as const) {
      for (const locale of ["fr", "en"] as const) {
        for (const source of sources) {
          texts.push(formatReference(source, { style, locale, format: "markdown" }));
        }
        const notes = formatNotes(
          sources.flatMap((source, index) => [
            { noteNumber: 3 * index + 1, cites: [{ id: String(source.id), locator: "3" }] },
            { noteNumber: 3 * index + 2, cites: [{ id: String(source.id), locator: "4" }] },
            { noteNumber: 3 * index + 3, cites: [{ id: String(sources[0]?.id) }] },
          ]),
          sources,
          { style, locale, format: "markdown" },
        );
        texts.push(...notes.map((note) => note.text));
      }
    }
    for (const text of texts) expect(readNoteMarkdown(text), text).toEqual(parsed(text));
  });

  it("reads what mdast-util-from-markdown reads, on strings of escapes, stars and punctuation (property)", () => {
    const piece = fc.constantFrom(
      "a",
      "é",
      " ",
      "\u00a0",
      "*",
      "\\",
      "\\*",
      "\\.",
      ".",
      ",",
      "«",
      "»",
      "(",
      ")",
      "1",
      "-",
      ":",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(readNoteMarkdown(text)).toEqual(parsed(text));
      }),
      { numRuns: 2000 },
    );
  });
});
