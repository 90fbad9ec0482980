import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { catalog } from "@observatoire/impact-data";
import { renderIntervalChart } from "./chart";
import { buildFactSheet } from "./fact-sheet";
import { renderFactSheetHtml } from "./html";

// `npm start` runs in the example's folder; an argument writes the page elsewhere.
const out = resolve(process.argv[2] ?? "out/fact-sheet.html");
const sheet = buildFactSheet(catalog);
const html = renderFactSheetHtml(sheet, await renderIntervalChart(sheet.chart));
await mkdir(dirname(out), { recursive: true });
await writeFile(out, html);
console.log(
  `Fiche écrite : ${out} (${sheet.notes.length} notes, ${sheet.chart.length} intervalles)`,
);
