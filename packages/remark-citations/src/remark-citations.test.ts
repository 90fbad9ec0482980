import { readFileSync } from "node:fs";
import { type CitableSource, formatNotes } from "@observatoire/impact-citations";
import { isImpactError } from "@observatoire/impact-core";
import { catalog } from "@observatoire/impact-data";
import remarkCitations, { type RemarkCitationsOptions } from "@observatoire/remark-citations";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";

const sources = catalog.sources;
const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

/** Markdown in, Markdown out (footnotes written by remark-gfm). */
async function toMarkdown(markdown: string, options: Partial<RemarkCitationsOptions> = {}) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations, { sources, ...options })
    .use(remarkStringify)
    .process(markdown);
  return { markdown: String(file), messages: file.messages };
}

async function toHtml(markdown: string, options: Partial<RemarkCitationsOptions> = {}) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations, { sources, ...options })
    .use(remarkRehype, { footnoteLabel: "Notes", footnoteBackLabel: "Retour à l’appel" })
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

/** The text of each footnote of the HTML, in order, tags and back links removed. */
function footnotes(html: string): string[] {
  const section = html.slice(html.indexOf("<section data-footnotes"));
  return [
    ...section.matchAll(/<li id="user-content-fn-[^"]+">\s*<p>([\s\S]*?)<\/p>\s*<\/li>/g),
  ].map((match) =>
    (match[1] ?? "")
      .replace(/\s*<a href="#user-content-fnref[^>]*>[^<]*<\/a>/g, "")
      .replace(/<[^>]+>/g, "")
      .replaceAll("&#x26;", "&"),
  );
}

/** The numbers of the note calls, in document order. */
const calls = (html: string) =>
  [...html.matchAll(/data-footnote-ref[^>]*>(\d+)<\/a><\/sup>/g)].map((match) => Number(match[1]));

describe("the seed's five notes from a Markdown report", () => {
  it("writes the page's notes byte for byte, calls glued to the word before them", async () => {
    const seed = readFileSync(
      new URL("../../impact-citations/src/__fixtures__/seed.txt", import.meta.url),
      "utf8",
    );
    const golden = [...seed.matchAll(/^\[\d\] (.+)$/gm)].map((match) => match[1]);
    expect(golden).toHaveLength(5);
    const html = await toHtml(fixture("seed-report.md"));
    expect(footnotes(html)).toEqual(golden);
    expect(calls(html)).toEqual([1, 2, 3, 4, 5]);
    expect(html).toContain("74 % des Français<sup>");
    expect(html).toContain("d’emploi<sup>");
    expect(html).toContain("au service du bien commun »<sup>");
    expect(html).not.toContain("[@");
  });
});

describe("positions", () => {
  it("Ibid., Ibid. with a page, op. cit. after another source, page locators", async () => {
    const { markdown } = await toMarkdown(
      [
        "A [@etude-impact-citoyens-2019, p. 12].",
        "B [@etude-impact-citoyens-2019, p. 14].",
        "C [@etude-impact-citoyens-2019, p. 14].",
        "D [@rapport-quinquennal-phare-2018].",
        "E [@etude-impact-citoyens-2019, pp. 3-5].",
      ].join("\n\n"),
    );
    expect(markdown).toContain(
      "[^cite-1]: Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019), p.\u00a012",
    );
    expect(markdown).toContain("[^cite-2]: *Ibid.*, p.\u00a014");
    expect(markdown).toContain("[^cite-3]: *Ibid.*\n");
    expect(markdown).toContain(
      "[^cite-5]: Etude IMPACT-Citoyens, *op.\u00a0cit.*, p.\u00a03\u20115",
    );
  });

  it("several cites in one note, with a prefix and a labelled locator: [see @a, chap. 2; @b]", async () => {
    const { markdown } = await toMarkdown(
      "Texte [voir @etude-impact-citoyens-2019, chap. 2; @rapport-quinquennal-phare-2018].\n\nSuite [@rapport-quinquennal-phare-2018].",
    );
    expect(markdown).toContain(
      "[^cite-1]: Voir Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019), chap. 2\u202f; Rapport quinquennal PHARE «\u00a0fragilités et co-construction territoriale\u00a0» (Observatoire des partenariats, février 2018)",
    );
    // The previous note holds two cites: no Ibid. (CSL 1.0.2).
    expect(markdown).toContain(
      "[^cite-2]: Rapport quinquennal PHARE «\u00a0fragilités et co-construction territoriale\u00a0», *op.\u00a0cit.*",
    );
  });

  it("the notes equal formatNotes on the same citations, in every style and locale", async () => {
    const text =
      "Un [@etude-impact-citoyens-2019, p. 3]. Deux [@etude-impact-citoyens-2019]. Trois [@carenews-2020-11-23; @etude-impact-citoyens-2019].";
    for (const style of ["observatoire", "iso690", "apa"] as const) {
      for (const locale of ["fr", "en"] as const) {
        const html = await toHtml(text, { style, locale });
        const expected = formatNotes(
          [
            { noteNumber: 1, cites: [{ id: "etude-impact-citoyens-2019", locator: "3" }] },
            { noteNumber: 2, cites: [{ id: "etude-impact-citoyens-2019" }] },
            {
              noteNumber: 3,
              cites: [{ id: "carenews-2020-11-23" }, { id: "etude-impact-citoyens-2019" }],
            },
          ],
          sources,
          { style, locale },
        ).map((note) => note.text);
        expect(footnotes(html), `${style} ${locale}`).toEqual(expected);
      }
    }
  });
});

describe("author in text, suppressed author", () => {
  it("@id names the author in the text and puts the reference in a note; [-@id] is the note alone", async () => {
    const { markdown } = await toMarkdown(
      "Selon @etude-impact-citoyens-2019 [p. 7], les Français agissent. Les maires aussi [-@rapport-quinquennal-phare-2018].",
    );
    expect(markdown).toContain(
      "Selon Comisis-OpinionWay[^cite-1], les Français agissent. Les maires aussi[^cite-2].",
    );
    expect(markdown).toContain(
      "[^cite-1]: Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019), p.\u00a07",
    );
  });

  it("names people by family name, in the locale", async () => {
    const people: CitableSource[] = [
      {
        id: "dupont2020",
        type: "book",
        title: "Les alliances",
        author: [
          { family: "Dupont", given: "Jean" },
          { family: "Martin", given: "Anne" },
        ],
        issued: { "date-parts": [[2020]] },
      },
    ];
    const fr = await toMarkdown("Comme le montrent @dupont2020.", { sources: people });
    expect(fr.markdown).toContain("Comme le montrent Dupont et Martin[^cite-1].");
    const en = await toMarkdown("As @dupont2020 show.", { sources: people, locale: "en" });
    expect(en.markdown).toContain("As Dupont and Martin[^cite-1] show.");
  });
});

describe("the author's own footnotes", () => {
  it("share one numbering in document order, and take the citations written inside them", async () => {
    const markdown = [
      "Premier[^a], puis une citation [@etude-impact-citoyens-2019], puis[^b] et [@rapport-quinquennal-phare-2018, p. 4].",
      "",
      "[^b]: Une note qui cite [@rapport-quinquennal-phare-2018, p. 3] et [-@etude-impact-citoyens-2019].",
      "[^a]: Une note de l’auteur.",
    ].join("\n");
    const html = await toHtml(markdown);
    expect(calls(html)).toEqual([1, 2, 3, 4]);
    // (No-break spaces shown as spaces here; the other tests check them.)
    expect(footnotes(html).map((note) => note.replace(/[\u00a0\u202f]/g, " "))).toEqual([
      "Une note de l’auteur.",
      "Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019)",
      "Une note qui cite Rapport quinquennal PHARE « fragilités et co-construction territoriale » (Observatoire des partenariats, février 2018), p. 3 et Etude IMPACT-Citoyens, op. cit.",
      // Note 3 holds two cites, so note 4 is no Ibid. (CSL 1.0.2).
      "Rapport quinquennal PHARE « fragilités et co-construction territoriale », op. cit., p. 4",
    ]);
  });

  it("writes ibid. in lowercase after the author's words, Ibid. at the start of their note", async () => {
    const markdown = [
      "Un [@etude-impact-citoyens-2019]. Deux[^x]. Trois[^y].",
      "",
      "[^x]: Voir [@etude-impact-citoyens-2019, p. 2].",
      "[^y]: [@etude-impact-citoyens-2019, p. 3], et la suite.",
    ].join("\n");
    const notes = footnotes(await toHtml(markdown));
    expect(notes[1]).toBe("Voir ibid., p.\u00a02.");
    expect(notes[2]).toBe("Ibid., p.\u00a03, et la suite.");
  });
});

describe("what is not a citation", () => {
  it("leaves escapes, code, links, emails and words glued to @ alone", async () => {
    const markdown = [
      "Échappé \\[@etude-impact-citoyens-2019] et \\@etude-impact-citoyens-2019.",
      "Code `[@etude-impact-citoyens-2019]` et lien [voir @etude-impact-citoyens-2019](https://example.org).",
      "Écrire à contact@lerameau.fr ou à a@b.fr, entité &#64;etude-impact-citoyens-2019.",
      "",
      "```",
      "[@etude-impact-citoyens-2019]",
      "```",
    ].join("\n");
    const { markdown: out, messages } = await toMarkdown(markdown);
    expect(out).not.toContain("[^cite");
    expect(messages).toEqual([]);
  });

  it("reads keys with internal punctuation, and leaves the final period out", async () => {
    const keyed: CitableSource[] = [
      { id: "doe:2019/a.b", type: "book", title: "Un titre", issued: { "date-parts": [[2019]] } },
      { id: "key with spaces", type: "book", title: "Autre titre" },
    ];
    const { markdown, messages } = await toMarkdown(
      "Voir [@doe:2019/a.b]. Puis [@{key with spaces}]. Fin @doe:2019/a.b.",
      {
        sources: keyed,
      },
    );
    expect(messages).toEqual([]);
    expect(markdown).toContain("Voir[^cite-1]. Puis[^cite-2]. Fin *Un titre*[^cite-3].");
  });
});

describe("messages", () => {
  it("an unknown key is a warning at its line and column, and the text stays as written", async () => {
    const { markdown, messages } = await toMarkdown("Titre\n\nUne phrase [@inconnue, p. 3] ici.\n");
    expect(markdown).toContain("\\[@inconnue, p. 3] ici.");
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.ruleId).toBe("unknown-citation");
    expect(message?.source).toBe("remark-citations");
    expect(message?.fatal).toBe(false);
    expect([message?.line, message?.column]).toEqual([3, 13]);
    expect(message?.place).toMatchObject({ end: { line: 3, column: 22 } });
  });

  it("reports positions through escapes and blockquote marks", async () => {
    const { messages } = await toMarkdown("> Une \\* étoile\n> puis [@nulle-part].\n");
    expect(messages.map((message) => [message.line, message.column])).toEqual([[2, 9]]);
  });

  it("a malformed citation is a warning; the known cites of a citation are kept", async () => {
    const { markdown, messages } = await toMarkdown(
      "Mal [@etude-impact-citoyens-2019; et ceci]. Ouvert [@etude-impact-citoyens-2019 sans fin\n\nMixte [@inconnue; @etude-impact-citoyens-2019].",
    );
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ["malformed-citation", 1, 5],
      ["malformed-citation", 1, 52],
      ["unknown-citation", 3, 8],
    ]);
    expect(markdown).toContain("Mixte[^cite-1].");
  });

  it("shows control and bidi characters of the document in messages, and never writes them raw", async () => {
    const { markdown, messages } = await toMarkdown(
      "Clé [@{piège\u202Eeru}] et [@etude-impact-citoyens-2019, p. 3 et\u202E passim].",
    );
    expect(messages.map((message) => message.reason)).toEqual([
      'unknown citation key "piège\\u202Eeru": no source has this id',
    ]);
    expect(markdown).toContain("p.\u00a03 et passim");
    expect(markdown.split("[^cite-1]:")[1]).not.toContain("\u202E");
  });

  it('onUnknown: "error" makes the first problem fatal', async () => {
    const run = toMarkdown("Un [@etude-impact-citoyens-2019].\n\nDeux [@inconnue].", {
      onUnknown: "error",
    });
    await expect(run).rejects.toMatchObject({
      fatal: true,
      line: 3,
      column: 7,
      ruleId: "unknown-citation",
    });
  });
});

