import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Citation } from "../types";
import { notePositions } from "./note-positions";

const one = (noteNumber: number, id: string, locator?: string): Citation => ({
  noteNumber,
  cites: [locator === undefined ? { id } : { id, locator }],
});
const positionsOf = (citations: Citation[], distance?: number) =>
  notePositions(citations, distance === undefined ? {} : { nearNoteDistance: distance }).map(
    (cites) => cites.map((cite) => cite.position),
  );

describe("notePositions: CSL 1.0.2 positions", () => {
  it("first, then subsequent", () => {
    expect(positionsOf([one(1, "a"), one(2, "b"), one(3, "a")])).toEqual([
      ["first"],
      ["first"],
      ["subsequent"],
    ]);
  });

  it("ibid in the next note, without locators", () => {
    expect(positionsOf([one(1, "a"), one(2, "a")])).toEqual([["first"], ["ibid"]]);
  });

  it("no ibid after an intervening note without citation (note numbers 1 then 3)", () => {
    expect(positionsOf([one(1, "a"), one(3, "a")])).toEqual([["first"], ["subsequent"]]);
  });

  it("ibid-with-locator when the previous cite had no locator and this one has one", () => {
    expect(positionsOf([one(1, "a"), one(2, "a", "12")])).toEqual([
      ["first"],
      ["ibid-with-locator"],
    ]);
  });

  it("same locator: ibid; different locator: ibid-with-locator; none after one: subsequent", () => {
    expect(positionsOf([one(1, "a", "12"), one(2, "a", "12")])).toEqual([["first"], ["ibid"]]);
    expect(positionsOf([one(1, "a", "12"), one(2, "a", "13")])).toEqual([
      ["first"],
      ["ibid-with-locator"],
    ]);
    expect(positionsOf([one(1, "a", "12"), one(2, "a")])).toEqual([["first"], ["subsequent"]]);
  });

  it("no ibid when the previous note cites several sources", () => {
    const citations: Citation[] = [
      { noteNumber: 1, cites: [{ id: "b" }, { id: "a" }] },
      { noteNumber: 2, cites: [{ id: "a" }] },
    ];
    expect(positionsOf(citations)).toEqual([["first", "first"], ["subsequent"]]);
  });

  it("ibid for a cite that directly follows a cite of the same source in its note", () => {
    const citations: Citation[] = [
      { noteNumber: 1, cites: [{ id: "a" }, { id: "a", locator: "3" }, { id: "b" }, { id: "a" }] },
    ];
    expect(positionsOf(citations)).toEqual([["first", "ibid-with-locator", "first", "subsequent"]]);
  });

  it("ibid for the first cite of a note with several cites, after a single cite of it", () => {
    const citations: Citation[] = [
      { noteNumber: 1, cites: [{ id: "a" }] },
      { noteNumber: 2, cites: [{ id: "a" }, { id: "b" }] },
    ];
    expect(positionsOf(citations)).toEqual([["first"], ["ibid", "first"]]);
  });

  it("nearNote within the distance (5 by default), counted in notes", () => {
    const citations = [one(1, "a"), one(6, "a"), one(12, "a"), one(12 + 2, "a")];
    const near = notePositions(citations).map(([cite]) => cite?.nearNote);
    expect(near).toEqual([false, true, false, true]);
    const none = notePositions(citations, { nearNoteDistance: 0 }).map(([cite]) => cite?.nearNote);
    expect(none).toEqual([false, false, false, false]);
  });

  it("nearNote inside one note, even with a distance of 0", () => {
    const [cites] = notePositions(
      [{ noteNumber: 1, cites: [{ id: "a" }, { id: "b" }, { id: "a" }] }],
      {
        nearNoteDistance: 0,
      },
    );
    expect(cites?.map((cite) => cite.nearNote)).toEqual([false, false, true]);
  });

  it("refuses equal or decreasing note numbers, empty notes and bad options", () => {
    const fails = (run: () => unknown, path: (string | number)[]) => {
      try {
        run();
      } catch (error) {
        expect(error).toMatchObject({ code: "INVALID_INPUT", path });
        return;
      }
      throw new Error("did not throw");
    };
    fails(() => notePositions([one(2, "a"), one(2, "b")]), ["citations", 1, "noteNumber"]);
    fails(() => notePositions([one(3, "a"), one(1, "b")]), ["citations", 1, "noteNumber"]);
    fails(() => notePositions([one(0, "a")]), ["citations", 0, "noteNumber"]);
    fails(() => notePositions([one(1.5, "a")]), ["citations", 0, "noteNumber"]);
    fails(() => notePositions([{ noteNumber: 1, cites: [] }]), ["citations", 0, "cites"]);
    fails(
      () => notePositions([{ noteNumber: 1, cites: [{ id: "" }] }]),
      ["citations", 0, "cites", 0, "id"],
    );
    fails(
      () =>
        notePositions([{ noteNumber: 1, cites: [{ id: "a", locator: 12 as unknown as string }] }]),
      ["citations", 0, "cites", 0, "locator"],
    );
    fails(() => notePositions([], { nearNoteDistance: -1 }), ["options", "nearNoteDistance"]);
    fails(() => notePositions("x" as unknown as Citation[]), ["citations"]);
  });
});

/** A slow, obviously-correct reading of the rules, for the property test. */
function reference(citations: readonly Citation[], distance: number) {
  return citations.map((citation, c) =>
    citation.cites.map((cite, k) => {
      const earlier = citations
        .slice(0, c)
        .flatMap((prior) => prior.cites.map((x) => ({ ...x, note: prior.noteNumber })))
        .concat(citation.cites.slice(0, k).map((x) => ({ ...x, note: citation.noteNumber })))
        .filter((x) => x.id === cite.id);
      const last = earlier.at(-1);
      const nearNote = last !== undefined && citation.noteNumber - last.note <= distance;
      if (last === undefined) return { position: "first", nearNote };
      const prevCitation = citations[c - 1];
      const before =
        k > 0
          ? citation.cites[k - 1]?.id === cite.id
            ? citation.cites[k - 1]
            : undefined
          : prevCitation !== undefined &&
              prevCitation.cites.length === 1 &&
              prevCitation.noteNumber + 1 === citation.noteNumber &&
              prevCitation.cites[0]?.id === cite.id
            ? prevCitation.cites[0]
            : undefined;
      let position = "subsequent";
      if (before !== undefined) {
        if (before.locator === undefined)
          position = cite.locator === undefined ? "ibid" : "ibid-with-locator";
        else if (cite.locator !== undefined)
          position = before.locator === cite.locator ? "ibid" : "ibid-with-locator";
      }
      return { position, nearNote };
    }),
  );
}

const documentArbitrary = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 1, max: 4 }),
      cites: fc.array(
        fc.record(
          { id: fc.constantFrom("a", "b", "c"), locator: fc.constantFrom("1", "2") },
          { requiredKeys: ["id"] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { maxLength: 15 },
  )
  .map((notes) => {
    let noteNumber = 0;
    return notes.map(({ gap, cites }) => {
      noteNumber += gap;
      return { noteNumber, cites };
    });
  });

describe("notePositions: property", () => {
  it("matches a direct reading of the rules on random documents", () => {
    fc.assert(
      fc.property(documentArbitrary, fc.integer({ min: 0, max: 6 }), (citations, distance) => {
        expect(notePositions(citations, { nearNoteDistance: distance })).toEqual(
          reference(citations, distance),
        );
      }),
      { numRuns: 300 },
    );
  });
});
