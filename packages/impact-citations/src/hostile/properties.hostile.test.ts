// Property-based hostile-input suite (issue 16): text from data never controls a page or a
// terminal through a rendered reference, and hostile CSL-JSON is refused, never a crash.
import { ImpactValidationError } from "@observatoire/impact-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  controlText,
  hasUnsafeCharacter,
  hostileJson,
  hostileRuns,
} from "../../../../scripts/hostile-arbitraries";
import { formatReference, fromCslJson } from "../index";

const runs = { numRuns: hostileRuns() };

describe("hostile text in references", () => {
  it("text, Markdown and HTML carry no control, bidi or zero-width character, HTML no raw tag", () => {
    fc.assert(
      fc.property(
        controlText.filter((t) => t.trim() !== ""),
        controlText.filter((t) => t.trim() !== ""),
        fc.constantFrom("observatoire", "iso690", "apa"),
        fc.constantFrom("text", "markdown", "html"),
        (title, publisher, style, format) => {
          let source: ReturnType<typeof fromCslJson>[number];
          try {
            [source] = fromCslJson([{ id: "s", type: "report", title, publisher }]) as [never];
          } catch (error) {
            // An all-invisible title is refused by the schema: also a clear answer.
            if (error instanceof ImpactValidationError) return;
            throw error;
          }
          const out = formatReference(source, { style, format });
          expect(hasUnsafeCharacter(out)).toBe(false);
          if (format === "html") expect(out).not.toContain("<script>");
        },
      ),
      runs,
    );
  });

  it("fromCslJson refuses hostile structures with an ImpactValidationError", () => {
    fc.assert(
      fc.property(hostileJson, (extra) => {
        try {
          fromCslJson([{ id: "s", type: "report", title: "T", extra }]);
        } catch (error) {
          if (!(error instanceof ImpactValidationError)) throw error;
        }
      }),
      runs,
    );
  });
});
