// Runs an example's TypeScript entry on Node without building the packages first: esbuild
// bundles the example with the workspace packages' sources (the `@observatoire/source` export
// condition) and leaves every other dependency to Node. An app that installs the packages
// from npm needs none of this: it imports their built `dist` like any other package.
//
// Usage (from an example folder): node ../run-source.mjs src/main.ts [args...]
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { build } from "esbuild";

const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  console.error("usage: node ../run-source.mjs src/main.ts [args...]");
  process.exit(2);
}
const outdir = resolve("out", ".run");
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(entry, ".ts")}.mjs`);

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@observatoire/source"],
  sourcemap: "inline",
  logLevel: "warning",
  plugins: [
    {
      name: "external-third-parties",
      setup(plugin) {
        // Bare imports other than the workspace packages stay imports, resolved by Node.
        plugin.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith("@observatoire/") ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});

const run = spawnSync(process.execPath, ["--enable-source-maps", outfile, ...args], {
  stdio: "inherit",
});
process.exit(run.status ?? 1);
