import { readFileSync } from "node:fs";
import { formatReference } from "@observatoire/impact-citations";
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";

// The seed's five notes, copied byte for byte from its last lines (U+00A0 inside the
// guillemets, no final newline).
const seedNotes = readFileSync(new URL("./__fixtures__/seed-notes.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "");

/** The catalog source behind each seed note, in note order. */
const NOTE_SOURCES = [
  "etude-impact-citoyens-2019",
  "rapport-quinquennal-phare-2018-note-2",
  "actes-colloque-impacts-alliances-2018",
  "note-prospective-impacts-alliances-2017",
  "rapport-quinquennal-phare-2018",
] as const;

const sourceById = new Map(catalog.sources.map((source) => [source.id as string, source]));

describe("the seed's five notes, rendered from the catalog's sources", () => {
  it("are five lines with no-break spaces inside the guillemets", () => {
    expect(seedNotes).toHaveLength(5);
    expect(seedNotes[2]).toContain("«\u00a0les impacts");
  });

  it("come out byte for byte in the observatoire style", () => {
    const rendered = NOTE_SOURCES.map((id, index) => {
      const source = sourceById.get(id);
      if (source === undefined) throw new Error(`missing source ${id}`);
      const text = formatReference(source, { style: "observatoire", format: "text", locale: "fr" });
      return `[${index + 1}] ${text}`;
    });
    expect(rendered).toEqual(seedNotes);
  });

  it("cite one PHARE report under two wordings, tied by the note of the second", () => {
    const [note2, note5] = [sourceById.get(NOTE_SOURCES[1]), sourceById.get(NOTE_SOURCES[4])];
    expect(note2?.issued).toEqual(note5?.issued);
    expect(note2?.author).toEqual(note5?.author);
    expect(note2?.note).toContain("rapport-quinquennal-phare-2018");
  });

  it("leave every source of the catalog renderable in the observatoire style", () => {
    for (const source of catalog.sources) {
      for (const format of ["text", "markdown", "html"] as const) {
        expect(formatReference(source, { format, locale: "fr" })).not.toBe("");
      }
    }
  });

  it("leave untitled only the sources whose title is not known", () => {
    // ISO 690 and APA need a title; three carenews.com articles are known by subject
    // or date and five sites by domain only, so those stay untitled rather than invented.
    const untitled = catalog.sources.filter((source) => source.title === undefined);
    expect(untitled.map((source) => source.id)).toEqual([
      "carenews-phare-citoyens",
      "carenews-2020-11-23",
      "carenews-2023-01-26",
      "reseau-alliances-org",
      "latwoconseil-fr",
      "letowski-fr",
      "villesaucarre-org",
      "isbl-consultants-fr",
    ]);
    for (const source of catalog.sources) {
      if (source.title === undefined) continue;
      for (const style of ["iso690", "apa"] as const) {
        expect(formatReference(source, { style, locale: "fr" })).not.toBe("");
      }
    }
  });
});
