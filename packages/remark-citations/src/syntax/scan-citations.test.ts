import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanCitations } from "./scan-citations";
import { mapSource, pointsOf } from "./source-map";
import { splitLocator } from "./split-locator";

const cites = (text: string) =>
  scanCitations(text).citations.map((citation) => ({
    kind: citation.kind,
    text: text.slice(citation.start, citation.end),
    cites: citation.cites.map(({ id, prefix, locator, suffix, suppressAuthor }) => ({
      id,
      prefix,
      locator,
      suffix,
      suppressAuthor,
    })),
  }));

describe("scanCitations (pandoc syntax)", () => {
  it("reads notes, prefixes, locators, suffixes and the suppressed author", () => {
    expect(cites("Voir [see @a, chap. 2; -@b, p. 12-15 et passim] ici.")).toEqual([
      {
        kind: "note",
        text: "[see @a, chap. 2; -@b, p. 12-15 et passim]",
        cites: [
          { id: "a", prefix: "see", locator: "chap. 2", suffix: "", suppressAuthor: false },
          { id: "b", prefix: "", locator: "12-15", suffix: "et passim", suppressAuthor: true },
        ],
      },
    ]);
  });

  it("reads an author in text, with a bracketed locator after it", () => {
    expect(cites("@dupont2019 [p. 33] dit que @martin:2020.")).toEqual([
      {
        kind: "in-text",
        text: "@dupont2019 [p. 33]",
        cites: [{ id: "dupont2019", prefix: "", locator: "33", suffix: "", suppressAuthor: false }],
      },
      {
        kind: "in-text",
        text: "@martin:2020",
        cites: [
          { id: "martin:2020", prefix: "", locator: undefined, suffix: "", suppressAuthor: false },
        ],
      },
    ]);
  });

  it("follows pandoc's key rule: internal punctuation kept, final punctuation left out, braces", () => {
    expect(cites("@a.b-c/d? @_x. @1999: @{une clé}").map((found) => found.cites[0]?.id)).toEqual([
      "a.b-c/d",
      "_x",
      "1999",
      "une clé",
    ]);
  });

  it("ignores emails, words glued to @, escaped characters and brackets without a key", () => {
    expect(cites("a@b.fr x@@y [1] [voir la note] mail@example.org")).toEqual([]);
    const text = "[@a] @b";
    const escaped = (index: number) => index === 0 || index === 5;
    expect(scanCitations(text, escaped).citations).toEqual([]);
  });

  it("reports brackets that hold a key but are not citations", () => {
    const found = (text: string) => scanCitations(text).malformed.map((bad) => bad.reason);
    expect(found("[@a; sans clé]")).toEqual(["a part between semicolons has no @key"]);
    expect(found("[@a @b]")).toEqual([
      "a part between semicolons holds two @keys; separate cites with ';'",
    ]);
    expect(found("[@a sans fin")).toEqual([
      "a citation opened with '[' is not closed with ']' in the same run of text",
    ]);
  });

  it("finds nothing in text without a key-like @ (property)", () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.includes("@")),
        (text) => {
          expect(scanCitations(text)).toEqual({ citations: [], malformed: [] });
        },
      ),
    );
  });

  it("keeps every citation inside the text, in order, without overlap (property)", () => {
    const parts = fc.array(
      fc.constantFrom("[@a]", "@b", " ", "x", "[", "]", ";", "-", ",", "p. 3", "@", "\\", "a@b"),
    );
    fc.assert(
      fc.property(parts, (pieces) => {
        const text = pieces.join("");
        let end = 0;
        for (const citation of scanCitations(text).citations) {
          expect(citation.start).toBeGreaterThanOrEqual(end);
          expect(citation.end).toBeGreaterThan(citation.start);
          expect(citation.end).toBeLessThanOrEqual(text.length);
          expect(citation.cites.length).toBeGreaterThan(0);
          end = citation.end;
        }
      }),
    );
  });
});

describe("splitLocator", () => {
  it("reads pages, ranges and labelled locators", () => {
    expect(splitLocator(", p. 12")).toEqual({ locator: "12", suffix: "" });
    expect(splitLocator(", pp. 12–15, note 3")).toEqual({ locator: "12-15", suffix: ", note 3" });
    expect(splitLocator(" 7")).toEqual({ locator: "7", suffix: "" });
    expect(splitLocator(", § 4 et suiv.")).toEqual({ locator: "§ 4", suffix: "et suiv." });
    expect(splitLocator(", vol. II")).toEqual({ locator: "vol. II", suffix: "" });
    expect(splitLocator(", et passim")).toEqual({ locator: undefined, suffix: ", et passim" });
    expect(splitLocator(", tout")).toEqual({ locator: undefined, suffix: ", tout" });
  });
});

describe("mapSource", () => {
  it("maps a value to its source through escapes, references and blockquote marks", () => {
    const source = "\\[a &#64;b\n> c";
    const value = "[a @b\nc";
    const map = mapSource(value, source, 10);
    expect([map.escaped(0), map.escaped(1), map.escaped(3), map.escaped(4)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([map.offset(0), map.offset(1), map.offset(3), map.offset(4), map.offset(6)]).toEqual([
      10, 12, 14, 19, 23,
    ]);
    expect(map.offset(value.length)).toBe(24);
  });

  it("gives lines and columns of offsets", () => {
    const point = pointsOf("ab\ncd\n\nef");
    expect([point(0), point(4), point(7)]).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 2, column: 2, offset: 4 },
      { line: 4, column: 1, offset: 7 },
    ]);
  });
});
