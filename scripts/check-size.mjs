#!/usr/bin/env node
// Bundle budgets that prove tree-shaking: each entry is a one-line module importing a few
// names from a BUILT package (dist, ESM), bundled by esbuild for the browser, minified and
// gzipped. An app that only wants a Wilson interval must not pay for the domain schemas,
// so some entries must also be free of zod (no byte of a node_modules/zod module in the output).
// Usage: node scripts/check-size.mjs (after `npm run build`)
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { listWorkspaces } from "./check-architecture.mjs";
import { exitOnProblems, rootWhenRun } from "./run-check.mjs";

/** Budgets in bytes of gzip (1 kB = 1000 B). */
export const BUDGETS = [
  // Issue 2 asked for 4 kB here, and issue 4 for quantiles from @stdlib rather than
  // hand-written approximations. Both cannot hold: stdlib's erfcinv alone (behind the
  // normal quantile) is 6.3 kB gzip and its beta quantile, which Clopper-Pearson and
  // Jeffreys need, brings 52 kB. Accuracy to R and statsmodels wins; the budget is the
  // measured 56 kB plus a margin. The entry below proves that indicators itself
  // tree-shakes to what an app imports (its ESM build keeps one module per source file).
  {
    from: "@observatoire/impact-indicators",
    names: ["proportionInterval"],
    gzip: 58000,
    zodFree: true,
  },
  // One interval method costs one quantile: the normal-based methods carry stdlib's inverse
  // error function only (its normal quantile package entry alone is 9.6 kB gzip, hence
  // `_lib/normal-critical.ts`), the beta-based ones the beta quantile.
  {
    from: "@observatoire/impact-indicators",
    names: ["wilsonInterval"],
    gzip: 10000,
    zodFree: true,
  },
  {
    from: "@observatoire/impact-indicators",
    names: ["formatPercent", "kishEffectiveSampleSize"],
    gzip: 4000,
    zodFree: true,
  },
  // 9.1 kB measured: date-fns' format with two locales, and the one locale reader, which
  // quotes a bad value through the SDK's one describer (cut to 80 characters).
  { from: "@observatoire/impact-core", names: ["formatPartialDate"], gzip: 9500, zodFree: true },
  {
    from: "@observatoire/impact-citations",
    names: ["formatReference"],
    gzip: 15000,
    // Since citations loads impact-core through its zod-free kernel, references need no zod.
    zodFree: true,
  },
  {
    from: "@observatoire/impact-citations",
    names: ["formatNotes", "formatReference"],
    gzip: 15000,
    zodFree: true,
  },
];

const ZOD = /(?:^|\/)node_modules\/zod\//;

/**
 * Bundles one budget entry.
 *
 * @returns `{ entry, bytes, gzip, zodFree, largest, error }`: `error` explains a missing
 *   build or export; `largest` lists the inputs that weigh most in the output
 */
export async function measure(root, budget) {
  const entry = `import { ${budget.names.join(", ")} } from "${budget.from}"`;
  const workspace = listWorkspaces(root).find((candidate) => candidate.name === budget.from);
  if (workspace === undefined) return { entry, error: `package ${budget.from} not found` };
  const esm = workspace.manifest.exports?.["."]?.import?.default;
  const built = esm === undefined ? undefined : join(workspace.dir, esm);
  if (built === undefined || !existsSync(built)) {
    return {
      entry,
      error: `build output ${built === undefined ? '(no exports["."].import)' : relative(root, built)} of ${budget.from} is missing: run \`npm run build\``,
    };
  }
  let result;
  try {
    result = await build({
      stdin: {
        contents: `export { ${budget.names.join(", ")} } from "${budget.from}";\n`,
        resolveDir: root,
        loader: "js",
      },
      absWorkingDir: root,
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      treeShaking: true,
      write: false,
      metafile: true,
      logLevel: "silent",
    });
  } catch (failure) {
    const errors = failure.errors ?? [];
    const missing = errors
      .map((error) => /No matching export in "[^"]*" for import "([^"]+)"/.exec(error.text)?.[1])
      .filter((name) => name !== undefined);
    if (missing.length > 0) {
      return {
        entry,
        error: missing
          .map(
            (name) =>
              `export ${name} not found in package ${budget.from} (${relative(root, built)})`,
          )
          .join("; "),
      };
    }
    return { entry, error: errors.map((error) => error.text).join("; ") || String(failure) };
  }
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  const outputMeta = Object.values(result.metafile.outputs)[0];
  const largest = Object.entries(outputMeta?.inputs ?? {})
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5);
  return {
    entry,
    bytes: output.byteLength,
    gzip: gzipSync(output, { level: 9 }).byteLength,
    // The output's inputs, not metafile.inputs: esbuild lists there every module it parsed,
    // including those tree-shaking then dropped whole.
    zodFree: !Object.entries(outputMeta?.inputs ?? {}).some(
      ([path, { bytesInOutput }]) => bytesInOutput > 0 && ZOD.test(path),
    ),
    largest,
  };
}

/** Measures every budget; returns the rows and the list of failures. */
export async function checkSize(root, budgets = BUDGETS) {
  const rows = [];
  const failures = [];
  for (const budget of budgets) {
    const row = await measure(root, budget);
    rows.push({ ...row, budget });
    if (row.error !== undefined) {
      failures.push(row.error);
      continue;
    }
    if (row.gzip > budget.gzip) {
      const heaviest = row.largest.map(({ path, bytes }) => `${path} ${bytes} B`).join(", ");
      failures.push(
        `${row.entry}: ${row.gzip} B gzip is over its budget of ${budget.gzip} B (largest inputs: ${heaviest})`,
      );
    }
    if (budget.zodFree && !row.zodFree) {
      failures.push(`${row.entry}: the bundle contains zod, which this entry must not load`);
    }
  }
  return { rows, failures };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** The rows as a Markdown table. */
export function formatTable(rows) {
  const lines = [
    "| entry | bytes (min) | gzip | budget (gzip) | zod-free |",
    "| --- | ---: | ---: | ---: | --- |",
  ];
  for (const row of rows) {
    const zod = row.budget.zodFree ? "required" : "not required";
    if (row.error !== undefined) {
      lines.push(`| \`${row.entry}\` | - | - | ${kb(row.budget.gzip)} | ${zod}: not measured |`);
      continue;
    }
    const zodCell = `${row.zodFree ? "yes" : "no"} (${zod})`;
    lines.push(
      `| \`${row.entry}\` | ${row.bytes} | ${row.gzip} (${kb(row.gzip)}) | ${kb(row.budget.gzip)} | ${zodCell} |`,
    );
  }
  return lines.join("\n");
}

const root = rootWhenRun(import.meta.url);
if (root !== undefined) {
  const { rows, failures } = await checkSize(root);
  console.log(formatTable(rows));
  exitOnProblems("check-size", failures, "", "\n");
  console.log("\ncheck-size: every entry within budget");
}
