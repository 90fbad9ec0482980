import type { Source } from "@observatoire/impact-core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CitePosition,
  createNoteRegistry,
  type FormattedNote,
  formatNotes,
  formatReference,
  fromCslJson,
  notePositions,
  toCslJson,
} from "./index";

describe("public types", () => {
  it("accepts hand-written CSL-JSON and validated sources alike", () => {
    const validated = {} as Source;
    expectTypeOf(formatReference(validated)).toEqualTypeOf<string>();
    expectTypeOf(formatReference({ id: "x", type: "report", title: "T" })).toEqualTypeOf<string>();
    // @ts-expect-error an unknown CSL type is refused at compile time
    formatReference({ id: "x", type: "repport", title: "T" });
    // @ts-expect-error an unknown style is refused at compile time
    formatReference(validated, { style: "chicago" });
  });

  it("options accept undefined (exactOptionalPropertyTypes)", () => {
    formatReference(
      { id: "x", type: "book", title: "T" },
      { style: undefined, locator: undefined },
    );
    notePositions([], { nearNoteDistance: undefined });
  });

  it("returns typed notes, positions and sources", () => {
    expectTypeOf(formatNotes([], [])).toEqualTypeOf<FormattedNote[]>();
    expectTypeOf(notePositions([])).toEqualTypeOf<CitePosition[][]>();
    expectTypeOf<CitePosition["position"]>().toEqualTypeOf<
      "first" | "subsequent" | "ibid" | "ibid-with-locator"
    >();
    expectTypeOf(fromCslJson([])).toEqualTypeOf<Source[]>();
    expectTypeOf(toCslJson([])).toEqualTypeOf<Record<string, unknown>[]>();
    expectTypeOf(createNoteRegistry().cite).returns.toEqualTypeOf<string>();
  });
});
