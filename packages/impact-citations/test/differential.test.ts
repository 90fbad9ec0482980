// The differential test: formatReference against citeproc-js with the official CSL styles
// (test/csl/citeproc-fixture.json, written by test/csl/generate-fixture.mjs from
// test/csl/corpus.json). Every difference left after the declared normalisations must be
// a declared deviation (test/csl/deviations.json, whose reasons the README table lists).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatReference } from "../src/index";
import type { CitableSource, CitationLocale, CitationStyle } from "../src/types";

const read = (name: string): string =>
  readFileSync(new URL(`./csl/${name}`, import.meta.url), "utf8");
const corpusText = read("corpus.json");
// Hand-written items (one holds a `javascript:` URL, which fromCslJson would refuse).
const corpus = JSON.parse(corpusText) as (CitableSource & { id: string })[];
const fixture = JSON.parse(read("citeproc-fixture.json")) as {
  corpusSha256: string;
  targets: Record<string, { text: Record<string, string>; html: Record<string, string> }>;
};
interface Deviation {
  readonly target: string;
  readonly id: string;
  readonly reasons: readonly string[];
  /** Our output, normalised: a declared difference that changes shape is a new one. */
  readonly ours: string;
  /** Our HTML output, normalised. */
  readonly oursHtml: string;
}
const declared = JSON.parse(read("deviations.json")) as {
  reasons: Record<string, string>;
  deviations: Deviation[];
};

const TARGETS: readonly { key: string; style: CitationStyle; locale: CitationLocale }[] = [
  { key: "apa-en", style: "apa", locale: "en" },
  { key: "apa-fr", style: "apa", locale: "fr" },
  { key: "iso690-fr", style: "iso690", locale: "fr" },
  { key: "iso690-en", style: "iso690", locale: "en" },
];

/**
 * The declared normalisations, applied to both sides (README "Differential test"):
 * space kinds (U+00A0, U+202F and runs of spaces are one space), apostrophe kinds (’ and '),
 * range dash kinds (U+2011 and U+2013), the sign of "numéro" (nᵒ and n°, with or without a
 * space), ordinal letters (5ᵉ and 5e), the list number of iso690-numeric-en ("1. ") and the
 * doubled period it leaves after an empty group (". ."), and the final period, which
 * iso690-note-fr leaves out.
 */
export function normalise(text: string, target: string): string {
  let out = text
    .replace(/[\u00a0\u202f ]+/g, " ")
    .replace(/\u2019/g, "'")
    .replace(/\u2011/g, "\u2013")
    .replace(/([nN])[ᵒ°] ?(?=\d)/g, "$1° ")
    .replace(/(\d)ᵉ/g, "$1e")
    .trim();
  // iso690-numeric-en numbers its list, and leaves the period of an empty group: ". .".
  if (target === "iso690-en") out = out.replace(/^\d+\. +/, "").replace(/\. \./g, ".");
  if (target.startsWith("iso690")) out = out.replace(/\.$/, "");
  return out;
}

/**
 * HTML: the same normalisations, plus citeproc-js's wrappers (`<div class="csl-entry">`,
 * the list number of numeric styles), entity spellings (`&#38;` and `&amp;`), the
 * superscript letters of "nᵒ" and ordinals, and our links, compared as their text
 * (citeproc-js prints URLs and DOIs as text).
 */
export function normaliseHtml(html: string, target: string): string {
  const out = html
    .replace(/<div class="csl-left-margin">.*?<\/div>/g, "")
    .replace(/<\/?div[^>]*>/g, "")
    .replace(/&#38;/g, "&amp;")
    .replace(/&#60;/g, "&lt;")
    .replace(/&#62;/g, "&gt;")
    .replace(/&#39;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/<a href="[^"]*">|<\/a>/g, "")
    .replace(/([nN])<sup>o<\/sup>/g, "$1ᵒ")
    .replace(/(\d)<sup>e<\/sup>/g, "$1ᵉ")
    .replace(/\s+/g, " ");
  return normalise(out, target);
}

interface Difference {
  readonly target: string;
  readonly id: string;
  readonly ours: string;
  readonly citeproc: string;
  readonly oursHtml: string;
  readonly citeprocHtml: string;
}

function differences(): { matches: Record<string, number>; list: Difference[] } {
  const matches: Record<string, number> = {};
  const list: Difference[] = [];
  for (const { key, style, locale } of TARGETS) {
    matches[key] = 0;
    for (const item of corpus) {
      const ours = normalise(formatReference(item, { style, locale }), key);
      const citeproc = normalise(fixture.targets[key]?.text[item.id] ?? "", key);
      const html = formatReference(item, { style, locale, format: "html" });
      const oursHtml = normaliseHtml(html, key);
      const citeprocHtml = normaliseHtml(fixture.targets[key]?.html[item.id] ?? "", key);
      if (ours === citeproc && oursHtml === citeprocHtml) matches[key] += 1;
      else list.push({ target: key, id: item.id, ours, citeproc, oursHtml, citeprocHtml });
    }
  }
  return { matches, list };
}

describe("formatReference against citeproc-js and the official CSL styles", () => {
  it("uses a fixture made from this corpus", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    const sha = createHash("sha256").update(corpusText).digest("hex");
    expect(sha, "run node test/csl/generate-fixture.mjs").toBe(fixture.corpusSha256);
  });

  const { matches, list } = differences();
  if (process.env.DIFF_DUMP !== undefined) {
    writeFileSync(process.env.DIFF_DUMP, JSON.stringify({ matches, list }, null, 2));
  }

  it("differs only where a deviation is declared, as declared", () => {
    const index = new Map(declared.deviations.map((d) => [`${d.target} ${d.id}`, d]));
    const undeclared = list
      .filter((diff) => {
        const declaration = index.get(`${diff.target} ${diff.id}`);
        return declaration?.ours !== diff.ours || declaration.oursHtml !== diff.oursHtml;
      })
      .map(
        (diff) =>
          `${diff.target} ${diff.id}\n  ours:     ${diff.ours}\n  citeproc: ${diff.citeproc}\n  ours:     ${diff.oursHtml}\n  citeproc: ${diff.citeprocHtml}`,
      );
    expect(undeclared).toEqual([]);
  });

  it("declares no deviation that is gone, and gives each one a known reason", () => {
    const found = new Set(list.map((diff) => `${diff.target} ${diff.id}`));
    const stale = declared.deviations
      .filter((d) => !found.has(`${d.target} ${d.id}`))
      .map((d) => `${d.target} ${d.id}`);
    expect(stale).toEqual([]);
    for (const deviation of declared.deviations) {
      expect(deviation.reasons.length).toBeGreaterThan(0);
      for (const reason of deviation.reasons)
        expect(Object.keys(declared.reasons)).toContain(reason);
    }
  });

  it("lists every reason in the README table", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const reason of Object.keys(declared.reasons)) expect(readme).toContain(`| \`${reason}\``);
  });

  it("has a citeproc-js rendering of every item for every target", () => {
    for (const { key } of TARGETS) {
      for (const item of corpus)
        expect(fixture.targets[key]?.text[item.id], `${key} ${item.id}`).toBeTruthy();
    }
  });
});
