// Design-based estimation, side by side in one run, from columns in memory (no file read is
// timed on either side):
// A. domainProportions with strata and clusters on 2,000,000 rows (13 domains, 50 strata,
//    2,000 PSUs, integer codes), against a bare loop computing the same sums: per domain and
//    PSU the weighted totals, then per stratum the centred squares of the PSU totals.
// B. standard errors from 80 replicate weights on 200,000 rows: surveyDesign({ replicateWeights })
//    + surveyMean, against R svrepdesign() + svymean() on the same data frame, built in R from
//    the same integer formulas (timed with system.time in the same run; needs Rscript with the
//    survey package). The two standard errors are compared before the timings are printed.
// Run after `npm run build`: node --expose-gc bench/indicators-design.mjs
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { domainProportions, surveyDesign, surveyMean } from "@observatoire/impact-indicators";
import { Bench } from "tinybench";
import { mulberry32 } from "./_lib/random.mjs";

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}\n`,
);

// A. Domain proportions with strata and clusters.
const N = 2_000_000;
const G = 13;
const H = 50;
const PSU_PER_STRATUM = 40;
const rand = mulberry32(20261128);
const values = new Uint8Array(N);
const weights = new Float64Array(N);
const domains = new Uint8Array(N);
const strata = new Int32Array(N);
const psus = new Int32Array(N); // PSU numbers are unique across strata
for (let i = 0; i < N; i++) {
  const h = Math.floor(rand() * H);
  strata[i] = h;
  psus[i] = h * PSU_PER_STRATUM + Math.floor(rand() * PSU_PER_STRATUM);
  domains[i] = Math.floor(rand() * G);
  values[i] = rand() < 0.3 + 0.03 * domains[i] + 0.002 * h ? 1 : 0;
  weights[i] = 0.2 + 3 * rand();
}
const P = H * PSU_PER_STRATUM;

function bareLoop() {
  const sw = new Float64Array(G * P);
  const swy = new Float64Array(G * P);
  const total = new Float64Array(G);
  const totalY = new Float64Array(G);
  for (let i = 0; i < N; i++) {
    const cell = domains[i] * P + psus[i];
    const w = weights[i];
    sw[cell] += w;
    total[domains[i]] += w;
    if (values[i] === 1) {
      swy[cell] += w;
      totalY[domains[i]] += w;
    }
  }
  const out = [];
  const t = new Float64Array(P);
  for (let g = 0; g < G; g++) {
    const p = totalY[g] / total[g];
    for (let j = 0; j < P; j++) t[j] = (swy[g * P + j] - p * sw[g * P + j]) / total[g];
    let variance = 0;
    for (let h = 0; h < H; h++) {
      let mean = 0;
      for (let k = 0; k < PSU_PER_STRATUM; k++) mean += t[h * PSU_PER_STRATUM + k];
      mean /= PSU_PER_STRATUM;
      let ss = 0;
      for (let k = 0; k < PSU_PER_STRATUM; k++) ss += (t[h * PSU_PER_STRATUM + k] - mean) ** 2;
      variance += (PSU_PER_STRATUM / (PSU_PER_STRATUM - 1)) * ss;
    }
    out.push({ estimate: p, standardError: Math.sqrt(variance) });
  }
  return out;
}

const design = surveyDesign({ weights, strata, clusters: psus });
const reference = bareLoop();
for (const row of domainProportions(values, design, domains)) {
  const bare = reference[row.group];
  const gap = Math.max(
    Math.abs(bare.estimate - row.estimate),
    Math.abs(bare.standardError - row.standardError) / bare.standardError,
  );
  if (gap > 1e-10) throw new Error(`domain ${row.group} disagrees by ${gap}`);
}

let sink = 0;
const tasks = {
  "bare loop (same sums per domain and PSU, no validation)": () => {
    sink += bareLoop()[0].standardError;
  },
  "domainProportions(values, design, codes), design built once": () => {
    sink += domainProportions(values, design, domains)[0].standardError;
  },
  "surveyDesign + domainProportions": () => {
    const d = surveyDesign({ weights, strata, clusters: psus });
    sink += domainProportions(values, d, domains)[0].standardError;
  },
};
const ROUNDS = 5;
const perRound = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 500, warmupTime: 100, iterations: 3 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  for (const task of bench.tasks) perRound[task.name].push(task.result.latency.p50);
}
console.log(
  `A. ${N.toLocaleString("en-US")} rows, ${G} domains, ${H} strata, ${P} PSUs; median of ${ROUNDS} interleaved rounds\n`,
);
console.log("| task | ms per call | vs bare loop |");
console.log("|---|---:|---:|");
const taskNames = Object.keys(tasks);
const base = median(perRound[taskNames[0]]);
for (const name of taskNames) {
  const ms = median(perRound[name]);
  console.log(`| ${name} | ${ms.toFixed(0)} | ${(ms / base).toFixed(2)}x |`);
}

// B. 80 replicate weights on 200,000 rows, the same integer formulas in JS and in R.
const M = 200_000;
const R = 80;
const y = new Float64Array(M);
const w = new Float64Array(M);
for (let i = 1; i <= M; i++) {
  y[i - 1] = ((i * 31) % 100) / 10;
  w[i - 1] = 1 + (i % 13) / 4;
}
const replicateWeights = [];
for (let r = 1; r <= R; r++) {
  const col = new Float64Array(M);
  for (let i = 1; i <= M; i++) col[i - 1] = w[i - 1] * (((i * 7919 + r * 104729) % 97) / 48.5);
  replicateWeights.push(col);
}
const runOurs = () =>
  surveyMean(y, surveyDesign({ weights: w, replicateWeights, type: "bootstrap" })).standardError;
const oursSe = runOurs();
const times = [];
for (let k = 0; k < 5; k++) {
  const start = performance.now();
  sink += runOurs();
  times.push(performance.now() - start);
}
const rScript = `
suppressPackageStartupMessages(library(survey))
M <- ${M}; R <- ${R}; i <- 1:M
d <- data.frame(y = ((i * 31) %% 100) / 10, w = 1 + (i %% 13) / 4)
rep <- sapply(1:R, function(r) d$w * (((i * 7919 + r * 104729) %% 97) / 48.5))
run <- function() SE(svymean(~y, svrepdesign(data = d, repweights = rep, weights = ~w,
  type = "bootstrap", combined.weights = TRUE)))
