// The defects listed in the issue "Bibliographies that match the official CSL styles",
// in text, Markdown and HTML, for the styles where they apply.
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { formatReference } from "../src/index";
import type { CitableSource, CitationLocale, CitationStyle, OutputFormat } from "../src/types";

const md = new MarkdownIt({ linkify: true, html: true });
const render = (
  source: CitableSource,
  style: CitationStyle,
  locale: CitationLocale,
  format: OutputFormat = "text",
) => formatReference(source, { style, locale, format });

describe("Zotero rich text in titles", () => {
  const source: CitableSource = {
    id: "r",
    type: "book",
    title:
      'Reading <i>Le Monde</i>: CO<sub>2</sub>, the XX<sup>e</sup>, <b>bold</b>, <span class="nocase">eBay</span> and <span style="font-variant:small-caps;">Unesco</span>',
    author: [{ family: "Thompson", given: "Mark" }],
    publisher: "Polity",
    issued: { "date-parts": [[2016]] },
    language: "en",
  };

  it("is plain in text, markup in HTML and Markdown, never printed as tags", () => {
    for (const style of ["apa", "iso690"] as const) {
      const text = render(source, style, "en");
      expect(text).toContain("Reading Le Monde: CO2, the XXe, bold, eBay and Unesco");
      const html = render(source, style, "en", "html");
      expect(html).toContain(
        '<i>Reading <span style="font-style:normal;">Le Monde</span>: CO<sub>2</sub>, the XX<sup>e</sup>, <b>bold</b>, eBay and <span style="font-variant:small-caps;">Unesco</span></i>',
      );
      expect(html).not.toContain("&lt;");
      const markdown = render(source, style, "en", "markdown");
      // No superscript or subscript in CommonMark: plain, never as tags a renderer may print.
      expect(md.renderInline(markdown)).toContain(": CO2, the XXe, ");
      expect(md.renderInline(markdown)).toContain("<strong>bold</strong>");
      expect(markdown).not.toContain("\\<");
    }
  });

  it("leaves any other tag, and an unclosed one, as inert text", () => {
    const hostile = {
      ...source,
      title: "<i>open and <script>alert(1)</script> <b onclick=x>b</b>",
    };
    const html = render(hostile, "apa", "en", "html");
    expect(html).toContain(
      "&lt;i&gt;Open and &lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=x&gt;b&lt;/b&gt;",
    );
    expect(render(hostile, "apa", "en")).toContain("<i>Open and <script>");
  });
});

describe("editions, issues, missing dates, series and report numbers", () => {
  const book: CitableSource = {
    id: "b",
    type: "book",
    title: "Research design",
    edition: "2",
    author: [{ family: "Creswell", given: "John W." }],
    publisher: "SAGE",
    "publisher-place": "London",
    issued: { "date-parts": [[2018]] },
  };

  it("prints editions: (2nd ed.), (2e éd.), 2e éd., 2nd ed.", () => {
    expect(render(book, "apa", "en")).toBe(
      "Creswell, J. W. (2018). Research design (2nd ed.). SAGE.",
    );
    expect(render(book, "apa", "fr")).toBe(
      "Creswell, J. W. (2018). Research design (2e éd.). SAGE.",
    );
    expect(render(book, "iso690", "fr")).toBe(
      "CRESWELL, John W. Research design. 2e éd. London\u00a0: SAGE, 2018.",
    );
    expect(render(book, "iso690", "en", "html")).toBe(
      "CRESWELL, John W. <i>Research design</i>. 2nd ed. London : SAGE, 2018.",
    );
  });

  it("prints [s. d.] and [no date] for a missing date, as the official styles do", () => {
    const undated = { ...book, issued: undefined };
    expect(render(undated, "iso690", "fr")).toContain("London\u00a0: SAGE, [s.\u00a0d.].");
    expect(render(undated, "iso690", "en")).toContain("London : SAGE, [no date].");
    expect(render(undated, "apa", "en")).toContain("(n.d.)");
  });

  it("keeps a series number and a report number", () => {
    const qsj: CitableSource = {
      ...book,
      edition: undefined,
      "collection-title": "Que sais-je ?",
      "collection-number": 3,
    };
    expect(render(qsj, "iso690", "fr", "markdown")).toContain("Que sais-je\u202f?, 3.");
    const report: CitableSource = {
      id: "r",
      type: "report",
      genre: "Working paper",
      number: "17",
      title: "Measuring impact",
      publisher: "Brookings",
      issued: { "date-parts": [[2020]] },
      language: "en",
    };
    expect(render(report, "apa", "en")).toBe(
      "Measuring impact (Working Paper No. 17). (2020). Brookings.",
    );
    expect(render(report, "iso690", "fr")).toContain("Working paper n°\u00a017.");
  });

  it("writes an APA issue without a volume apart from the journal", () => {
    const article: CitableSource = {
      id: "a",
      type: "article-journal",
      title: "Le mécénat",
      "container-title": "Revue Projet",
      issue: "340",
      page: "30-45",
      author: [{ family: "Martin", given: "Claire" }],
      issued: { "date-parts": [[2014]] },
    };
    expect(render(article, "apa", "en", "html")).toBe(
      "Martin, C. (2014). Le mécénat. <i>Revue Projet</i>, (340), 30\u201345.",
    );
  });
});

