import { describe, expect, it } from "vitest";
import type { CitableSource, Citation } from "../types";
import { formatNotes } from "./format-notes";

const sources: CitableSource[] = [
  {
    id: "phare",
    type: "report",
    genre: "Rapport quinquennal",
    "collection-title": "PHARE",
    title: "fragilités et co-construction territoriale",
    "title-short": "fragilités",
    author: [{ literal: "Observatoire des partenariats" }],
    issued: { "date-parts": [[2018, 2]] },
  },
  {
    id: "article",
    type: "article-journal",
    title: "Mesurer l’impact",
    author: [{ family: "Martin", given: "Anne" }],
    "container-title": "Revue de gestion",
    issued: { "date-parts": [[2019]] },
  },
];

const texts = (citations: Citation[], options = {}) =>
  formatNotes(citations, sources, options).map((note) => note.text);

describe("formatNotes", () => {
  it("Ibid., Ibid., p. 42, op. cit. with title-short, art. cit. for an article", () => {
    expect(
      texts([
        { noteNumber: 1, cites: [{ id: "phare" }] },
        { noteNumber: 2, cites: [{ id: "phare" }] },
        { noteNumber: 3, cites: [{ id: "phare", locator: "42" }] },
        { noteNumber: 4, cites: [{ id: "article" }] },
        { noteNumber: 5, cites: [{ id: "phare", locator: "7" }] },
        { noteNumber: 7, cites: [{ id: "article", locator: "3" }] },
      ]),
    ).toEqual([
      "Rapport quinquennal PHARE «\u00a0fragilités et co-construction territoriale\u00a0» (Observatoire des partenariats, février 2018)",
      "Ibid.",
      "Ibid., p.\u00a042",
      "Mesurer l’impact, Revue de gestion (Anne Martin, 2019)",
      "Rapport quinquennal PHARE «\u00a0fragilités\u00a0», op.\u00a0cit., p.\u00a07",
      "Mesurer l’impact, art.\u00a0cit., p.\u00a03",
    ]);
  });

  it("capitalises Ibid. only at the start of a note, sets it in italics in HTML and Markdown", () => {
    const citations: Citation[] = [
      { noteNumber: 1, cites: [{ id: "phare" }] },
      { noteNumber: 2, cites: [{ id: "phare" }, { id: "phare", locator: "5" }] },
    ];
    expect(texts(citations, { format: "html" })[1]).toBe(
      "<i>Ibid.</i>\u202f; <i>ibid.</i>, p.\u00a05",
    );
    expect(texts(citations, { format: "markdown" })[1]).toBe("*Ibid.*\u202f; *ibid.*, p.\u00a05");
    expect(texts(citations, { locale: "en" })[1]).toBe("Ibid.; ibid., p. 5");
  });

  it("drops the period of a reference followed by another cite (iso690)", () => {
    const [note] = texts([{ noteNumber: 1, cites: [{ id: "article" }, { id: "phare" }] }], {
      style: "iso690",
    });
    expect(note).toBe(
      "MARTIN, Anne. Mesurer l’impact. Revue de gestion. 2019\u202f; OBSERVATOIRE DES PARTENARIATS. Fragilités et co-construction territoriale. Rapport quinquennal. [S.\u00a0l.]\u00a0: [s.\u00a0n.], février 2018. PHARE.",
    );
  });

  it("APA: no ibid., author and year instead", () => {
    expect(
      texts(
        [
          { noteNumber: 1, cites: [{ id: "article" }] },
          { noteNumber: 2, cites: [{ id: "article", locator: "4" }] },
        ],
        { style: "apa", locale: "en" },
      ),
    ).toEqual(["Martin, A. (2019). Mesurer l’impact. Revue de gestion.", "Martin, 2019, p. 4"]);
  });

  it("lines: [n] in text and Markdown, <li value> in HTML", () => {
    const citations: Citation[] = [{ noteNumber: 3, cites: [{ id: "article" }] }];
    expect(formatNotes(citations, sources)[0]?.line).toBe(
      "[3] Mesurer l’impact, Revue de gestion (Anne Martin, 2019)",
    );
    expect(formatNotes(citations, sources, { format: "html" })[0]?.line).toBe(
      '<li value="3">Mesurer l’impact, <i>Revue de gestion</i> (Anne Martin, 2019)</li>',
    );
  });

  it("renders 10,000 notes in one pass, positions included", () => {
    const citations: Citation[] = Array.from({ length: 10_000 }, (_, k) => ({
      noteNumber: k + 1,
      cites: [{ id: k % 3 === 0 ? "article" : "phare", locator: String(k % 50) }],
    }));
    const notes = formatNotes(citations, sources);
    expect(notes).toHaveLength(10_000);
    expect(notes[2]?.text).toBe("Ibid., p.\u00a02");
    expect(notes[4]?.text).toBe(
      "Rapport quinquennal PHARE «\u00a0fragilités\u00a0», op.\u00a0cit., p.\u00a04",
    );
  });

  it("errors: unknown id, duplicate ids, bad note numbers, source errors with their index", () => {
    const fails = (run: () => unknown, code: string, path: (string | number)[]) => {
      try {
        run();
      } catch (error) {
        expect(error).toMatchObject({ code, path });
        return;
      }
      throw new Error("did not throw");
    };
    fails(
      () => formatNotes([{ noteNumber: 1, cites: [{ id: "phare" }, { id: "nope" }] }], sources),
      "UNKNOWN_REFERENCE",
      ["citations", 0, "cites", 1, "id"],
    );
    fails(
      () => formatNotes([], [sources[0] as CitableSource, sources[0] as CitableSource]),
      "DUPLICATE_ID",
      ["sources", 1, "id"],
    );
    fails(
      () =>
        formatNotes(
          [
            { noteNumber: 1, cites: [{ id: "phare" }] },
            { noteNumber: 1, cites: [{ id: "phare" }] },
          ],
          sources,
        ),
      "INVALID_INPUT",
      ["citations", 1, "noteNumber"],
    );
    fails(
      () =>
        formatNotes([{ noteNumber: 1, cites: [{ id: "t" }] }], [{ id: "t", type: "book" }], {
          style: "iso690",
        }),
      "INVALID_INPUT",
      ["sources", 0, "title"],
    );
    fails(() => formatNotes([], sources, { nearNoteDistance: 1.5 }), "INVALID_INPUT", [
      "options",
      "nearNoteDistance",
    ]);
  });

  it("writes CSL prefixes and suffixes, and each cite of a note apart in cites", () => {
    const notes = formatNotes(
      [
        {
          noteNumber: 1,
          cites: [{ id: "phare", prefix: "voir", locator: "12" }, { id: "article" }],
        },
        { noteNumber: 2, cites: [{ id: "article", prefix: "voir aussi", suffix: "et passim" }] },
        { noteNumber: 3, cites: [{ id: "article", prefix: "voir", suffix: ", note 4" }] },
        { noteNumber: 4, cites: [{ id: "article", locator: "3" }] },
      ],
      sources,
    );
    expect(notes.map((note) => note.text)).toEqual([
      "Voir Rapport quinquennal PHARE «\u00a0fragilités et co-construction territoriale\u00a0» (Observatoire des partenariats, février 2018), p.\u00a012\u202f; Mesurer l’impact, Revue de gestion (Anne Martin, 2019)",
      "Voir aussi Mesurer l’impact, art.\u00a0cit. et passim",
      "Voir ibid., note 4",
      "Ibid., p.\u00a03",
    ]);
    for (const note of notes) expect(note.cites.join("\u202f; ")).toBe(note.text);
    expect(notes[0]?.cites).toHaveLength(2);
    expect(() =>
      formatNotes(
        [{ noteNumber: 1, cites: [{ id: "phare", prefix: 3 as unknown as string }] }],
        sources,
      ),
    ).toThrow(/prefix must be a string/);
  });
});
