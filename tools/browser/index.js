// @ts-check
// Where the browser tests find Chromium, and what they do when there is none. Shared by
// every test that drives a browser (import "@observatoire/tools-browser") and by the root
// `npm test` (tools/browser/with-chromium.js), so that the search order, the skip line
// and the CI rule live in one place. Plain JavaScript, so that Node 20 runs it unbuilt.
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** The one command that installs a browser the tests find, without root. */
export const ENABLE_COMMAND = "npx playwright-core install chromium";

/** Fixed paths where Debian, Ubuntu and Google's packages put the browser. */
export const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
];

/** Folders of Playwright's browser cache holding the `chrome` binary, oldest layout first. */
const PLAYWRIGHT_LAYOUTS = ["chrome-linux", "chrome-linux64", "chrome-linux-arm64"];

/**
 * The flags the tests launch Chromium with: headless, no sandbox (CI containers run as
 * root) and no background connections (a closed network refuses them).
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Every place looked at, in order: the system paths, then Playwright's cache
 * (`PLAYWRIGHT_BROWSERS_PATH`, else `~/.cache/ms-playwright`), newest build first. A set
 * `CHROMIUM_PATH` is the only candidate: whoever set it meant that browser, not another
 * (and `CHROMIUM_PATH=none` hides every browser, to try the skip).
 *
 * @param {{ env?: Record<string, string | undefined>, home?: string }} [options]
 * @returns {string[]}
 */
export function chromiumCandidates(options = {}) {
  const env = options.env ?? process.env;
  const home = options.home ?? homedir();
  if (env.CHROMIUM_PATH) return [env.CHROMIUM_PATH];
  const candidates = [...SYSTEM_PATHS];
  const cache = env.PLAYWRIGHT_BROWSERS_PATH || join(home, ".cache", "ms-playwright");
  let builds = [];
  try {
    builds = readdirSync(cache).filter((name) => /^chromium-\d+$/.test(name));
  } catch {
    // no cache: nothing to add
  }
  builds.sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  for (const build of builds) {
    for (const layout of PLAYWRIGHT_LAYOUTS) candidates.push(join(cache, build, layout, "chrome"));
  }
  return candidates;
}

/**
 * The first candidate that exists, or `undefined`.
 *
 * @param {{ env?: Record<string, string | undefined>, home?: string, exists?: (path: string) => boolean }} [options]
 * @returns {string | undefined}
 */
export function findChromium(options = {}) {
  const exists = options.exists ?? existsSync;
  return chromiumCandidates(options).find((path) => exists(path));
}

/** The one line `npm test` prints when it skips the browser checks. */
export const SKIP_LINE = `Browser checks skipped: no Chromium found (CHROMIUM_PATH, ${SYSTEM_PATHS[0]}, Google Chrome, Playwright's cache); enable them with: ${ENABLE_COMMAND}`;

/**
 * The skip line for this environment (it names a `CHROMIUM_PATH` that points nowhere).
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function skipLine(env = process.env) {
  return env.CHROMIUM_PATH
    ? `Browser checks skipped: CHROMIUM_PATH=${env.CHROMIUM_PATH} names no file; unset it, or enable them with: ${ENABLE_COMMAND}`
    : SKIP_LINE;
}

/**
 * What a browser test should do: run with the browser found, or skip. With `CI` set a
 * missing browser throws, so that CI never skips the browser checks silently.
 *
 * @param {{ env?: Record<string, string | undefined>, home?: string, exists?: (path: string) => boolean }} [options]
 * @returns {{ path: string, skip: false } | { path: undefined, skip: true, reason: string }}
 */
export function browserChecks(options = {}) {
  const env = options.env ?? process.env;
  const path = findChromium(options);
  if (path !== undefined) return { path, skip: false };
  const reason = skipLine(env);
  if (env.CI) throw new Error(`CI is set, so a missing browser fails. ${reason}`);
  return { path: undefined, skip: true, reason };
}
