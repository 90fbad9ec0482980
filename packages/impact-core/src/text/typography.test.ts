import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchTypography } from "./typography";

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

  it("sets the apostrophe, straight quotes and thousands", () => {
    expect(frenchTypography("l'IMPACT d'aujourd'hui")).toBe("l’IMPACT d’aujourd’hui");
    expect(frenchTypography('64 % veulent "jouer collectif".')).toBe(
      "64\u202f% veulent «\u00a0jouer collectif\u00a0».",
    );
    expect(frenchTypography("148 000 associations, 1 000 exemples")).toBe(
      "148\u202f000 associations, 1\u202f000 exemples",
    );
    expect(frenchTypography("1\u00a0234\u00a0567 réponses")).toBe("1\u202f234\u202f567 réponses");
  });

  it("leaves years, decimals, codes and English possessives of names alone", () => {
    for (const text of ["2008-2012", "en 2019", "6,6/10", "3,14159", "93000-x", "code 75056"]) {
      expect(frenchTypography(text)).toBe(text);
    }
  });

  it("is idempotent", () => {
    const signs = fc.constantFrom(
      "«",
      "»",
      ":",
      ";",
      "!",
      "?",
      "%",
      " ",
      "\u00a0",
      "a",
      "1",
      "/",
      "'",
      '"',
      "0",
    );
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
