import { ImpactError } from "@observatoire/impact-core";
import type { Citation, CitePosition } from "../types";

/** Options of {@link notePositions}. */
export interface NotePositionsOptions {
  /**
   * How many notes back a previous cite of the same source still counts as near
   * (CSL `near-note-distance`); a non-negative integer, 5 when omitted.
   */
  readonly nearNoteDistance?: number | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Checks the citations' shape and that note numbers strictly increase. @internal */
export function checkCitations(citations: unknown): readonly Citation[] {
  if (!Array.isArray(citations)) {
    throw new ImpactError("INVALID_INPUT", "citations must be an array", { path: ["citations"] });
  }
  let previous = 0;
  for (let index = 0; index < citations.length; index += 1) {
    const citation: unknown = citations[index];
    // Paths are built only on failure: this loop runs once per note of a long document.
    const fail = (message: string, ...path: (string | number)[]): never => {
      throw new ImpactError("INVALID_INPUT", message, { path: ["citations", index, ...path] });
    };
    if (!isRecord(citation)) fail("a citation must be an object");
    const { noteNumber, cites } = citation as Record<string, unknown>;
    if (typeof noteNumber !== "number" || !Number.isSafeInteger(noteNumber) || noteNumber < 1) {
      return fail(`noteNumber must be a positive integer, got ${String(noteNumber)}`, "noteNumber");
    }
    if (noteNumber <= previous) {
      fail(
        `note numbers must strictly increase: note ${noteNumber} comes after note ${previous} (a note citing several sources is one citation with several cites)`,
        "noteNumber",
      );
    }
    previous = noteNumber;
    if (!Array.isArray(cites) || cites.length === 0) {
      return fail(`note ${noteNumber} needs at least one cite`, "cites");
    }
    for (let position = 0; position < cites.length; position += 1) {
      const cite: unknown = cites[position];
      if (!isRecord(cite) || typeof cite.id !== "string" || cite.id === "") {
        fail("a cite needs a non-empty string id", "cites", position, "id");
      }
      for (const field of ["locator", "prefix", "suffix"] as const) {
        const value = (cite as Record<string, unknown>)[field];
        if (value !== undefined && typeof value !== "string") {
          fail(`a ${field} must be a string, got ${typeof value}`, "cites", position, field);
        }
      }
    }
  }
  return citations as readonly Citation[];
}

/** @internal */
export function checkDistance(value: unknown): number {
  if (value === undefined) return 5;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new ImpactError(
      "INVALID_INPUT",
      `nearNoteDistance must be a non-negative integer, got ${String(value)}`,
      { path: ["options", "nearNoteDistance"] },
    );
  }
  return value;
}

/** The positions of already-checked citations, in one pass. @internal */
export function computePositions(
  citations: readonly Citation[],
  nearNoteDistance: number,
): CitePosition[][] {
  const lastNote = new Map<string, number>();
  const out: CitePosition[][] = [];
  let previous: Citation | undefined;
  for (const citation of citations) {
    const { noteNumber, cites } = citation;
    const positions: CitePosition[] = [];
    cites.forEach((cite, index) => {
      const last = lastNote.get(cite.id);
      let position: CitePosition["position"] = last === undefined ? "first" : "subsequent";
      let before: { readonly locator?: string | undefined } | undefined;
      if (index > 0) {
        const prior = cites[index - 1];
        if (prior?.id === cite.id) before = prior;
      } else if (
        previous !== undefined &&
        previous.cites.length === 1 &&
        previous.noteNumber === noteNumber - 1 &&
        previous.cites[0]?.id === cite.id
      ) {
        before = previous.cites[0];
      }
      if (before !== undefined) {
        if (before.locator === undefined) {
          position = cite.locator === undefined ? "ibid" : "ibid-with-locator";
        } else if (cite.locator !== undefined) {
          position = cite.locator === before.locator ? "ibid" : "ibid-with-locator";
        }
      }
      positions.push({
        position,
        nearNote: last !== undefined && noteNumber - last <= nearNoteDistance,
      });
      lastNote.set(cite.id, noteNumber);
    });
    out.push(positions);
    previous = citation;
  }
  return out;
}

/**
 * Computes the CSL 1.0.2 position of every cite of a document, in one pass:
 *
 * - `first`: the first cite of a source in the document; `subsequent`: any later one.
 * - `ibid` / `ibid-with-locator`: the cite directly follows a cite of the same source in
 *   the same note, or it opens its note and the previous note (numbered exactly one less)
 *   holds a single cite, of the same source. Same locator or none on both: `ibid`; a
 *   new or different locator: `ibid-with-locator`; the previous cite had a locator and
 *   this one has none: `subsequent`.
 * - `nearNote`: the source was cited earlier in this note or at most `nearNoteDistance`
 *   notes before.
 *
 * @param citations - the notes in document order, `{ noteNumber, cites: [{ id, locator? }] }`
 * @param options - `nearNoteDistance` (5)
 * @returns one array per citation, one `{ position, nearNote }` per cite
 * @throws {ImpactError} `INVALID_INPUT` when note numbers do not strictly increase, a
 *   citation has no cite, or a field has the wrong type
 * @example
 * import { notePositions } from "@observatoire/impact-citations";
 * const positions = notePositions([
 *   { noteNumber: 1, cites: [{ id: "phare" }] },
 *   { noteNumber: 2, cites: [{ id: "phare", locator: "12" }] },
 *   { noteNumber: 4, cites: [{ id: "phare", locator: "12" }] },
 * ]);
 * positions.map(([cite]) => cite?.position);
 * //=> ["first", "ibid-with-locator", "subsequent"]
 * notePositions([{ noteNumber: 2, cites: [{ id: "a" }] }, { noteNumber: 2, cites: [{ id: "b" }] }]);
 * //=> throws INVALID_INPUT
 */
export function notePositions(
  citations: readonly Citation[],
  options?: NotePositionsOptions | undefined,
): CitePosition[][] {
  const distance = checkDistance(options?.nearNoteDistance);
  return computePositions(checkCitations(citations), distance);
}