describe("editors", () => {
  const chapter: CitableSource = {
    id: "c",
    type: "chapter",
    title: "Partnerships",
    "container-title": "Handbook",
    author: [{ family: "Austin", given: "James E." }],
    editor: [
      { family: "Bromley", given: "Patricia" },
      { family: "Smith", given: "Steven Rathgeb" },
    ],
    publisher: "Elgar",
    page: "1-9",
    issued: { "date-parts": [[2018]] },
  };

  it("APA: P. Bromley & S. R. Smith (Eds.); three with the serial comma", () => {
    expect(render(chapter, "apa", "en")).toContain("In P. Bromley & S. R. Smith (Eds.), Handbook");
    const three = {
      ...chapter,
      editor: [...(chapter.editor ?? []), { family: "Cole", given: "Sean" }],
    };
    expect(render(three, "apa", "en")).toContain("In P. Bromley, S. R. Smith, & S. Cole (Eds.)");
  });

  it("ISO 690 in English: (eds.) for two editors, (ed.) for one", () => {
    expect(render(chapter, "iso690", "en")).toContain(
      "In : BROMLEY, Patricia and SMITH, Steven Rathgeb (eds.), Handbook",
    );
    expect(render({ ...chapter, editor: chapter.editor?.slice(0, 1) }, "iso690", "en")).toContain(
      "(ed.)",
    );
  });
});

describe("web pages, blog posts and datasets", () => {
  const post: CitableSource = {
    id: "p",
    type: "post-weblog",
    title: "Five lessons",
    "container-title": "Social Impact Blog",
    author: [{ family: "Reyes", given: "Carmen" }],
    URL: "https://blog.example.org/five?a=1&b=(2)",
    accessed: { "date-parts": [[2024, 5, 2]] },
  };

  it("APA italicises the blog, not the post; undated: Retrieved …, from", () => {
    expect(render(post, "apa", "en", "html")).toBe(
      'Reyes, C. (n.d.). Five lessons. <i>Social Impact Blog</i>. Retrieved May 2, 2024, from <a href="https://blog.example.org/five?a=1&amp;b=(2)">https://blog.example.org/five?a=1&amp;b=(2)</a>',
    );
    expect(render(post, "apa", "fr")).toContain("Consulté 2 mai 2024, à l’adresse https://");
    const dated = { ...post, issued: { "date-parts": [[2022, 5, 18]] } };
    expect(render(dated, "apa", "en")).not.toContain("Retrieved");
  });

  it("APA labels a dataset [Dataset]", () => {
    const data: CitableSource = {
      id: "d",
      type: "dataset",
      title: "Survey",
      author: [{ literal: "ESS" }],
      publisher: "Sikt",
      version: "3.1",
      issued: { "date-parts": [[2021]] },
    };
    expect(render(data, "apa", "en")).toBe("ESS. (2021). Survey (Version 3.1) [Dataset]. Sikt.");
    expect(render(data, "apa", "fr")).toContain("[Jeu de données]");
  });
});