describe("bibliography", () => {
  it("appends the works cited under a heading in the document's language", async () => {
    const text =
      "A [@rapport-quinquennal-phare-2018]. B [@etude-impact-citoyens-2019]. C [@rapport-quinquennal-phare-2018].";
    const fr = await toMarkdown(text, { bibliography: true });
    expect(fr.markdown).toContain(
      "## Bibliographie\n\n* Rapport quinquennal PHARE «\u00a0fragilités et co-construction territoriale\u00a0» (Observatoire des partenariats, février 2018)\n* Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019)\n",
    );
    const en = await toMarkdown(text, { bibliography: true, locale: "en", style: "iso690" });
    expect(en.markdown).toMatch(
      /## References\n\n\* COMISIS-OPINIONWAY\. [^\n]+\n\* OBSERVATOIRE DES PARTENARIATS\. /,
    );
    const none = await toMarkdown("Rien à citer.", { bibliography: true });
    expect(none.markdown).toBe("Rien à citer.\n");
  });
});

describe("options", () => {
  const attach = (options: unknown) => () =>
    unified()
      .use(remarkCitations, options as RemarkCitationsOptions)
      .freeze();
  const code = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return isImpactError(error) ? [error.code, error.path.join(".")] : String(error);
    }
    return "no error";
  };

  it("are checked when the plugin is attached", () => {
    expect(code(attach(undefined))).toEqual(["INVALID_INPUT", "options"]);
    expect(code(attach({ sources: {} }))).toEqual(["INVALID_INPUT", "options.sources"]);
    expect(code(attach({ sources, style: "chicago" }))).toEqual(["INVALID_INPUT", "options.style"]);
    expect(code(attach({ sources, locale: "de" }))).toEqual(["INVALID_INPUT", "options.locale"]);
    expect(code(attach({ sources, bibliography: "yes" }))).toEqual([
      "INVALID_INPUT",
      "options.bibliography",
    ]);
    expect(code(attach({ sources, onUnknown: "ignore" }))).toEqual([
      "INVALID_INPUT",
      "options.onUnknown",
    ]);
    expect(code(attach({ sources: [sources[0], sources[0]] }))).toEqual([
      "DUPLICATE_ID",
      "sources.1.id",
    ]);
    expect(code(attach({ sources: [{ id: "x" }] }))).toEqual(["INVALID_INPUT", "sources.0.type"]);
  });

  it("do not clash with the author's footnote labels", async () => {
    const { markdown } = await toMarkdown(
      "Un[^cite-1] et [@etude-impact-citoyens-2019].\n\n[^cite-1]: À moi.\n",
    );
    expect(markdown).toContain("Un[^cite-1] et[^cite-2].");
    expect(markdown).toContain("[^cite-1]: À moi.");
  });
});
