import { type Citation, formatNotes } from "@observatoire/impact-citations";
import { catalog } from "@observatoire/impact-data";
import remarkCitations from "@observatoire/remark-citations";
import fc from "fast-check";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";

const sources = catalog.sources;
const ids = sources.map((source) => String(source.id));

/** A piece of a paragraph: words, a bracketed citation, an author in text, an author's note. */
type Piece =
  | { kind: "words"; text: string }
  | { kind: "note"; cites: { id: string; page?: number; prefix?: string }[] }
  | { kind: "in-text"; id: string }
  | { kind: "footnote"; label: string; cites: string[] };

const word = fc.constantFrom(
  "les",
  "partenariats",
  "maires",
  "territoire",
  "impact",
  "74 %",
  "co-construction",
);
const piece: fc.Arbitrary<Piece> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(word, { minLength: 1, maxLength: 4 })
      .map((words) => ({ kind: "words" as const, text: words.join(" ") })),
  },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.record(
          {
            id: fc.constantFrom(...ids),
            page: fc.integer({ min: 1, max: 40 }),
            prefix: fc.constantFrom("voir", "cf."),
          },
          { requiredKeys: ["id"] },
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((cites) => ({ kind: "note" as const, cites })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => ({ kind: "in-text" as const, id })) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...ids), { maxLength: 2 })
      .map((cites) => ({ kind: "footnote" as const, label: "", cites })),
  },
);
const documents = fc.array(fc.array(piece, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 5,
});

/** The Markdown of a generated document, and the citations a correct plugin must make of it. */
function build(paragraphs: Piece[][]) {
  const lines: string[] = [];
  const definitions: string[] = [];
  const citations: Citation[] = [];
  let noteNumber = 0;
  let footnotes = 0;
  for (const pieces of paragraphs) {
    const parts: string[] = [];
    for (const piece of pieces) {
      if (piece.kind === "words") {
        parts.push(` ${piece.text}`);
      } else if (piece.kind === "note") {
        const written = piece.cites.map(
          (cite) =>
            `${cite.prefix === undefined ? "" : `${cite.prefix} `}@${cite.id}${cite.page === undefined ? "" : `, p. ${cite.page}`}`,
        );
        parts.push(` [${written.join("; ")}]`);
        noteNumber += 1;
        citations.push({
          noteNumber,
          cites: piece.cites.map((cite) => ({
            id: cite.id,
            ...(cite.page === undefined ? {} : { locator: String(cite.page) }),
            ...(cite.prefix === undefined ? {} : { prefix: cite.prefix }),
          })),
        });
      } else if (piece.kind === "in-text") {
        parts.push(` @${piece.id}`);
        noteNumber += 1;
        citations.push({ noteNumber, cites: [{ id: piece.id }] });
      } else {
        footnotes += 1;
        const label = `n${footnotes}`;
        parts.push(`[^${label}]`);
        noteNumber += 1;
        const inside = piece.cites.map((id) => `[@${id}]`).join(" puis ");
        definitions.push(`[^${label}]: Note de l’auteur ${inside}.`);
        if (piece.cites.length > 0) {
          citations.push({ noteNumber, cites: piece.cites.map((id) => ({ id })) });
        }
      }
    }
    lines.push(`Texte${parts.join("")}.`);
  }
  return { markdown: [...lines, ...definitions].join("\n\n"), citations, notes: noteNumber };
}

const pipeline = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCitations, { sources })
  .use(remarkRehype)
  .use(rehypeStringify)
  .freeze();
const markdownPipeline = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCitations, { sources })
  .use(remarkStringify)
  .freeze();

const text = (html: string) =>
  html
    .replace(/\s*<a href="#user-content-fnref[^>]*>[^<]*<\/a>/g, "")
    .replace(/<[^>]+>/g, "")
    .replaceAll("&#x26;", "&")
    .trim();

describe("properties of random documents citing the catalog", () => {
  it("one note per citation and author's note, numbered 1..n, no citation syntax left, notes as formatNotes writes them", async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (paragraphs) => {
        const { markdown, citations, notes } = build(paragraphs);
        const file = await pipeline.process(markdown);
        const html = String(file);
        expect(file.messages).toEqual([]);
        // Calls numbered 1..n in document order, one footnote per note.
        const calls = [...html.matchAll(/data-footnote-ref[^>]*>(\d+)<\/a>/g)].map((m) =>
          Number(m[1]),
        );
        expect(calls).toEqual(Array.from({ length: notes }, (_, index) => index + 1));
        const items = [...html.matchAll(/<li id="user-content-fn-[^"]+">([\s\S]*?)<\/li>/g)].map(
          (m) => text(m[1] ?? ""),
        );
        expect(items).toHaveLength(notes);
        // No citation syntax left, in HTML or in Markdown.
        // (A title may hold an `@`, as `@etalab/decoupage-administratif` does: look for keys.)
        const out = String(await markdownPipeline.process(markdown));
        for (const id of ids) {
          expect(html).not.toContain(`@${id}`);
          expect(out).not.toContain(`@${id}`);
        }
        expect(html).not.toContain("[@");
        const definitions = out.match(/^\[\^cite-\d+\]:/gm) ?? [];
        const ownNotes = paragraphs.flat().filter((piece) => piece.kind === "footnote").length;
        expect(definitions).toHaveLength(notes - ownNotes);
        // Each note that holds citations reads as formatNotes writes them.
        const expected = formatNotes(citations, sources);
        // (In an author's note, after their words, Ibid. is written ibid.)
        for (const note of expected) {
          expect(items[note.noteNumber - 1]?.toLowerCase()).toContain(
            note.cites[0]?.replace(/\.$/, "").toLowerCase(),
          );
        }
        const alone = expected.filter(
          (note) => !items[note.noteNumber - 1]?.startsWith("Note de l’auteur"),
        );
        for (const note of alone) expect(items[note.noteNumber - 1]).toBe(note.text);
      }),
      { numRuns: 60 },
    );
  });
});
