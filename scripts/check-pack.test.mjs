import { describe, expect, it } from "vitest";
import { checkPackResult } from "./check-pack.mjs";

const budgets = { "@observatoire/x": 1000 };
const pack = (paths, unpackedSize = 500) => ({
  name: "@observatoire/x",
  unpackedSize,
  files: paths.map((path) => ({ path, size: 1 })),
});
const built = { "dist/index.js": "export const a = 1;", "dist/index.cjs": "exports.a = 1;" };
const read = (path) => built[path] ?? "";

describe("checkPackResult", () => {
  it("accepts the build, its declarations and maps, the sources, manifest and README", () => {
    const files = [
      "package.json",
      "README.md",
      "dist/index.js",
      "dist/index.js.map",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "src/index.ts",
      "src/intervals/wilson.ts",
    ];
    expect(checkPackResult(pack(files), read, budgets, {})).toEqual([]);
  });

  it("names a shipped test, fixture, test helper or unknown file", () => {
    const files = [
      "dist/weighting/_lib/test-helpers.js",
      "src/weighting/_lib/test-helpers.ts",
      "src/a.test.ts",
      "src/__fixtures__/r.json",
      "test/helpers.ts",
      "notes.txt",
    ];
    expect(checkPackResult(pack(files), read, budgets, {})).toEqual([
      "@observatoire/x: ships dist/weighting/_lib/test-helpers.js, a test file or helper",
      "@observatoire/x: ships src/weighting/_lib/test-helpers.ts, a test file or helper",
      "@observatoire/x: ships src/a.test.ts, a test file or helper",
      "@observatoire/x: ships src/__fixtures__/r.json, a test file or helper",
      "@observatoire/x: ships test/helpers.ts, a test file or helper",
      "@observatoire/x: ships notes.txt, which is not on the allow-list",
    ]);
  });

  it("finds a test runner bundled into the build", () => {
    const withVitest = (path) =>
      path === "dist/chunk.js" ? 'import { expect } from "vitest";' : "";
    expect(checkPackResult(pack(["dist/chunk.js"]), withVitest, budgets, {})).toEqual([
      "@observatoire/x: dist/chunk.js imports a test runner",
    ]);
  });

  it("allows a package's extra files, and holds the budget", () => {
    expect(
      checkPackResult(pack(["catalog.json"], 1001), read, budgets, {
        "@observatoire/x": [/^catalog\.json$/],
      }),
    ).toEqual(["@observatoire/x: 1001 B unpacked is over its budget of 1000 B"]);
    expect(checkPackResult({ ...pack([]), name: "@observatoire/y" }, read, budgets, {})).toEqual([
      "@observatoire/y: no unpacked-size budget (add it to BUDGETS in check-pack.mjs)",
    ]);
  });
});