describe("links", () => {
  const article: CitableSource = {
    id: "a",
    type: "article-journal",
    title: "Collective impact",
    "container-title": "SSIR",
    DOI: "10.48558/5900-KN19",
    URL: "https://ssir.org/x",
    issued: { "date-parts": [[2011]] },
  };

  it("a DOI (as https://doi.org/…) and a URL become links in HTML and Markdown", () => {
    expect(render(article, "apa", "en", "html")).toContain(
      '<a href="https://doi.org/10.48558/5900-KN19">https://doi.org/10.48558/5900-KN19</a>',
    );
    const markdown = render(article, "apa", "en", "markdown");
    expect(md.renderInline(markdown)).toContain(
      '<a href="https://doi.org/10.48558/5900-KN19">https://doi.org/10.48558/5900-KN19</a>',
    );
    const iso = render(article, "iso690", "fr", "markdown");
    expect(md.renderInline(iso)).toContain('<a href="https://ssir.org/x">https://ssir.org/x</a>');
    expect(md.renderInline(iso)).toContain('DOI <a href="https://doi.org/10.48558/5900-KN19">');
    expect(render(article, "apa", "en")).toContain(" https://doi.org/10.48558/5900-KN19");
  });

  it("javascript:, data: and Markdown or HTML in data stay inert", () => {
    for (const URL of [
      "javascript:alert(1)",
      "data:text/html,<script>x</script>",
      "[x](https://e.example)",
    ]) {
      const page: CitableSource = {
        id: "w",
        type: "webpage",
        title: "T",
        "container-title": "S",
        URL,
      };
      for (const style of ["apa", "iso690"] as const) {
        expect(render(page, style, "en", "html")).not.toMatch(/<a |<script/);
        expect(md.renderInline(render(page, style, "en", "markdown"))).not.toMatch(/<a |<script/);
      }
    }
  });
});

describe("language and capitalisation", () => {
  const english: CitableSource = {
    id: "e",
    type: "article-journal",
    title: "what is collective impact? A review: part 1",
    "container-title": "Nonprofit Quarterly",
    issued: { "date-parts": [[2016]] },
    language: "en-US",
  };

  it("sets French spacing on French data only", () => {
    expect(render(english, "apa", "fr")).toContain("What is collective impact? A review: part 1.");
    expect(render({ ...english, language: "fr-FR" }, "apa", "fr")).toContain(
      "What is collective impact\u202f? A review\u00a0: part 1.",
    );
    // Without a language, the data follows the output locale.
    expect(render({ ...english, language: undefined }, "iso690", "fr")).toContain("impact\u202f?");
  });

  it("capitalises a title printed as a title, not the observatoire's quoted wording", () => {
    const report: CitableSource = {
      id: "r",
      type: "report",
      genre: "Rapport quinquennal",
      "collection-title": "PHARE",
      title: "fragilités et co-construction territoriale",
      author: [{ literal: "Observatoire des partenariats" }],
      issued: { "date-parts": [[2018, 2]] },
    };
    expect(render(report, "apa", "fr")).toContain("(2018). Fragilités et co-construction");
    expect(render(report, "iso690", "fr")).toContain("PARTENARIATS. Fragilités et co-construction");
    expect(render(report, "observatoire", "fr")).toContain("«\u00a0fragilités et co-construction");
  });
});

