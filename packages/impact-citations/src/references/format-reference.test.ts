import { describe, expect, it } from "vitest";
import { formatNotes } from "../notes/format-notes";
import type { CitableSource } from "../types";
import { formatReference } from "./format-reference";

const book: CitableSource = {
  id: "dupont-2017",
  type: "book",
  title: "Les partenariats: une révolution silencieuse",
  "title-short": "Les partenariats",
  author: [
    { family: "Dupont", given: "Jean-Pierre" },
    { family: "Gaulle", given: "Charles", "non-dropping-particle": "de" },
  ],
  publisher: "Le RAMEAU",
  "publisher-place": "Paris",
  issued: { "date-parts": [[2017, 11, 1]] },
  URL: "https://www.example.org/partenariats",
  accessed: { "date-parts": [[2024, 3, 1]] },
};
const article: CitableSource = {
  id: "martin-2019",
  type: "article-journal",
  title: "Mesurer l’impact",
  author: [{ family: "Martin", given: "Anne" }],
  "container-title": "Revue de gestion",
  volume: 45,
  issue: "3",
  page: "12-30",
  issued: { "date-parts": [[2019]] },
  DOI: "10.1000/xyz",
};
const chapter: CitableSource = {
  id: "durand-2020",
  type: "chapter",
  title: "Le chapitre",
  author: [{ family: "Durand", given: "Marie" }],
  editor: [{ family: "Leroy", given: "Paul" }],
  "container-title": "Le livre collectif",
  publisher: "PUF",
  "publisher-place": "Paris",
  issued: { "date-parts": [["2020", "5"]] },
  page: "45-67",
};
const report: CitableSource = {
  id: "phare-2018",
  type: "report",
  genre: "Rapport quinquennal",
  "collection-title": "PHARE",
  title: "fragilités et co-construction territoriale",
  author: [{ literal: "Observatoire des partenariats" }],
  publisher: "Observatoire des partenariats",
  issued: { "date-parts": [[2018, 2]] },
};

describe("observatoire style", () => {
  it("quotes a title after a genre, unless it opens with an acronym; never without a genre", () => {
    const base = { id: "x", type: "report" as const, issued: { "date-parts": [[2016, 2, 29]] } };
    expect(
      formatReference({ ...base, genre: "Note", title: "Les modèles de co-construction" }),
    ).toBe("Note «\u00a0Les modèles de co-construction\u00a0» (29 février 2016)");
    expect(
      formatReference({ ...base, genre: "Etude", title: "ARPEA Entreprises & Territoires" }),
    ).toBe("Etude ARPEA Entreprises & Territoires (29 février 2016)");
    expect(formatReference({ ...base, title: "le titre seul" })).toBe(
      "le titre seul (29 février 2016)",
    );
    expect(formatReference({ ...base, genre: "Note", title: "«les impacts»" })).toBe(
      "Note «\u00a0les impacts\u00a0» (29 février 2016)",
    );
  });

  it("writes the first of the month 1er, and English dates and quotes in English", () => {
    const source = {
      id: "x",
      type: "report" as const,
      genre: "Note",
      title: "les impacts",
      publisher: "Le RAMEAU",
    };
    expect(formatReference({ ...source, issued: { "date-parts": [[2018, 2, 1]] } })).toBe(
      "Note «\u00a0les impacts\u00a0» (Le RAMEAU, 1er février 2018)",
    );
    expect(
      formatReference({ ...source, issued: { "date-parts": [[2018, 2, 1]] } }, { locale: "en" }),
    ).toBe("Note \u201cles impacts\u201d (Le RAMEAU, February 1, 2018)");
  });

  it("adds the locator with a no-break space and a no-break hyphen in ranges", () => {
    expect(formatReference(report, { locator: "12-15" })).toBe(
      "Rapport quinquennal PHARE «\u00a0fragilités et co-construction territoriale\u00a0» (Observatoire des partenariats, février 2018), p.\u00a012\u201115",
    );
    expect(formatReference(report, { locator: "annexe 2", locale: "en" })).toMatch(/\), annexe 2$/);
  });

  it("names the authors when there is no publisher, up to three", () => {
    const many = [1, 2, 3, 4].map((k) => ({ family: `Nom${k}`, given: "A." }));
    expect(
      formatReference({
        id: "x",
        type: "report",
        genre: "Etude",
        title: "IMPACT-X",
        author: many.slice(0, 2),
      }),
    ).toBe("Etude IMPACT-X (A. Nom1 et A. Nom2)");
    expect(
      formatReference(
        { id: "x", type: "report", genre: "Etude", title: "IMPACT-X", author: many },
        { format: "html" },
      ),
    ).toBe("Etude IMPACT-X (A. Nom1 <i>et\u00a0al.</i>)");
  });
});

describe("iso690 style", () => {
  it("book online: AUTHORS. Title [en ligne]. Place : Publisher, date. URL [consulté le]", () => {
    expect(formatReference(book, { style: "iso690" })).toBe(
      "DUPONT, Jean-Pierre et DE GAULLE, Charles. Les partenariats\u00a0: une révolution silencieuse [en ligne]. Paris\u00a0: Le RAMEAU, 1er novembre 2017. [Consulté le 1er mars 2024]. Disponible à l’adresse\u00a0: https://www.example.org/partenariats.",
    );
    expect(formatReference(book, { style: "iso690", format: "html" })).toContain(
      "<i>Les partenariats\u00a0: une révolution silencieuse</i> [en ligne]",
    );
  });

  it("article: title, periodical in italics, date, volume, number, pages, DOI", () => {
    expect(formatReference(article, { style: "iso690", format: "html" })).toBe(
      'MARTIN, Anne. Mesurer l’impact. <i>Revue de gestion</i> [en ligne]. 2019, Vol.\u00a045, n°\u00a03, p.\u00a012\u201130. DOI <a href="https://doi.org/10.1000/xyz">10.1000/xyz</a>.',
    );
  });

  it("chapter: Dans : EDITOR (dir.), Book. Place : Publisher, date, pages", () => {
    expect(formatReference(chapter, { style: "iso690" })).toBe(
      "DURAND, Marie. Le chapitre. Dans\u00a0: LEROY, Paul (dir.), Le livre collectif. Paris\u00a0: PUF, mai 2020, p.\u00a045\u201167.",
    );
    expect(formatReference(chapter, { style: "iso690", locale: "en" })).toBe(
      "DURAND, Marie. Le chapitre. In : LEROY, Paul (ed.), Le livre collectif. Paris : PUF, 2020. p. 45\u201367.",
    );
  });
});

