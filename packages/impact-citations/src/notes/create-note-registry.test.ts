import { describe, expect, it } from "vitest";
import type { CitableSource } from "../types";
import { createNoteRegistry } from "./create-note-registry";

const etude: CitableSource = {
  id: "etude",
  type: "report",
  genre: "Etude",
  title: "IMPACT-Citoyens",
  author: [{ literal: "Comisis-OpinionWay" }],
  issued: { "date-parts": [[2019, 10]] },
};
const note: CitableSource = {
  id: "note",
  type: "report",
  genre: "Note prospective",
  title: "les impacts",
  author: [{ literal: "Le RAMEAU" }],
  issued: { "date-parts": [[2017, 12]] },
};

describe("createNoteRegistry", () => {
  it("numbers notes in citation order, with Ibid. and op. cit. (footnotes)", () => {
    const registry = createNoteRegistry({ sources: [etude, note] });
    expect([
      registry.cite("etude"),
      registry.cite("etude", { locator: "3" }),
      registry.cite(note),
      registry.cite("etude"),
    ]).toEqual(["[1]", "[2]", "[3]", "[4]"]);
    expect(registry.notes().map((n) => n.line)).toEqual([
      "[1] Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019)",
      "[2] Ibid., p.\u00a03",
      "[3] Note prospective «\u00a0les impacts\u00a0» (Le RAMEAU, décembre 2017)",
      "[4] Etude IMPACT-Citoyens, op.\u00a0cit.",
    ]);
  });

  it("reuses a number for the same source and locator when asked", () => {
    const registry = createNoteRegistry({ sources: [etude], reuseNumbers: true, format: "html" });
    expect([
      registry.cite("etude"),
      registry.cite("etude"),
      registry.cite("etude", { locator: "2" }),
    ]).toEqual(["<sup>1</sup>", "<sup>1</sup>", "<sup>2</sup>"]);
    expect(registry.notes()).toHaveLength(2);
  });

  it("errors: unknown id, another source under a known id, bad options", () => {
    const registry = createNoteRegistry({ sources: [etude] });
    expect(() => registry.cite("nope")).toThrow(
      expect.objectContaining({ code: "UNKNOWN_REFERENCE" }),
    );
    expect(() => registry.cite({ ...etude })).toThrow(
      expect.objectContaining({ code: "DUPLICATE_ID" }),
    );
    expect(() => createNoteRegistry({ reuseNumbers: "yes" as unknown as boolean })).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["options", "reuseNumbers"] }),
    );
    expect(() => createNoteRegistry({ style: "mla" as "apa" })).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["options", "style"] }),
    );
  });
});
