#!/usr/bin/env node
// Renders the corpus (corpus.json) with citeproc-js and the official CSL styles and locales
// of this folder, and writes what citeproc-js prints for each item, style and language into
// citeproc-fixture.json. The differential test (../differential.test.ts) compares
// formatReference with this file, so it does not need citeproc-js at run time.
// citeproc-js (CPAL/AGPL) is a dev dependency used by this script only.
// Usage, from packages/impact-citations: node test/csl/generate-fixture.mjs
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const CSL = require("citeproc");
const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const read = (name) => readFileSync(here(name), "utf8");

/** The comparisons: our style and locale, the official style and the CSL locale. */
export const TARGETS = [
  { key: "apa-en", style: "apa", locale: "en", csl: "apa.csl", lang: "en-US" },
  { key: "apa-fr", style: "apa", locale: "fr", csl: "apa.csl", lang: "fr-FR" },
  { key: "iso690-fr", style: "iso690", locale: "fr", csl: "iso690-note-fr.csl", lang: "fr-FR" },
  { key: "iso690-en", style: "iso690", locale: "en", csl: "iso690-numeric-en.csl", lang: "en-US" },
];

const corpusText = read("corpus.json");
const corpus = JSON.parse(corpusText);
const byId = new Map(corpus.map((item) => [item.id, item]));
const locales = { "en-US": read("locales-en-US.xml"), "fr-FR": read("locales-fr-FR.xml") };

function render(target, format) {
  const sys = {
    retrieveLocale: (lang) => locales[lang],
    retrieveItem: (id) => structuredClone(byId.get(id)),
  };
  const engine = new CSL.Engine(sys, read(target.csl), target.lang, true);
  engine.setOutputFormat(format);
  const out = {};
  for (const item of corpus) {
    // One item at a time, as formatReference renders it (no year suffixes, no numbering).
    engine.updateItems([item.id]);
    const [, entries] = engine.makeBibliography();
    out[item.id] = entries.join("").trim();
  }
  return out;
}

const started = performance.now();
const fixture = {
  generator: "test/csl/generate-fixture.mjs",
  citeproc: CSL.PROCESSOR_VERSION,
  corpusSha256: createHash("sha256").update(corpusText).digest("hex"),
  targets: {},
};
for (const target of TARGETS) {
  fixture.targets[target.key] = { text: render(target, "text"), html: render(target, "html") };
}
writeFileSync(here("citeproc-fixture.json"), `${JSON.stringify(fixture, null, 2)}\n`);
console.log(
  `citeproc-js ${CSL.PROCESSOR_VERSION}: ${corpus.length} items x ${TARGETS.length} targets in ${Math.round(performance.now() - started)} ms`,
);
