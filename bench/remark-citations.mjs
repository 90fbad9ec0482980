// Citations in a Markdown report, from Markdown to HTML: @observatoire/remark-citations
// against rehype-citation (citation-js and citeproc-js inside), on the 3,000-note document
// of citations.mjs written as pandoc citations (`[@source-12, p. 45]`), 300 sources.
// Both run the same unified pipeline (remark-parse, remark-rehype, rehype-stringify) with
// the same CSL-JSON sources; rehype-citation gets the French note style of citations.mjs
// and the CSL fr-FR locale as files (it ships only author-date styles: apa, chicago
// author-date, harvard1, mla, vancouver). The pipeline without any citation plugin is
// timed too, for scale. Before timing, both outputs are checked to hold 3,000 notes.
// Run after `npm run build`: node --expose-gc bench/remark-citations.mjs
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import remarkCitations from "@observatoire/remark-citations";
import { build } from "esbuild";
import rehypeCitation from "rehype-citation";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { Bench } from "tinybench";
import { unified } from "unified";
import { citations, NOTE_STYLE, NOTES, SOURCES, sources } from "./_lib/note-document.mjs";

const here = dirname(fileURLToPath(import.meta.url));

// The document: ten sentences a paragraph, each ending with its citation.
const sentences = citations.map(({ cites: [cite] }, index) => {
  const locator = cite.locator === undefined ? "" : `, p. ${cite.locator}`;
  return `Phrase ${index + 1} du rapport sur les partenariats [@${cite.id}${locator}].`;
});
const paragraphs = [];
for (let k = 0; k < sentences.length; k += 10)
  paragraphs.push(sentences.slice(k, k + 10).join(" "));
const markdown = `# Rapport\n\n${paragraphs.join("\n\n")}\n`;

// rehype-citation reads its bibliography, style and locale from files under `path`.
const dir = mkdtempSync(join(tmpdir(), "bench-remark-citations-"));
writeFileSync(join(dir, "sources.json"), JSON.stringify(sources));
writeFileSync(join(dir, "observatoire-note.csl"), NOTE_STYLE);
copyFileSync(join(here, "fixtures/locales-fr-FR.xml"), join(dir, "locales-fr-FR.xml"));
const files = {
  path: dir,
  bibliography: "sources.json",
  csl: "observatoire-note.csl",
  lang: "locales-fr-FR.xml",
};

const ours = unified()
  .use(remarkParse)
  .use(remarkCitations, { sources })
  .use(remarkRehype)
  .use(rehypeStringify)
  .freeze();
const theirs = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeCitation, { ...files, suppressBibliography: true })
  .use(rehypeStringify)
  .freeze();
const plain = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze();

const notesOf = (html) =>
  [...html.matchAll(/<li id="(?:user-content-fn|cite-fn)-[^"]+">([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]
      .replace(/<a [^>]*data-footnote-backref[^>]*>[\s\S]*?<\/a>/g, "")
      .replace(/<[^>]+>/g, "")
      .trim(),
  );

// On a shared machine the wall clock also counts other jobs' time: the CPU time of this
// process (user + system) per run is the steadier measure.
async function cpuTimes(run, times) {
  const out = [];
  for (let k = 0; k < times; k += 1) {
    globalThis.gc?.();
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    out.push((used.user + used.system) / 1000);
  }
  return out.sort((a, b) => a - b);
}
const median = (sorted) => sorted[Math.floor(sorted.length / 2)];
const count = (notes, pattern) => notes.filter((note) => pattern.test(note)).length;

