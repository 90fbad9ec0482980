import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// The rendering entry points must stay small and free of zod: only fromCslJson validates
// with the schemas. Bundled from source, as an app's bundler sees the package's modules.
describe("bundle of formatNotes and formatReference", () => {
  it("holds no zod and weighs under 15 kB gzip", async () => {
    const result = await build({
      stdin: {
        contents: 'export { formatNotes, formatReference } from "@observatoire/impact-citations";',
        resolveDir: new URL(".", import.meta.url).pathname,
        loader: "js",
      },
      bundle: true,
      format: "esm",
      platform: "browser",
      minify: true,
      write: false,
      logLevel: "silent",
      conditions: ["@observatoire/source"],
    });
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(/ZodError|\$ZodType|zod/i);
    expect(gzipSync(code).length).toBeLessThan(15_000);
  });
});
