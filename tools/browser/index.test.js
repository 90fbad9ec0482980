// @ts-check
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { browserChecks, chromiumCandidates, ENABLE_COMMAND, findChromium } from "./index.js";

const nowhere = () => false;

test("CHROMIUM_PATH is the only candidate when set", () => {
  assert.deepEqual(chromiumCandidates({ env: { CHROMIUM_PATH: "/x/chrome" }, home: "/none" }), [
    "/x/chrome",
  ]);
  assert.equal(findChromium({ env: { CHROMIUM_PATH: "/x/chrome" }, exists: nowhere }), undefined);
});

test("Debian's path comes before Google Chrome", () => {
  const found = findChromium({
    env: {},
    home: "/none",
    exists: (path) => path === "/usr/bin/chromium" || path === "/usr/bin/google-chrome",
  });
  assert.equal(found, "/usr/bin/chromium");
  const chrome = findChromium({
    env: {},
    home: "/none",
    exists: (path) => path === "/opt/google/chrome/chrome",
  });
  assert.equal(chrome, "/opt/google/chrome/chrome");
});

test("Playwright's cache, newest build first, both layouts", () => {
  const home = mkdtempSync(join(tmpdir(), "tools-browser-"));
  const cache = join(home, ".cache", "ms-playwright");
  for (const [build, layout] of [
    ["chromium-1090", "chrome-linux"],
    ["chromium-1194", "chrome-linux64"],
  ]) {
    mkdirSync(join(cache, build, layout), { recursive: true });
    writeFileSync(join(cache, build, layout, "chrome"), "");
  }
  mkdirSync(join(cache, "ffmpeg-1011"));
  // Only the files of this temporary cache exist, whatever the machine has installed.
  const exists = (/** @type {string} */ path) => path.startsWith(home) && existsSync(path);
  const newest = join(cache, "chromium-1194", "chrome-linux64", "chrome");
  assert.equal(findChromium({ env: {}, home, exists }), newest);
  assert.equal(
    findChromium({ env: { PLAYWRIGHT_BROWSERS_PATH: cache }, home: "/none", exists }),
    newest,
  );
});

test("no browser: skip with the command that enables the checks, or fail under CI", () => {
  const skipped = browserChecks({ env: {}, home: "/none", exists: nowhere });
  assert.equal(skipped.skip, true);
  assert.match(
    skipped.skip ? skipped.reason : "",
    /^Browser checks skipped: .*npx playwright-core install chromium$/,
  );
  assert.ok(ENABLE_COMMAND.length > 0);
  const named = browserChecks({ env: { CHROMIUM_PATH: "none" }, home: "/none", exists: nowhere });
  assert.match(named.skip ? named.reason : "", /CHROMIUM_PATH=none names no file/);
  assert.throws(
    () => browserChecks({ env: { CI: "true" }, home: "/none", exists: nowhere }),
    /CI is set, so a missing browser fails\. Browser checks skipped/,
  );
});
