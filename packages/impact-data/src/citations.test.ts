import {
  type CitableSource,
  type CitationLocale,
  type CitationStyle,
  formatNotes,
  formatReference,
  type OutputFormat,
} from "@observatoire/impact-citations";
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";

const STYLES: readonly CitationStyle[] = ["observatoire", "iso690", "apa"];
const FORMATS: readonly OutputFormat[] = ["text", "markdown", "html"];
const LOCALES: readonly CitationLocale[] = ["fr", "en"];
const sources = catalog.sources as readonly CitableSource[];

describe("every source of the catalog renders", () => {
  for (const style of STYLES) {
    it(`in the ${style} style, in every format and locale, in full and as a later cite`, () => {
      for (const format of FORMATS) {
        for (const locale of LOCALES) {
          for (const source of sources) {
            const text = formatReference(source, { style, format, locale });
            expect([source.id, text.length > 0, /undefined|NaN/.test(text)]).toEqual([
              source.id,
              true,
              false,
            ]);
          }
          // Each source cited once, then again two notes later: the short forms (op. cit.,
          // author and year) are rendered too, not only the full references.
          const cites = sources.map((source) => ({ noteNumber: 0, cites: [{ id: source.id }] }));
          const citations = [...cites, ...cites].map((citation, index) => ({
            ...citation,
            noteNumber: index + 1,
          }));
          const notes = formatNotes(citations, sources, { style, format, locale });
          expect(notes).toHaveLength(2 * sources.length);
        }
      }
    });
  }

  it("including the web pages known only by their site, named by it in ISO 690 and APA", () => {
    const titleless = sources.filter((source) => source.title === undefined);
    expect(titleless.map((source) => source.id)).toEqual([
      "carenews-phare-citoyens",
      "carenews-2020-11-23",
      "carenews-2023-01-26",
      "reseau-alliances-org",
      "latwoconseil-fr",
      "letowski-fr",
      "villesaucarre-org",
      "isbl-consultants-fr",
    ]);
    const [article] = titleless;
    expect(article && formatReference(article, { style: "iso690" })).toBe("carenews.com. Article.");
    expect(article && formatReference(article, { style: "apa", locale: "en" })).toBe(
      "carenews.com [Article]. (n.d.).",
    );
  });
});
