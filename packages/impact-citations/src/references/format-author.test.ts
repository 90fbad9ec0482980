import { describe, expect, it } from "vitest";
import { formatAuthor } from "./format-author";

const person = (family: string, given = "A.") => ({ family, given });

describe("formatAuthor", () => {
  it("lists up to three family names, then et al., in the locale", () => {
    const three = {
      id: "a",
      type: "book" as const,
      title: "T",
      author: [person("Dupont"), person("Martin"), person("Durand")],
    };
    expect(formatAuthor(three)).toBe("Dupont, Martin et Durand");
    expect(formatAuthor(three, { locale: "en" })).toBe("Dupont, Martin and Durand");
    const four = { ...three, author: [...three.author, person("Petit")] };
    expect(formatAuthor(four)).toBe("Dupont et\u00a0al.");
    expect(formatAuthor(four, { format: "html" })).toBe("Dupont <i>et\u00a0al.</i>");
  });

  it("falls back on the editors, the publisher, then the short title", () => {
    const edited = { id: "b", type: "book" as const, title: "T", editor: [person("Leroy")] };
    expect(formatAuthor(edited)).toBe("Leroy");
    expect(
      formatAuthor({ id: "c", type: "report", title: "Titre long", "title-short": "Titre" }),
    ).toBe("Titre");
    expect(
      formatAuthor({ id: "d", type: "report", title: "*Titre*" }, { format: "markdown" }),
    ).toBe("*\\*Titre\\**");
  });

  it("keeps particles and never lets data become markup", () => {
    const source = {
      id: "e",
      type: "book" as const,
      title: "T",
      author: [{ family: "Gaulle", "non-dropping-particle": "de", given: "Charles" }],
    };
    expect(formatAuthor(source)).toBe("de Gaulle");
    const hostile = {
      id: "f",
      type: "book" as const,
      title: "T",
      author: [{ literal: "<b>X</b>\u202e" }],
    };
    expect(formatAuthor(hostile, { format: "html" })).toBe("&lt;b&gt;X&lt;/b&gt;");
  });
});
