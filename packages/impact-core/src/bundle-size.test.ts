import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const packageDir = new URL("..", import.meta.url).pathname;

/**
 * Bundles `import { name } from "@observatoire/impact-core"` the way an app does, from a
 * single-file build of the package like the one tsup publishes (zod and date-fns left
 * external, then resolved by the app's bundler). Within one file, a bundler can drop the
 * zod schemas only because each is built in a pure-annotated expression: this guards that.
 */
async function bundleOf(name: string): Promise<{ code: string; gzip: number; inputs: string[] }> {
  const library = await build({
    entryPoints: [`${packageDir}src/index.ts`],
    bundle: true,
    format: "esm",
    platform: "neutral",
    external: ["zod", "date-fns", "date-fns/*"],
    write: false,
    logLevel: "silent",
  });
  const app = await build({
    stdin: {
      contents: `import { ${name} } from "impact-core-dist"; console.log(${name});`,
      resolveDir: packageDir,
      loader: "js",
    },
    plugins: [
      {
        name: "impact-core-dist",
        setup(build) {
          build.onResolve({ filter: /^impact-core-dist$/ }, () => ({
            path: "impact-core-dist",
            namespace: "dist",
            pluginData: packageDir,
          }));
          build.onLoad({ filter: /.*/, namespace: "dist" }, () => ({
            contents: library.outputFiles[0]?.text ?? "",
            loader: "js",
            resolveDir: packageDir,
          }));
        },
      },
    ],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = app.outputFiles[0]?.text ?? "";
  return {
    code,
    gzip: gzipSync(code, { level: 9 }).length,
    // Inputs that contribute bytes: a module read and then tree-shaken away does not count.
    inputs: Object.values(app.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    ),
  };
}

describe("bundle size of the zod-free entry points", () => {
  it("formatPartialDate bundles without zod in at most 9 KB gzip", async () => {
    const bundle = await bundleOf("formatPartialDate");
    expect(bundle.inputs.filter((input) => input.includes("/zod/"))).toEqual([]);
    expect(bundle.inputs.some((input) => input.includes("date-fns/locale/fr"))).toBe(true);
    expect(bundle.gzip).toBeLessThanOrEqual(9 * 1024);
  });

  it("label and isImpactError bundle without zod and without date-fns", async () => {
    for (const name of ["label", "isImpactError"]) {
      const bundle = await bundleOf(name);
      expect(bundle.inputs.filter((input) => /\/(zod|date-fns)\//.test(input))).toEqual([]);
    }
  });

  it("parseCatalog does bring zod (the check above is not vacuous)", async () => {
    const bundle = await bundleOf("parseCatalog");
    expect(bundle.inputs.some((input) => input.includes("/zod/"))).toBe(true);
  });
});