se <- run()
t <- sapply(1:5, function(k) system.time(run())[["elapsed"]])
cat(sprintf("%.15g", se), paste(t, collapse = " "), as.character(packageVersion("survey")), "\\n")
`;
const r = spawnSync("Rscript", ["-e", rScript], { encoding: "utf8" });
console.log(
  `\nB. ${M.toLocaleString("en-US")} rows, ${R} bootstrap replicate weights; 5 runs each\n`,
);
console.log("| implementation | median ms | standard error |");
console.log("|---|---:|---:|");
console.log(
  `| surveyDesign({ replicateWeights }) + surveyMean | ${median(times).toFixed(0)} | ${oursSe.toPrecision(12)} |`,
);
if (r.status !== 0 || !r.stdout.trim()) {
  console.log("| R svrepdesign + svymean | not run (Rscript or survey unavailable) | |");
  if (r.stderr) console.error(r.stderr);
} else {
  const [se, ...rest] = r.stdout.trim().split(" ");
  const version = rest.pop();
  const rMs = rest.map((s) => Number(s) * 1000);
  if (Math.abs(Number(se) - oursSe) > 1e-8 * oursSe) {
    throw new Error(`standard errors disagree: R ${se}, ours ${oursSe}`);
  }
  console.log(
    `| R survey ${version} svrepdesign + svymean | ${median(rMs).toFixed(0)} | ${Number(se).toPrecision(12)} |`,
  );
}
if (sink === 42) console.log("");
