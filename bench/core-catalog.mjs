// Validating a catalog of 100,000 figures: parseCatalog (schemas, referential integrity,
// deep freeze) against zod's plain CatalogSchema.parse (schemas only) and JSON.parse of
// the same text, for scale. Run after `npm run build`: node --expose-gc bench/core-catalog.mjs
import { CatalogSchema, parseCatalog } from "@observatoire/impact-core";
import { Bench } from "tinybench";

const FIGURES = 100_000;
const POPULATIONS = ["citoyens", "elus-locaux", "maires", "dirigeants", "responsables-associatifs"];
const UNITS = ["proportion", "score", "count", "points"];

function makeCatalog(figureCount) {
  const sources = Array.from({ length: 50 }, (_, k) => ({
    id: `source-${k}`,
    type: "report",
    title: `Rapport ${k}`,
    issued: { "date-parts": [[2015 + (k % 8), 1 + (k % 12)]] },
    "zotero-key": `KEY${k}`,
  }));
  const studies = Array.from({ length: 20 }, (_, k) => ({
    id: `study-${k}`,
    name: `Study ${k}`,
    programme: "impact",
    populations: [POPULATIONS[k % POPULATIONS.length]],
    institutes: ["comisis"],
    published: `${2018 + (k % 5)}-${String(1 + (k % 12)).padStart(2, "0")}`,
    sources: [`source-${k}`],
  }));
  const figures = Array.from({ length: figureCount }, (_, k) => {
    const study = studies[k % studies.length];
    const unit = UNITS[k % UNITS.length];
    const base = {
      id: `figure-${k}`,
      measure: `measure-${k % 997}`,
      statement: `Figure number ${k} as published`,
      population: study.populations[0],
      study: study.id,
      programme: "impact",
      source: `source-${k % sources.length}`,
      date: `${2018 + (k % 5)}-${String(1 + (k % 12)).padStart(2, "0")}`,
      sampleSize: 300 + (k % 2000),
      territory: "france",
      axis: "innovation",
    };
    if (unit === "proportion") return { ...base, unit, value: (k % 101) / 100 };
    if (unit === "score")
      return { ...base, unit, value: (k % 100) / 10, scale: { min: 0, max: 10 } };
    if (unit === "count") return { ...base, unit, value: k };
    return { ...base, unit, value: (k % 21) - 10 };
  });
  return {
    programmes: [
      {
        id: "impact",
        name: "IMPACT",
        title: "Impacts des Alliances innovantes au service du bien commun",
        periods: [{ start: "2018", end: "2022", source: "source-0" }],
      },
    ],
    phases: [],
    studies,
    actors: [
      { id: "comisis", kind: "organisation", name: "Comisis", roles: ["polling-institute"] },
    ],
    populations: POPULATIONS.map((id) => ({
      id,
      name: id,
      group:
        id === "citoyens"
          ? "citizens"
          : id === "dirigeants"
            ? "business-leaders"
            : id === "responsables-associatifs"
              ? "association-leaders"
              : "local-elected-officials",
      ...(id === "maires" ? { parent: "elus-locaux" } : {}),
    })),
    fragilities: [],
    impactAxes: [
      {
        id: "innovation",
        order: 1,
        name: "Innovation",
        description: "l'innovation sociétale et territoriale",
      },
    ],
    territories: [{ id: "france", level: "country", name: "France" }],
    sources,
    figures,
  };
}

const text = JSON.stringify(makeCatalog(FIGURES));
// Fail loudly rather than time a path that throws.
const check = parseCatalog(JSON.parse(text));
if (check.figures.length !== FIGURES) throw new Error("the generated catalog did not validate");

const bench = new Bench({ iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 });
bench
  .add("JSON.parse (text only, for scale)", () => {
    JSON.parse(text);
  })
  .add("zod CatalogSchema.parse(JSON.parse(text)) (schemas only)", () => {
    CatalogSchema.parse(JSON.parse(text));
  })
  .add("parseCatalog(JSON.parse(text)) (schemas + integrity + deep freeze)", () => {
    parseCatalog(JSON.parse(text));
  });
await bench.run();

console.log(
  `Catalog of ${FIGURES.toLocaleString("en")} figures, ${(text.length / 1e6).toFixed(1)} MB of JSON; node ${process.version}\n`,
);
console.log("| task | mean (ms) | min (ms) | max (ms) | samples |");
console.log("|---|---:|---:|---:|---:|");
for (const task of bench.tasks) {
  const latency = task.result?.latency;
  if (latency === undefined) throw new Error(`${task.name} did not run: ${task.result?.error}`);
  console.log(
    `| ${task.name} | ${latency.mean.toFixed(0)} | ${latency.min.toFixed(0)} | ${latency.max.toFixed(0)} | ${latency.samples.length} |`,
  );
}
