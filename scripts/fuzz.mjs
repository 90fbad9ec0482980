// `npm run fuzz`: the hostile-input properties (issue 16) with 10,000 runs each, or
// HOSTILE_RUNS when set. Not part of `npm test`, which runs them a few hundred times. The
// seed follows the property tests' rule (fast-check-setup.ts): FC_SEED replays a failure.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const PACKAGES = ["impact-core", "impact-indicators", "impact-citations"];
const runs = process.env.HOSTILE_RUNS ?? "10000";
let failed = false;
for (const name of PACKAGES) {
  const cwd = fileURLToPath(new URL(`../packages/${name}/`, import.meta.url));
  console.log(`\n${name}: hostile properties, ${runs} runs each`);
  const result = spawnSync(
    "npx",
    ["vitest", "run", "hostile.test", "--typecheck.enabled=false", "--testTimeout=3600000"],
    { cwd, stdio: "inherit", env: { ...process.env, HOSTILE_RUNS: runs } },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
