#!/usr/bin/env node
// @ts-check
// Runs a command (the root `npm test`: `node tools/browser/with-chromium.js turbo run ...`)
// with CHROMIUM_PATH set to the browser found, so that every browser test uses the same one
// and turbo's cache tells a run with a browser from a run without (CHROMIUM_PATH is an env
// input of the test tasks). Without a browser it prints the one skip line and the command
// that enables the checks; with CI set it fails instead.
import { spawnSync } from "node:child_process";
import { browserChecks } from "./index.js";

const [command, ...args] = process.argv.slice(2);
if (command === undefined) {
  console.error("usage: node tools/browser/with-chromium.js <command> [args...]");
  process.exit(2);
}
let checks;
try {
  checks = browserChecks();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const env = { ...process.env };
if (!checks.skip) env.CHROMIUM_PATH = checks.path;
const result = spawnSync(command, args, {
  stdio: "inherit",
  env,
  shell: process.platform === "win32",
});
if (result.error) {
  console.error(`${command}: ${result.error.message}`);
  process.exit(1);
}
if (checks.skip) console.log(checks.reason);
process.exit(result.status ?? 1);
