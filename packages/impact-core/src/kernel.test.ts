import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as main from "./index";
import * as kernel from "./kernel";

describe("@observatoire/impact-core/kernel", () => {
  it("is re-exported whole, value for value, by the main entry", () => {
    const names = Object.keys(kernel);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      expect(Reflect.get(main, name), name).toBe(Reflect.get(kernel, name));
    }
  });

  it("is declared in the exports map with types first and the source condition", () => {
    const manifest = JSON.parse(
      readFileSync(new URL("../package.json", import.meta.url), "utf8"),
    ) as { exports: Record<string, Record<string, unknown>> };
    const entry = manifest.exports["./kernel"];
    expect(entry?.["@observatoire/source"]).toBe("./src/kernel.ts");
    expect(Object.keys(entry?.import as object)).toEqual(["types", "default"]);
    expect(Object.keys(entry?.require as object)).toEqual(["types", "default"]);
  });

  it("never imports zod, not even for a type that a bundler would drop", async () => {
    const result = await build({
      entryPoints: [new URL("./kernel.ts", import.meta.url).pathname],
      bundle: true,
      format: "esm",
      platform: "neutral",
      external: ["zod", "date-fns", "date-fns/*"],
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((entry) => entry.path),
    );
    expect(imports.filter((path) => path === "zod" || path.startsWith("zod/"))).toEqual([]);
    // No schema module either: each imports zod, so none may be reached.
    const schemas = Object.entries(result.metafile.inputs).filter(([, input]) =>
      input.imports.some((entry) => entry.path === "zod"),
    );
    expect(schemas.map(([path]) => path)).toEqual([]);
  });
});
