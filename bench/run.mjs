// Runs the benchmarks of this folder one after another (never in parallel: they would time
// each other). Usage: node --expose-gc run.mjs [filter...]; with filters, only the benches
// whose file name contains one of them. From the repository root: `npm run bench -- rake`.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const self = basename(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const all = readdirSync(here)
  .filter((name) => name.endsWith(".mjs") && name !== self)
  .sort();
const chosen =
  filters.length === 0
    ? all
    : all.filter((name) => filters.some((filter) => name.includes(filter)));

if (chosen.length === 0) {
  console.error(
    `no benchmark matches ${filters.map((filter) => `"${filter}"`).join(", ")}; available: ${all.join(", ") || "none"}`,
  );
  process.exit(1);
}

const failed = [];
for (const name of chosen) {
  console.log(`\n## ${name}\n`);
  const result = spawnSync(process.execPath, ["--expose-gc", join(here, name)], {
    cwd: here,
    stdio: "inherit",
  });
  if (result.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(", ")}`);
  process.exit(1);
}
