// domainProportions on 2,000,000 weighted rows (13 regions), against a bare Float64Array loop
// computing the same per-domain sums (rows, weighted 0/1 totals, squared weights) with no
// validation and no interval. Group columns: Uint8Array codes (the fast path), a plain array of
// numbers, and a plain array of strings. The bare loop's sums are turned into the estimates
// and checked against ours before timing.
// Run after `npm run build`: node --expose-gc bench/indicators-domains.mjs
import { cpus } from "node:os";
import { createDomainAccumulator, domainProportions } from "@observatoire/impact-indicators";
import { Bench } from "tinybench";
import { mulberry32 } from "./_lib/random.mjs";

const N = 2_000_000;
const G = 13;
const rand = mulberry32(20261126);
const values = new Uint8Array(N);
const weights = new Float64Array(N);
const codes = new Uint8Array(N);
for (let i = 0; i < N; i++) {
  codes[i] = Math.floor(rand() * G);
  values[i] = rand() < 0.3 + 0.03 * codes[i] ? 1 : 0;
  weights[i] = 0.2 + 3 * rand();
}
const numbers = Array.from(codes);
const names = Array.from(codes, (c) => `region-${c}`);

function bareLoop() {
  const rows = new Float64Array(G);
  const w1 = new Float64Array(G);
  const w0 = new Float64Array(G);
  const q1 = new Float64Array(G);
  const q0 = new Float64Array(G);
  for (let i = 0; i < N; i++) {
    const g = codes[i];
    const w = weights[i];
    rows[g] += 1;
    if (values[i] === 1) {
      w1[g] += w;
      q1[g] += w * w;
    } else {
      w0[g] += w;
      q0[g] += w * w;
    }
  }
  const out = [];
  for (let g = 0; g < G; g++) {
    const total = w1[g] + w0[g];
    const p = w1[g] / total;
    const se = Math.sqrt(((N / (N - 1)) * ((1 - p) ** 2 * q1[g] + p * p * q0[g])) / total ** 2);
    out.push({ estimate: p, standardError: se, rows: rows[g] });
  }
  return out;
}

const reference = bareLoop();
const ours = domainProportions(values, weights, codes);
for (const row of ours) {
  const bare = reference[row.group];
  const gap = Math.max(
    Math.abs(bare.estimate - row.estimate),
    Math.abs(bare.standardError - row.standardError),
  );
  if (gap > 1e-12 || bare.rows !== row.n) throw new Error(`group ${row.group} disagrees by ${gap}`);
}

let sink = 0;
const tasks = {
  "bare Float64Array loop (same sums, no validation, codes)": () => {
    sink += bareLoop()[0].estimate;
  },
  "domainProportions, Uint8Array codes": () => {
    sink += domainProportions(values, weights, codes)[0].estimate;
  },
  "domainProportions, number[] codes": () => {
    sink += domainProportions(values, weights, numbers)[0].estimate;
  },
  "domainProportions, string[] groups": () => {
    sink += domainProportions(values, weights, names)[0].estimate;
  },
  "createDomainAccumulator, add() row by row, codes": () => {
    const acc = createDomainAccumulator();
    for (let i = 0; i < N; i++) acc.add(values[i], weights[i], codes[i]);
    sink += acc.finish()[0].estimate;
  },
};

// The machine is shared: the tasks run in ROUNDS short interleaved rounds, and each task's
// figure is the median of its per-round medians, so that a burst of load hits all alike.
const ROUNDS = 7;
const perRound = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 600, warmupTime: 100, iterations: 3 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  for (const task of bench.tasks) perRound[task.name].push(task.result.latency.p50);
}
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}; ${N.toLocaleString("en-US")} rows, ${G} groups; median of ${ROUNDS} interleaved rounds\n`,
);
console.log("| task | ms per call | million rows/s | vs bare loop |");
console.log("|---|---:|---:|---:|");
const names0 = Object.keys(tasks);
const base = median(perRound[names0[0]]);
for (const name of names0) {
  const ms = median(perRound[name]);
  console.log(
    `| ${name} | ${ms.toFixed(1)} | ${(N / ms / 1000).toFixed(0)} | ${(ms / base).toFixed(2)}x |`,
  );
}
if (sink === 42) console.log("");