// Ours first, then rehype-citation, so that neither times the other's garbage. Each side is
// checked before it is timed: fail loudly rather than time a path that throws or drops notes.
const ourNotes = notesOf(String(await ours.process(markdown)));
if (ourNotes.length !== NOTES) throw new Error(`ours wrote ${ourNotes.length} notes`);
const fast = new Bench({ iterations: 10, warmupIterations: 2, time: 0, warmupTime: 0 });
fast.add("remark-parse + remark-rehype + rehype-stringify, no citations", () =>
  plain.process(markdown),
);
fast.add("the same + @observatoire/remark-citations", () => ours.process(markdown));
await fast.run();
const cpu = {
  [fast.tasks[0].name]: await cpuTimes(() => plain.process(markdown), 10),
  [fast.tasks[1].name]: await cpuTimes(() => ours.process(markdown), 10),
};

const theirNotes = notesOf(String(await theirs.process(markdown)));
if (theirNotes.length !== NOTES)
  throw new Error(`rehype-citation wrote ${theirNotes.length} notes`);
const slow = new Bench({ iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 });
slow.add("the same + rehype-citation (note style, fr-FR)", () => theirs.process(markdown));
await slow.run();
cpu[slow.tasks[0].name] = await cpuTimes(() => theirs.process(markdown), 3);
const ibid = ourNotes.findIndex((note) => note.startsWith("Ibid."));
rmSync(dir, { recursive: true, force: true });

async function gzipOf(contents) {
  const result = await build({
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
const ourSize = await gzipOf('export { default } from "@observatoire/remark-citations";');
const theirSize = await gzipOf('export { default } from "rehype-citation";');
const parserSize = await gzipOf('export { fromMarkdown } from "mdast-util-from-markdown";');

console.log(
  `Markdown document of ${NOTES.toLocaleString("en")} citations (${markdown.length.toLocaleString("en")} characters) of ${SOURCES} sources; node ${process.version}.`,
);
console.log(`Ours, note 1: ${ourNotes[0]}\nrehype-citation, note 1: ${theirNotes[0]}`);
console.log(
  `Ours, note ${ibid + 1}: ${ourNotes[ibid]}\nrehype-citation, note ${ibid + 1}: ${theirNotes[ibid]}\n`,
);
console.log(
  `Of ${NOTES} notes, written Ibid.: ours ${count(ourNotes, /^ibid\./i)}, rehype-citation ${count(theirNotes, /^ibid\./i)}; op. cit.: ours ${count(ourNotes, /op\.\scit\./)}, rehype-citation ${count(theirNotes, /op\.\scit\./)}.\n`,
);
console.log(
  "| task | wall, median (ms) | wall, min (ms) | wall, max (ms) | CPU, median (ms) | CPU, min (ms) | runs |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const task of [...fast.tasks, ...slow.tasks]) {
  const latency = task.result?.latency;
  if (latency === undefined) throw new Error(`${task.name} did not run: ${task.result?.error}`);
  const times = cpu[task.name];
  console.log(
    `| ${task.name} | ${latency.p50.toFixed(0)} | ${latency.min.toFixed(0)} | ${latency.max.toFixed(0)} | ${median(times).toFixed(0)} | ${times[0].toFixed(0)} | ${latency.samples.length} + ${times.length} |`,
  );
}
const [base, oursTask] = fast.tasks.map((task) => task.name);
const [theirsTask] = slow.tasks.map((task) => task.name);
const whole = median(cpu[theirsTask]) / median(cpu[oursTask]);
const step =
  (median(cpu[theirsTask]) - median(cpu[base])) / (median(cpu[oursTask]) - median(cpu[base]));
console.log(
  `\nCPU time, medians: the pipeline with remark-citations is ${whole.toFixed(1)}x faster than with rehype-citation; the citation step alone (above the bare pipeline) ${step.toFixed(1)}x.\n`,
);
console.log("| bundle (esbuild, minified, gzip, browser) | bytes |");
console.log("|---|---:|");
console.log(`| \`@observatoire/remark-citations\` (built dist) | ${ourSize} |`);
console.log(`| of which mdast-util-from-markdown (also in remark-parse) | ${parserSize} |`);
console.log(`| \`rehype-citation\` (browser build) | ${theirSize} |`);
