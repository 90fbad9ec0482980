// Formatting a 3,000-note document citing 300 sources: @observatoire/impact-citations
// (formatNotes, positions computed in one pass) against citeproc-js in batch mode
// (rebuildProcessorState) with a comparable French note style. Before timing, it checks
// that both agree on the CSL positions (first, subsequent, ibid, ibid-with-locator,
// near-note) of random documents, and it measures the gzip size of each bundle.
// citeproc-js is CPAL/AGPL: it is used here only, never by the package.
// Run after `npm run build`: node --expose-gc bench/citations.mjs
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { formatNotes, notePositions } from "@observatoire/impact-citations";
import { build } from "esbuild";
import { Bench } from "tinybench";
import { citations, NOTE_STYLE, NOTES, SOURCES, sources } from "./_lib/note-document.mjs";
import { mulberry32 } from "./_lib/random.mjs";

const require = createRequire(import.meta.url);
const CSL = require("citeproc");
const here = dirname(fileURLToPath(import.meta.url));
// The CSL project's fr-FR locale (citation-style-language/locales, CC BY-SA 3.0), copied verbatim.
const FR_LOCALE = readFileSync(join(here, "fixtures/locales-fr-FR.xml"), "utf8");

// --- 1. Positions: ours against citeproc-js on random documents ---------------------------

const POSITION_STYLE = (distance) => `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="fr-FR">
  <info><title>positions</title><id>positions</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation near-note-distance="${distance}">
    <layout delimiter="|">
      <text variable="title"/>
      <text value="="/>
      <choose>
        <if position="ibid-with-locator"><text value="ibid-with-locator"/></if>
        <else-if position="ibid"><text value="ibid"/></else-if>
        <else-if position="subsequent"><text value="subsequent"/></else-if>
        <else><text value="first"/></else>
      </choose>
      <choose><if position="near-note"><text value="+near"/></if></choose>
    </layout>
  </citation>
</style>`;

function citeprocPositions(doc, distance) {
  const items = Object.fromEntries(
    ["a", "b", "c", "d"].map((id) => [id, { id, type: "book", title: id }]),
  );
  const engine = new CSL.Engine(
    { retrieveLocale: () => FR_LOCALE, retrieveItem: (id) => items[id] },
    POSITION_STYLE(distance),
  );
  const citations = doc.map((citation, index) => ({
    citationID: `c${index}`,
    citationItems: citation.cites.map((cite) =>
      cite.locator === undefined
        ? { id: cite.id }
        : { id: cite.id, locator: cite.locator, label: "page" },
    ),
    properties: { noteIndex: citation.noteNumber },
  }));
  return engine.rebuildProcessorState(citations, "text").map(([, , text]) =>
    text.split("|").map((part) => {
      const [, marker] = part.split("=");
      const [position, near] = marker.split("+");
      return { position, nearNote: near === "near" };
    }),
  );
}

function randomDocument(next) {
  const doc = [];
  let note = 0;
  const length = 1 + Math.floor(next() * 12);
  for (let k = 0; k < length; k += 1) {
    note += 1 + (next() < 0.25 ? 1 + Math.floor(next() * 3) : 0);
    const cites = Array.from({ length: 1 + (next() < 0.3 ? Math.floor(next() * 3) : 0) }, () => {
      const id = "abcd"[Math.floor(next() * (next() < 0.5 ? 2 : 4))];
      const pick = next();
      return pick < 0.5 ? { id } : { id, locator: pick < 0.75 ? "1" : "2" };
    });
    doc.push({ noteNumber: note, cites });
  }
  return doc;
}

const DOCUMENTS = 2000;
const next = mulberry32(20260415);
let cites = 0;
for (let k = 0; k < DOCUMENTS; k += 1) {
  const doc = randomDocument(next);
  const distance = Math.floor(next() * 7);
  const ours = notePositions(doc, { nearNoteDistance: distance });
  const theirs = citeprocPositions(doc, distance);
  const a = JSON.stringify(ours);
  const b = JSON.stringify(theirs);
  if (a !== b) {
    console.error(JSON.stringify({ doc, distance }, null, 1));
    throw new Error(`positions differ from citeproc-js:\nours   ${a}\ntheirs ${b}`);
  }
  cites += doc.reduce((sum, citation) => sum + citation.cites.length, 0);
}
console.log(
  `Positions agree with citeproc-js ${CSL.PROCESSOR_VERSION} on ${DOCUMENTS} random documents (${cites} cites, near-note distances 0 to 6).\n`,
);