describe("apa style", () => {
  it("English and French author lists, dates and DOIs", () => {
    expect(formatReference(book, { style: "apa", locale: "en" })).toBe(
      "Dupont, J.-P., & de Gaulle, C. (2017). Les partenariats: une révolution silencieuse. Le RAMEAU. https://www.example.org/partenariats",
    );
    expect(formatReference(book, { style: "apa" })).toBe(
      "Dupont, J.-P. et de Gaulle, C. (2017). Les partenariats\u00a0: une révolution silencieuse. Le RAMEAU. https://www.example.org/partenariats",
    );
    expect(formatReference(article, { style: "apa", locale: "en", format: "html" })).toBe(
      'Martin, A. (2019). Mesurer l’impact. <i>Revue de gestion</i>, <i>45</i>(3), 12\u201330. <a href="https://doi.org/10.1000/xyz">https://doi.org/10.1000/xyz</a>',
    );
  });

  it("group author: the publisher is left out when it is the author; genre in brackets", () => {
    expect(formatReference(report, { style: "apa" })).toBe(
      "Observatoire des partenariats. (2018). Fragilités et co-construction territoriale (PHARE) [Rapport quinquennal].",
    );
  });

  it("chapter with its editors", () => {
    expect(formatReference(chapter, { style: "apa", locale: "en" })).toBe(
      "Durand, M. (2020). Le chapitre. In P. Leroy (Ed.), Le livre collectif (pp. 45\u201367). PUF.",
    );
  });
});

describe("sources without a title", () => {
  const site: CitableSource = {
    id: "carenews-2020-11-23",
    type: "webpage",
    genre: "Article",
    "container-title": "carenews.com",
    issued: { "date-parts": [[2020, 11, 23]] },
  };
  const dataset: CitableSource = { id: "etalab", type: "dataset", publisher: "Etalab" };

  it("take the container title as their title, and write it once", () => {
    expect(formatReference(site, { style: "iso690" })).toBe(
      "carenews.com. Article. 23 novembre 2020.",
    );
    expect(formatReference(site, { style: "iso690", format: "html", locale: "en" })).toBe(
      "<i>carenews.com</i>. Article. 23 November 2020.",
    );
    expect(formatReference(site, { style: "apa" })).toBe(
      "carenews.com [Article]. (2020, 23 novembre).",
    );
    expect(formatReference(site, { style: "apa", locale: "en" })).toBe(
      "carenews.com [Article]. (2020, November 23).",
    );
  });

  it("take the publisher when there is no container title either, and write it once", () => {
    expect(formatReference(dataset, { style: "iso690" })).toBe("Etalab.");
    expect(formatReference(dataset, { style: "apa", locale: "en" })).toBe(
      "Etalab [Dataset]. (n.d.).",
    );
  });

  it("use the same element in the short form of a later cite", () => {
    const citations = [
      { noteNumber: 1, cites: [{ id: site.id }] },
      { noteNumber: 2, cites: [{ id: dataset.id }] },
      { noteNumber: 3, cites: [{ id: site.id, locator: "3" }] },
    ];
    const short = (style: "iso690" | "apa") =>
      formatNotes(citations, [site, dataset], { style, locale: "en" })[2]?.text;
    expect(short("iso690")).toBe("carenews.com, op. cit., p. 3");
    expect(short("apa")).toBe("carenews.com, 2020, p. 3");
  });
});

describe("formatReference: errors", () => {
  const fails = (run: () => unknown, code: string, path: (string | number)[]) => {
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ code, path });
      return;
    }
    throw new Error("did not throw");
  };

  it("names the bad option or field", () => {
    fails(() => formatReference(book, { format: "pdf" as "html" }), "INVALID_INPUT", [
      "options",
      "format",
    ]);
    fails(() => formatReference(book, { locale: "de" as "fr" }), "INVALID_INPUT", [
      "options",
      "locale",
    ]);
    fails(
      () => formatReference({ ...book, title: 3 } as unknown as CitableSource),
      "INVALID_INPUT",
      ["source", "title"],
    );
    fails(
      () => formatReference({ ...book, issued: { "date-parts": [[2019, 13]] } }),
      "INVALID_INPUT",
      ["source", "issued", "date-parts", 0, 1],
    );
    fails(
      () => formatReference({ ...book, author: [{ given: "Anne" }] } as CitableSource),
      "INVALID_INPUT",
      ["source", "author", 0],
    );
    fails(() => formatReference({ id: "x", type: "book" }, { style: "apa" }), "INVALID_INPUT", [
      "source",
      "title",
    ]);
    fails(() => formatReference({ id: "x", type: "book" }), "INVALID_INPUT", ["source", "title"]);
    fails(() => formatReference(null as unknown as CitableSource), "INVALID_INPUT", ["source"]);
  });
});
