import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attachNoteCall } from "./attach-note-call";
import { frenchTypography } from "./french-typography";

describe("frenchTypography", () => {
  it("sets the spaces of guillemets, colons and the high signs", () => {
    expect(frenchTypography("« les impacts »")).toBe("«\u00a0les impacts\u00a0»");
    expect(frenchTypography("«les impacts»")).toBe("«\u00a0les impacts\u00a0»");
    expect(frenchTypography("sur le thème : x")).toBe("sur le thème\u00a0: x");
    expect(frenchTypography("Titre: sous-titre")).toBe("Titre\u00a0: sous-titre");
    expect(frenchTypography("Quoi ? Vraiment! Oui; non")).toBe(
      "Quoi\u202f? Vraiment\u202f! Oui\u202f; non",
    );
    expect(frenchTypography("74% et 81 %")).toBe("74\u202f% et 81\u202f%");
  });

  it("leaves times, URLs, query strings and hyphens alone", () => {
    for (const text of [
      "10:30",
      "https://example.org/a?b=1&c=2",
      "IMPACT-Citoyens",
      "co-construction",
      "a;b",
    ]) {
      expect(frenchTypography(text)).toBe(text);
    }
  });

  it("is idempotent", () => {
    const signs = fc.constantFrom("«", "»", ":", ";", "!", "?", "%", " ", "\u00a0", "a", "1", "/");
    fc.assert(
      fc.property(
        fc.array(signs, { maxLength: 20 }).map((chars) => chars.join("")),
        (text) => {
          const once = frenchTypography(text);
          expect(frenchTypography(once)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses what is not a string", () => {
    expect(() => frenchTypography(3 as unknown as string)).toThrow(/string/);
  });
});

describe("attachNoteCall", () => {
  it("puts the call before final punctuation, as the seed does", () => {
    expect(attachNoteCall("des Français", "[1]")).toBe("des Français[1]");
    expect(attachNoteCall("d’emploi.", "[2]")).toBe("d’emploi[2].");
    expect(attachNoteCall("PHARE, ", "[5]")).toBe("PHARE[5], ");
    expect(attachNoteCall("PHARE,", "[5]")).toBe("PHARE[5],");
    expect(attachNoteCall("stratégiques…", "[4]")).toBe("stratégiques[4]…");
  });

  it("after a quoted fragment, the call follows the guillemet; inside a quoted sentence, it precedes its period", () => {
    expect(attachNoteCall("«\u00a0les impacts\u00a0».", "[3]")).toBe(
      "«\u00a0les impacts\u00a0»[3].",
    );
    expect(attachNoteCall("«\u00a0les impacts\u00a0»", "[3]")).toBe("«\u00a0les impacts\u00a0»[3]");
    expect(attachNoteCall("«\u00a0Nous agirons.\u00a0»", "[1]")).toBe(
      "«\u00a0Nous agirons[1].\u00a0»",
    );
  });

  it("keeps the call against the word before a spaced sign", () => {
    expect(attachNoteCall("la maturité\u00a0:", "<sup>2</sup>")).toBe(
      "la maturité<sup>2</sup>\u00a0:",
    );
  });
});
