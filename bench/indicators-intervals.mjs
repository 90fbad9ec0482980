// proportionInterval calls per second, side by side with what a user would write instead:
// simple-statistics has no binomial interval, so the peer is a Wilson interval built on its
// `probit` (the normal quantile, computed on every call), plus a hand-rolled Wilson with the
// constant 1.959963984540054 (labelled as such). Before timing, the hand-rolled variant must
// give our bounds to 1e-12, and the gap of simple-statistics' (approximate) probit is measured
// and printed. Counts vary on every call so nothing is constant-folded.
// Run after `npm run build`: node --expose-gc bench/indicators-intervals.mjs
import { cpus } from "node:os";
import { proportionInterval, surveyProportion } from "@observatoire/impact-indicators";
import { probit } from "simple-statistics";
import { Bench } from "tinybench";

const SIZE = 1024;
const trials = new Int32Array(SIZE);
const successes = new Int32Array(SIZE);
let seed = 12345;
for (let i = 0; i < SIZE; i++) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  trials[i] = 50 + (seed % 2000);
  successes[i] = seed % (trials[i] + 1);
}

function wilsonSimpleStatistics(x, n, level) {
  const z = probit(1 - (1 - level) / 2);
  const q = x / n;
  const denom = 1 + (z * z) / n;
  const center = (q + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((q * (1 - q)) / n + (z * z) / (4 * n * n))) / denom;
  return { estimate: q, lower: center - half, upper: center + half };
}

function wilsonHandRolled(x, n) {
  const z = 1.959963984540054;
  const q = x / n;
  const denom = 1 + (z * z) / n;
  const center = (q + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((q * (1 - q)) / n + (z * z) / (4 * n * n))) / denom;
  return { estimate: q, lower: center - half, upper: center + half };
}

// Agreement first: the hand-rolled formula must give our interval; simple-statistics' probit
// is an approximation, whose error in the bounds is measured and printed.
let worstHand = 0;
let worstPeer = 0;
for (let i = 0; i < SIZE; i++) {
  const ours = proportionInterval(successes[i], trials[i]);
  const peer = wilsonSimpleStatistics(successes[i], trials[i], 0.95);
  const hand = wilsonHandRolled(successes[i], trials[i]);
  worstHand = Math.max(
    worstHand,
    Math.abs(ours.lower - hand.lower),
    Math.abs(ours.upper - hand.upper),
  );
  worstPeer = Math.max(
    worstPeer,
    Math.abs(ours.lower - peer.lower),
    Math.abs(ours.upper - peer.upper),
  );
}
if (worstHand > 1e-12) throw new Error(`the hand-rolled Wilson disagrees by ${worstHand}`);

let sink = 0;
// tinybench times each iteration with the clock, whose overhead dwarfs a 100 ns call: every
// iteration therefore runs BATCH calls, and calls/s is BATCH times the iterations per second.
const BATCH = SIZE;
const batch = (call) => () => {
  for (let i = 0; i < BATCH; i++) sink += call(i);
};
const tasks = {
  "impact-indicators proportionInterval (wilson, validated)": batch(
    (i) => proportionInterval(successes[i], trials[i]).lower,
  ),
  "impact-indicators proportionInterval (clopper-pearson, validated)": batch(
    (i) => proportionInterval(successes[i], trials[i], { method: "clopper-pearson" }).lower,
  ),
  "simple-statistics probit + Wilson formula": batch(
    (i) => wilsonSimpleStatistics(successes[i], trials[i], 0.95).lower,
  ),
  "hand-rolled Wilson, constant z, no validation": batch(
    (i) => wilsonHandRolled(successes[i], trials[i]).lower,
  ),
};

// A weighted sample of 1,000 respondents, for scale: one surveyProportion call per "call".
const y = new Uint8Array(1000).map((_, i) => ((i * 7919) % 3 === 0 ? 1 : 0));
const w = new Float64Array(1000).map((_, i) => 0.5 + ((i * 104729) % 1000) / 400);
const SINGLE = "impact-indicators surveyProportion (1,000 weighted rows, logit)";
tasks[SINGLE] = () => {
  sink += surveyProportion(y, w).lower;
};

// The machine is shared: the tasks run in ROUNDS short interleaved rounds, and each task's
// figure is the median of its per-round medians, so that a burst of load hits all alike.
const ROUNDS = 7;
const perRound = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 400, warmupTime: 100 });
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
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}; median of ${ROUNDS} interleaved rounds\n`,
);
console.log("| task | calls/s | ns per call |");
console.log("|---|---:|---:|");
for (const name of Object.keys(tasks)) {
  const ms = median(perRound[name]) / (name === SINGLE ? 1 : BATCH);
  console.log(
    `| ${name} | ${Math.round(1000 / ms).toLocaleString("en-US")} | ${(ms * 1e6).toFixed(0)} |`,
  );
}
console.log(
  `\nLargest gap of the bounds, simple-statistics probit vs statsmodels-exact: ${worstPeer.toExponential(2)} (its probit(0.975) is ${probit(0.975)}, the exact quantile 1.959963984540054).`,
);
if (sink === 42) console.log("");
