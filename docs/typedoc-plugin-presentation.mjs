// @ts-check
// How the API site reads, on top of TypeDoc's default theme:
// - `//=>` results show the characters the code returns, not escapes: in code blocks,
//   `\u202f` (narrow no-break space), `\u00a0` (no-break space) and `\u2011` (non-breaking
//   hyphen) inside string literals are written as the characters themselves, as a reader
//   sees them in the output;
// - a package page shows one title: TypeDoc's own (the package name), not also the
//   README's first heading, which repeats it;
// - the page's table of contents keeps the code spans of a heading ("Weighted proportions
//   (R `survey`)", not "(R )"): TypeDoc takes a heading's text from its text tokens only,
//   so a markdown-it rule writes each code span of a heading as `<code>`, text, `</code>`.
// - a package page leads with what the package does and points to its benchmarks instead
//   of embedding them: the README's "Benchmark" or "Performance" section (tables of
//   timings, tall and soon stale) is replaced by where to find and rerun them.
// The sidebar's word breaks are in docs/typedoc.css.
import { Application, PageEvent } from "typedoc";

const ESCAPES = /\\u(202f|00a0|2011)/gi;

/** @param {string} html */
export function unescapeCodeBlocks(html) {
  return html.replace(/<pre\b[\s\S]*?<\/pre>/g, (block) =>
    block.replace(ESCAPES, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16))),
  );
}

/**
 * Drops the first `<h1>` of a README rendered into a package page when TypeDoc's page
 * title is already there.
 *
 * @param {string} html
 */
export function dropRepeatedTitle(html) {
  const titles = html.match(/<h1\b/g) ?? [];
  if (titles.length < 2) return html;
  const first = html.indexOf("<h1");
  const second = html.indexOf("<h1", first + 3);
  const end = html.indexOf("</h1>", second);
  if (second < 0 || end < 0) return html;
  return html.slice(0, second) + html.slice(end + "</h1>".length);
}

/**
 * markdown-it core rule: in headings, a code span becomes HTML around a text token, which
 * renders the same and counts in TypeDoc's heading text.
 *
 * @param {any} state
 */
function keepCodeInHeadings(state) {
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length; i += 1) {
    if (tokens[i].type !== "inline" || tokens[i - 1].type !== "heading_open") continue;
    const children = [];
    for (const child of tokens[i].children ?? []) {
      if (child.type !== "code_inline") {
        children.push(child);
        continue;
      }
      const open = new state.Token("html_inline", "", 0);
      open.content = "<code>";
      const text = new state.Token("text", "", 0);
      text.content = child.content;
      const close = new state.Token("html_inline", "", 0);
      close.content = "</code>";
      children.push(open, text, close);
    }
    tokens[i].children = children;
  }
}

/**
 * Replaces the benchmark section of a package page by a pointer to it.
 *
 * @param {string} html
 * @param {string} url - the page's URL in the site, e.g. `modules/_observatoire_impact-core.html`
 */
export function pointToBenchmarks(html, url) {
  const name = /^modules\/_observatoire_(impact-[\w-]+)\.html$/.exec(url)?.[1];
  if (name === undefined) return html;
  const start = html.search(/<h2 id="(?:benchmarks?|performance)"/);
  if (start < 0) return html;
  const headingEnd = html.indexOf("</h2>", start) + "</h2>".length;
  const next = html.slice(headingEnd).search(/<h2 |<\/div>/);
  if (headingEnd < "</h2>".length || next < 0) return html;
  const pointer =
    `<p>The measured timings, with the machine and the command that produced them, are in the ` +
    `benchmark section of <code>packages/${name}/README.md</code> and in <code>bench/README.md</code> ` +
    `in the repository; <code>npm run bench</code> runs them again.</p>`;
  return html.slice(0, headingEnd) + pointer + html.slice(headingEnd + next);
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  // Set once the options are read (they are read again after the plugins load).
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const loader = app.options.getValue("markdownItLoader");
    app.options.setValue("markdownItLoader", (/** @type {any} */ parser) => {
      loader(parser);
      parser.core.ruler.push("observatoire-code-in-headings", keepCodeInHeadings);
    });
  });
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    page.contents = pointToBenchmarks(
      dropRepeatedTitle(unescapeCodeBlocks(page.contents)),
      page.url,
    );
  });
}