// --- 2. Timing: a 3,000-note document, 300 sources ----------------------------------------

const items = Object.fromEntries(sources.map((source) => [source.id, source]));
const cslCitations = citations.map((citation, index) => ({
  citationID: `c${index}`,
  citationItems: citation.cites.map((cite) =>
    cite.locator === undefined
      ? { id: cite.id }
      : { id: cite.id, locator: cite.locator, label: "page" },
  ),
  properties: { noteIndex: citation.noteNumber },
}));
const runCiteproc = () => {
  const engine = new CSL.Engine(
    { retrieveLocale: () => FR_LOCALE, retrieveItem: (id) => items[id] },
    NOTE_STYLE,
  );
  return engine.rebuildProcessorState(cslCitations, "text");
};
const runOurs = () => formatNotes(citations, sources, { style: "observatoire", format: "text" });

// Fail loudly rather than time a path that throws, and show one note of each side.
const ourNotes = runOurs();
const theirNotes = runCiteproc();
if (ourNotes.length !== NOTES || theirNotes.length !== NOTES) throw new Error("wrong note count");
const ibidIndex = ourNotes.findIndex((note) => note.text.startsWith("Ibid."));

const fast = new Bench({ iterations: 50, warmupIterations: 5, time: 0, warmupTime: 0 });
fast.add("impact-citations formatNotes (text)", runOurs);
fast.add("impact-citations formatNotes (html)", () =>
  formatNotes(citations, sources, { style: "observatoire", format: "html" }),
);
const slow = new Bench({ iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 });
slow.add("citeproc-js rebuildProcessorState (text)", runCiteproc);
await fast.run();
await slow.run();

// --- 3. Bundle size --------------------------------------------------------------------------

async function gzipOf(contents, conditions = []) {
  const result = await build({
    conditions,
    stdin: { contents, resolveDir: here, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0].contents).length;
}
const entry = 'export { formatNotes, formatReference } from "@observatoire/impact-citations";';
const ourSize = await gzipOf(entry);
// The same entry bundled from the packages' source modules, as the package's own size test
// does: this is what the package weighs once impact-core's build lets bundlers drop its
// zod schemas (impact-core's dist is one file whose top-level schemas cannot be shaken).
const ourSourceSize = await gzipOf(entry, ["@observatoire/source"]);
const theirSize = await gzipOf('export { default } from "citeproc";');

console.log(
  `Document of ${NOTES.toLocaleString("en")} notes citing ${SOURCES} sources; node ${process.version}.`,
);
console.log(
  `Ours, note ${ibidIndex + 1}: ${ourNotes[ibidIndex].text}; citeproc-js: ${theirNotes[ibidIndex][2]}`,
);
console.log(`Ours, note 1: ${ourNotes[0].text}; citeproc-js: ${theirNotes[0][2]}\n`);
console.log("| task | mean (ms) | min (ms) | max (ms) | samples |");
console.log("|---|---:|---:|---:|---:|");
const means = {};
for (const task of [...fast.tasks, ...slow.tasks]) {
  const latency = task.result?.latency;
  if (latency === undefined) throw new Error(`${task.name} did not run: ${task.result?.error}`);
  means[task.name] = latency.mean;
  console.log(
    `| ${task.name} | ${latency.mean.toFixed(2)} | ${latency.min.toFixed(2)} | ${latency.max.toFixed(2)} | ${latency.samples.length} |`,
  );
}
const ratio =
  means["citeproc-js rebuildProcessorState (text)"] / means["impact-citations formatNotes (text)"];
console.log(`\nimpact-citations is ${ratio.toFixed(0)}x faster than citeproc-js in batch mode.\n`);
console.log("| bundle (esbuild, minified, gzip) | bytes |");
console.log("|---|---:|");
console.log(
  `| import { formatNotes, formatReference } from "@observatoire/impact-citations" (built dist) | ${ourSize} |`,
);
console.log(`| the same, bundled from source modules (no zod) | ${ourSourceSize} |`);
console.log(`| citeproc-js (whole engine) | ${theirSize} |`);
