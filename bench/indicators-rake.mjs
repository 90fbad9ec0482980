// Raking 200,000 respondents on three margins (sexe, age, region) to full convergence:
// @observatoire/impact-indicators `rake` against R `survey::rake` on the same CSV file.
// The data are generated with a fixed seed and written to a temporary folder; R reads
// that file and times only the rake() call with system.time(). Both run to full
// convergence (ours: tolerance 1e-10 of the population total, the default; R: maxit
// 1000, epsilon 1e-10, i.e. relative to the total), and the bench checks that the two
// sets of weights agree before it prints the timings.
// Run after `npm run build`: node --expose-gc bench/indicators-rake.mjs
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { rake } from "@observatoire/impact-indicators";
import { Bench } from "tinybench";
import { mulberry32 } from "./_lib/random.mjs";

const N = 200_000;
const POPULATION = 52_000_000;
const R_RUNS = 3;

const SEXE = { F: 0.52, M: 0.48 };
const AGE = {
  "18-24": 0.1,
  "25-34": 0.15,
  "35-49": 0.24,
  "50-64": 0.25,
  "65-74": 0.14,
  "75+": 0.12,
};
// The 13 regions of metropolitan France by INSEE code, with rough population shares.
const REGION = {
  11: 0.187,
  24: 0.039,
  27: 0.042,
  28: 0.05,
  32: 0.09,
  44: 0.084,
  52: 0.058,
  53: 0.05,
  75: 0.091,
  76: 0.09,
  84: 0.121,
  93: 0.079,
  94: 0.019,
};

function targetsOf(shares) {
  const total = Object.values(shares).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(shares).map(([k, s]) => [k, (POPULATION * s) / total]));
}

/** Draws a category whose choice leans on the respondent's latent trait, so margins correlate. */
function draw(keys, latent, rand) {
  const index = Math.min(keys.length - 1, Math.floor((0.6 * latent + 0.4 * rand()) * keys.length));
  return keys[index];
}

function generate() {
  const rand = mulberry32(20261126);
  const weights = new Float64Array(N);
  const sexe = new Array(N);
  const age = new Array(N);
  const region = new Array(N);
  const sexeKeys = Object.keys(SEXE);
  const ageKeys = Object.keys(AGE);
  const regionKeys = Object.keys(REGION).map(Number);
  for (let i = 0; i < N; i++) {
    const latent = rand();
    weights[i] = Math.round((0.5 + 2.5 * rand()) * 1e4) / 1e4;
    sexe[i] = draw(sexeKeys, latent, rand);
    age[i] = draw(ageKeys, latent, rand);
    region[i] = regionKeys[Math.floor(rand() * regionKeys.length)];
  }
  return { weights, sexe, age, region };
}

const data = generate();
const margins = [
  { variable: "sexe", codes: data.sexe, targets: targetsOf(SEXE) },
  { variable: "age", codes: data.age, targets: targetsOf(AGE) },
  { variable: "region", codes: data.region, targets: targetsOf(REGION) },
];

const folder = mkdtempSync(join(tmpdir(), "indicators-rake-"));
const lines = ["w,sexe,age,region"];
for (let i = 0; i < N; i++)
  lines.push(`${data.weights[i]},${data.sexe[i]},${data.age[i]},${data.region[i]}`);
writeFileSync(join(folder, "respondents.csv"), `${lines.join("\n")}\n`);
for (const margin of margins) {
  const rows = Object.entries(margin.targets).map(([k, t]) => `${k},${t}`);
  writeFileSync(
    join(folder, `${margin.variable}.csv`),
    `${margin.variable},Freq\n${rows.join("\n")}\n`,
  );
}

// Ours reads the same file back, so both tools rake identical inputs.
const parsed = readFileSync(join(folder, "respondents.csv"), "utf8").trimEnd().split("\n").slice(1);
const input = {
  weights: Float64Array.from(parsed, (line) => Number(line.split(",")[0])),
  margins: margins.map((margin, m) => ({
    ...margin,
    codes: parsed.map((line) => {
      const cell = line.split(",")[m + 1];
      return margin.variable === "region" ? Number(cell) : cell;
    }),
  })),
};

const ours = rake(input);
if (!ours.converged) throw new Error("rake did not converge");

const bench = new Bench({ iterations: 20, warmupIterations: 3, time: 0, warmupTime: 0 });
bench.add("rake", () => rake(input));
await bench.run();
const latency = bench.tasks[0]?.result?.latency;
if (latency === undefined) throw new Error("the rake task did not run");
const oursMs = latency.p50 ?? latency.mean;

const rScript = `
suppressPackageStartupMessages(library(survey))
dir <- commandArgs(trailingOnly = TRUE)[1]
d <- read.csv(file.path(dir, "respondents.csv"), colClasses = c("numeric", "character", "character", "character"))
pop <- lapply(c("sexe", "age", "region"), function(v)
  read.csv(file.path(dir, paste0(v, ".csv")), colClasses = c("character", "numeric")))
design <- svydesign(ids = ~1, weights = ~w, data = d)
times <- numeric(${R_RUNS})
for (r in seq_len(${R_RUNS})) {
  times[r] <- system.time(raked <- rake(design, list(~sexe, ~age, ~region), pop,
    control = list(maxit = 1000, epsilon = 1e-10, verbose = FALSE)))[["elapsed"]]
}
writeLines(format(weights(raked), digits = 17), file.path(dir, "r-weights.txt"))
cat(R.version.string, "|", as.character(packageVersion("survey")), "|", paste(times, collapse = " "), "\\n")
`;
writeFileSync(join(folder, "rake.R"), rScript);
const r = spawnSync("Rscript", [join(folder, "rake.R"), folder], { encoding: "utf8" });

console.log(
  `${N.toLocaleString("en")} respondents, margins sexe (2), age (6), region (13); ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}\n`,
);
console.log("| implementation | median time (ms) | runs | passes to converge |");
console.log("|---|---:|---:|---:|");
console.log(
  `| @observatoire/impact-indicators rake | ${oursMs.toFixed(1)} | 20 | ${ours.iterations} |`,
);
if (r.error !== undefined || r.status !== 0) {
  console.log("| R survey::rake | not run (Rscript unavailable or failed) | | |");
  if (r.stderr) console.error(r.stderr);
} else {
  const [version, surveyVersion, timings] = r.stdout.trim().split(" | ");
  const seconds = timings
    .split(" ")
    .map(Number)
    .sort((a, b) => a - b);
  const rMs = seconds[Math.floor(seconds.length / 2)] * 1000;
  const rWeights = readFileSync(join(folder, "r-weights.txt"), "utf8")
    .trim()
    .split("\n")
    .map(Number);
  let gap = 0;
  for (let i = 0; i < N; i++)
    gap = Math.max(gap, Math.abs(ours.weights[i] - rWeights[i]) / rWeights[i]);
  if (!(gap < 1e-6)) throw new Error(`weights differ from R's by ${gap} (relative)`);
  console.log(
    `| R survey::rake (${surveyVersion}, ${version}) | ${rMs.toFixed(1)} | ${R_RUNS} | |`,
  );
  console.log(
    `\nR / ours: ${(rMs / oursMs).toFixed(1)}x. Largest relative gap between the two sets of weights: ${gap.toExponential(2)}.`,
  );
}
rmSync(folder, { recursive: true, force: true });
