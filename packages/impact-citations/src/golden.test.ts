import { readFileSync } from "node:fs";
import { fromCslJson } from "@observatoire/impact-citations";
import { describe, expect, it } from "vitest";
import { createNoteRegistry, formatNotes, formatReference } from "./index";

const seed = readFileSync(
  // A verbatim copy of the document the project was created from (the Observatoire's
  // IMPACT programme page, with its five notes), so a clone tests on its own.
  new URL("./__fixtures__/seed.txt", import.meta.url),
  "utf8",
);
const items: unknown = JSON.parse(
  readFileSync(new URL("./__fixtures__/seed-sources.json", import.meta.url), "utf8"),
);
const sources = fromCslJson(items);
// The seed ends with its five notes, separated by blank lines, without a final newline.
const golden = seed.slice(seed.indexOf("[1] Etude"));

describe("the seed's five notes (observatoire style)", () => {
  it("are the seed's last lines, U+00A0 inside the guillemets", () => {
    expect(golden.split("\n\n")).toHaveLength(5);
    expect(golden).toContain("«\u00a0les impacts");
    expect(golden).toContain("territoriale\u00a0»");
  });

  it("come out byte for byte from the structured sources, one by one", () => {
    const lines = golden.split("\n\n");
    sources.forEach((source, index) => {
      expect(`[${index + 1}] ${formatReference(source)}`).toBe(lines[index]);
    });
  });

  it("come out byte for byte from formatNotes and from a note registry", () => {
    const notes = formatNotes(
      sources.map((source, index) => ({ noteNumber: index + 1, cites: [{ id: source.id }] })),
      sources,
    );
    expect(notes.map((note) => note.line).join("\n\n")).toBe(golden);
    const registry = createNoteRegistry({ sources, reuseNumbers: true });
    const calls = sources.map((source) => registry.cite(source.id));
    expect(calls).toEqual(["[1]", "[2]", "[3]", "[4]", "[5]"]);
    expect(registry.cite(sources[2]?.id ?? "")).toBe("[3]");
    expect(
      registry
        .notes()
        .map((note) => note.line)
        .join("\n\n"),
    ).toBe(golden);
  });

  it("keep their French typography in HTML and Markdown, data escaped", () => {
    expect(formatReference(sources[2] as (typeof sources)[number], { format: "html" })).toBe(
      "Actes du colloque «\u00a0les impacts des alliances innovantes au service du bien commun\u00a0» (Observatoire des partenariats, février 2018)",
    );
    expect(formatReference(sources[0] as (typeof sources)[number], { format: "markdown" })).toBe(
      "Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019)",
    );
  });
});
