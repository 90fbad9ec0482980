import { describe, expect, it } from "vitest";
import { markupFor } from "./markup";

describe("markupFor", () => {
  it("links HTML note calls to their notes and the notes back", () => {
    const html = markupFor("html");
    expect(html.noteCall("<sup>3</sup>", 3, 2)).toBe(
      '<sup><a href="#note-3" id="call-3-2" class="call">3</a></sup>',
    );
    expect(
      html.notes("Notes", [{ line: '<li value="3">Réf.</li>', noteNumber: 3, back: "Retour" }]),
    ).toContain(
      '<li id="note-3" value="3">Réf. <a href="#call-3-1" class="back" aria-label="Retour">↩</a></li>',
    );
    expect(markupFor("text").noteCall("[3]", 3, 1)).toBe("[3]");
  });

  it("escapes every datum in HTML, including attributes' quotes", () => {
    const html = markupFor("html");
    expect(html.escape(`<script>alert("x") & 'y'</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
    );
    expect(html.heading("A & B")).toBe("<h2>A &amp; B</h2>");
    expect(html.list(["<b>", "c"].map(html.escape))).toBe(
      "<ul>\n  <li>&lt;b&gt;</li>\n  <li>c</li>\n</ul>",
    );
  });

  it("keeps Markdown metacharacters of data from becoming markup", () => {
    const md = markupFor("markdown");
    expect(md.escape("a*b_c [lien](http://x) `code` <i> # | ~")).toBe(
      // impact-core's escapeMarkdown also breaks what would autolink (`http\://`).
      "a\\*b\\_c \\[lien\\](http\\://x) \\`code\\` \\<i\\> \\# \\| \\~",
    );
    expect(md.title("Le programme IMPACT", "sous-titre")).toBe(
      "# Le programme IMPACT\n\n*sous-titre*",
    );
  });

  it("underlines plain-text headings to their length in characters", () => {
    const text = markupFor("text");
    expect(text.heading("Les trois axes d’impact")).toBe(
      "Les trois axes d’impact\n-----------------------",
    );
    expect(text.escape("<as is>")).toBe("<as is>");
  });
});
