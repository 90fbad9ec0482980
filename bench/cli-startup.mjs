// Start-up time of the built `impact` command against a bare `node -e 0`, on the same
// machine, runs interleaved so that a change of load touches both alike. Prints the median
// and the minimum wall time of each and the median difference; with GNU time
// (/usr/bin/time) also the CPU time (user + system), which other processes on a busy
// machine disturb less than the wall time. hyperfine is not needed.
// Usage: node bench/cli-startup.mjs [runs] (after `npm run build`; default 30 runs)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const launcher = join(here, "..", "packages", "impact-cli", "bin", "impact.js");
if (!existsSync(join(here, "..", "packages", "impact-cli", "dist", "bin.js"))) {
  console.error("packages/impact-cli/dist/bin.js is missing: run `npm run build` first");
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 30);
const commands = {
  "node -e 0": ["-e", "0"],
  "impact ci 74 100": [launcher, "ci", "74", "100"],
  "impact --version": [launcher, "--version"],
};

const GNU_TIME = "/usr/bin/time";
const withCpu = existsSync(GNU_TIME);
const scratch = mkdtempSync(join(tmpdir(), "cli-startup-"));
const timeFile = join(scratch, "time");

const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const cpu = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let i = 0; i < runs + 2; i += 1) {
  for (const [name, args] of Object.entries(commands)) {
    const [file, argv] = withCpu
      ? [GNU_TIME, ["-f", "%U %S", "-o", timeFile, process.execPath, ...args]]
      : [process.execPath, args];
    const start = process.hrtime.bigint();
    const result = spawnSync(file, argv, { stdio: ["ignore", "ignore", "inherit"] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${name} exited with ${result.status}`);
    if (i < 2) continue; // two warm-up rounds fill the file cache
    times[name].push(ms);
    if (withCpu) {
      const [user, system] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-2);
      cpu[name].push((Number(user) + Number(system)) * 1000);
    }
  }
}
rmSync(scratch, { recursive: true, force: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const base = median(times["node -e 0"]);
const cpuBase = withCpu ? median(cpu["node -e 0"]) : 0;
const ms = (value) => `${value.toFixed(0)} ms`;
console.log(
  `| command (${runs} runs, interleaved) | wall, median | wall, min | wall, median - node -e 0 |${withCpu ? " CPU, median | CPU, median - node -e 0 |" : ""}`,
);
console.log(`| --- | ---: | ---: | ---: |${withCpu ? " ---: | ---: |" : ""}`);
for (const [name, values] of Object.entries(times)) {
  const m = median(values);
  const cpuCells = withCpu
    ? ` ${ms(median(cpu[name]))} | ${ms(median(cpu[name]) - cpuBase)} |`
    : "";
  console.log(
    `| \`${name}\` | ${ms(m)} | ${ms(Math.min(...values))} | ${ms(m - base)} |${cpuCells}`,
  );
}
