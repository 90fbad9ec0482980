#!/usr/bin/env node
// What each published package ships, from `npm pack --dry-run --json` (the list npm itself
// would put in the tarball): only allowed paths (the build, its declarations and maps, the
// TypeScript sources, the manifest and README, and a few files a package names below), no
// test, fixture, test helper or test-runner code, and an unpacked size within a budget.
// Custom code: publint and attw check that the exports resolve, not what else is shipped,
// and size-limit measures what an app bundles, not the tarball.
// Usage: node scripts/check-pack.mjs (after `npm run build`)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listWorkspaces } from "./check-architecture.mjs";
import { exitOnProblems, rootWhenRun } from "./run-check.mjs";

/**
 * Unpacked size budgets in bytes, per package: the size measured when the budget was
 * written (in the comment, after the merges of issues 12, 13 and 16) plus about 15 %.
 * Update both numbers together, from this script's output.
 */
export const BUDGETS = {
  // measured 1,395,903 with the kernel entry (its own build and declarations), issue 15
  "@observatoire/impact-core": 1_600_000,
  "@observatoire/impact-indicators": 1_960_000, // measured 1,707,947 with the survey designs
  "@observatoire/impact-citations": 600_000, // measured 514,668
  "@observatoire/impact-data": 950_000, // measured 818,737
  "@observatoire/impact-cli": 1_950_000, // measured 1,689,369 (the command is one bundled file)
  "@observatoire/remark-citations": 260_000, // measured 220,791
};

/** Files a package ships besides the common ones, by package. */
export const EXTRA_FILES = {
  // The stub that resolves `@observatoire/impact-core/kernel` for node10-style resolvers.
  "@observatoire/impact-core": [/^kernel\/package\.json$/],
  "@observatoire/impact-data": [/^catalog\.json$/],
  "@observatoire/impact-cli": [/^bin\/impact\.js$/],
};

/** Paths every package may ship. */
export const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE(?:\.md)?$/,
  /^dist\/[\w./-]+\.(?:js|cjs|mjs|d\.ts|d\.cts|d\.mts)(?:\.map)?$/,
  /^src\/[\w./-]+\.ts$/,
];

/** Paths no package may ship, even when an allowed pattern matches. */
export const FORBIDDEN =
  /(?:\.(?:test|spec|test-d|bench)\.[cm]?[jt]sx?(?:\.map)?$)|(?:^|\/)(?:__fixtures__|__tests__|fixtures|test|tests)\/|(?:^|\/)test-helpers?\.|(?:^|\/)vitest\.config\./;

/** What a built file must not contain: an import of a test runner. */
const TEST_RUNNER =
  /(?:from\s*|require\(\s*|import\(\s*)["'](?:vitest|@vitest\/[\w-]+|expect-type|fast-check)["']/;

/**
 * Checks one `npm pack --dry-run --json` result.
 *
 * @param pack `{ name, files: [{ path, size }], unpackedSize }`
 * @param read reads a shipped file (to look for test-runner imports in the build)
 * @returns the problems found, each naming the package
 */
export function checkPackResult(pack, read, budgets = BUDGETS, extra = EXTRA_FILES) {
  const problems = [];
  const allowed = [...ALLOWED, ...(extra[pack.name] ?? [])];
  for (const { path } of pack.files) {
    if (FORBIDDEN.test(path)) problems.push(`${pack.name}: ships ${path}, a test file or helper`);
    else if (!allowed.some((pattern) => pattern.test(path))) {
      problems.push(`${pack.name}: ships ${path}, which is not on the allow-list`);
    } else if (/^dist\/.*\.[cm]?js$/.test(path) && TEST_RUNNER.test(read(path))) {
      problems.push(`${pack.name}: ${path} imports a test runner`);
    }
  }
  const budget = budgets[pack.name];
  if (budget === undefined) {
    problems.push(`${pack.name}: no unpacked-size budget (add it to BUDGETS in check-pack.mjs)`);
  } else if (pack.unpackedSize > budget) {
    problems.push(
      `${pack.name}: ${pack.unpackedSize} B unpacked is over its budget of ${budget} B`,
    );
  }
  return problems;
}

const root = rootWhenRun(import.meta.url);
if (root !== undefined) {
  const published = listWorkspaces(root).filter(({ manifest }) => manifest.private !== true);
  const output = execFileSync(
    "npm",
    [
      "pack",
      "--dry-run",
      "--json",
      "--ignore-scripts",
      ...published.flatMap(({ dir }) => ["--workspace", dir]),
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] },
  );
  const packs = JSON.parse(output);
  const problems = [];
  for (const pack of packs) {
    const { dir } = published.find(({ name }) => name === pack.name) ?? {};
    if (dir === undefined) continue;
    problems.push(...checkPackResult(pack, (path) => readFileSync(join(dir, path), "utf8")));
    console.log(
      `${pack.name}: ${pack.entryCount} files, ${pack.unpackedSize} B unpacked (budget ${BUDGETS[pack.name] ?? "none"} B)`,
    );
  }
  if (packs.length !== published.length) {
    problems.push(`npm pack listed ${packs.length} packages, expected ${published.length}`);
  }
  exitOnProblems("check-pack", problems, "", "\n");
  console.log("\ncheck-pack: every tarball holds only the library, within budget");
}