describe("rich text in the observatoire style", () => {
  it("is markup in HTML, plain in text, and a tagged acronym is still a name", () => {
    const source: CitableSource = {
      id: "o",
      type: "report",
      genre: "Etude",
      title: "<i>IMPACT</i>-Citoyens",
      author: [{ literal: "Comisis-OpinionWay" }],
      issued: { "date-parts": [[2019, 10]] },
    };
    expect(render(source, "observatoire", "fr")).toBe(
      "Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019)",
    );
    expect(render(source, "observatoire", "fr", "html")).toBe(
      "Etude <i>IMPACT</i>-Citoyens (Comisis-OpinionWay, octobre 2019)",
    );
  });
});

describe("rich text, any sequence of tags (property)", () => {
  const piece = fc.constantFrom(
    "<i>",
    "</i>",
    "<b>",
    "</b>",
    "<sup>",
    "</sup>",
    "<sub>",
    "</sub>",
    '<span class="nocase">',
    '<span style="font-variant:small-caps;">',
    "</span>",
    "<script>",
    "<i onclick=x>",
    "&",
    "a",
    "Le Monde",
    " ",
  );
  const OUR_TAGS =
    /<\/?(?:i|b|sup|sub)>|<span style="font-(?:style:normal|variant:small-caps);">|<\/span>/g;
  const decode = (html: string): string =>
    html
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");

  it("HTML holds balanced tags of ours only, and reads as the text output", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 12 }),
        fc.constantFrom("apa", "iso690", "observatoire") as fc.Arbitrary<CitationStyle>,
        (pieces, style) => {
          const title = pieces.join("");
          fc.pre(/[a-z]/i.test(title.replace(/<[^>]*>/g, "")));
          const source: CitableSource = { id: "p", type: "book", title, publisher: "P" };
          const html = formatReference(source, { style, format: "html", locale: "en" });
          const stack: string[] = [];
          for (const tag of html.match(OUR_TAGS) ?? []) {
            if (tag.startsWith("</")) expect(stack.pop()).toBe(tag.replace("/", "").slice(0, 3));
            else stack.push(tag.slice(0, 3));
          }
          expect(stack).toEqual([]);
          const stripped = html.replace(OUR_TAGS, "");
          expect(stripped).not.toMatch(/[<>]/);
          const text = formatReference(source, { style, format: "text", locale: "en" });
          expect(decode(stripped)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("input checks of the new fields", () => {
  it("names a language, version or collection-number of the wrong type", () => {
    for (const field of ["language", "version", "collection-number"]) {
      const source = { id: "x", type: "book", title: "T", [field]: { bad: true } };
      expect(() => formatReference(source as unknown as CitableSource)).toThrowError(
        expect.objectContaining({ code: "INVALID_INPUT", path: ["source", field] }),
      );
    }
  });
});

describe("italics inside italics", () => {
  it("are set upright with balanced spans", () => {
    const html = formatReference(
      { id: "x", type: "book", title: "<i>a<i>b</i></i> c", publisher: "P" },
      { style: "apa", format: "html", locale: "en" },
    );
    expect(html).toBe(
      '<i><span style="font-style:normal;">A</span><span style="font-style:normal;"><span style="font-style:normal;">b</span></span> c</i>. (n.d.). P.',
    );
  });
});

describe("unsafe characters in rich titles and links", () => {
  it("never reach the output, and a URL holding one is no link", () => {
    const source: CitableSource = {
      id: "u",
      type: "webpage",
      title: "<i>Ti\u202etle</i>\u200b \u001b[2Jx",
      "container-title": "Site",
      URL: "https://example.org/\u200bpage",
      issued: { "date-parts": [[2020]] },
    };
    for (const style of ["apa", "iso690", "observatoire"] as const) {
      for (const format of ["text", "markdown", "html"] as const) {
        const out = formatReference(source, { style, format, locale: "en" });
        for (const char of ["\u202e", "\u200b", "\u001b"]) expect(out).not.toContain(char);
        expect(out).not.toContain("<a ");
      }
    }
  });
});
