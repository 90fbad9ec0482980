import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkArchitecture, findCycles, listImports } from "./check-architecture.mjs";

const script = join(dirname(fileURLToPath(import.meta.url)), "check-architecture.mjs");
const roots = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Writes a fixture monorepo: `files` maps paths to text (objects are written as JSON). */
function fixture(files) {
  const root = mkdtempSync(join(tmpdir(), "check-architecture-"));
  roots.push(root);
  const all = {
    "package.json": { workspaces: ["packages/*", "examples/*"], devDependencies: { vitest: "*" } },
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(
      join(root, path),
      typeof content === "string" ? content : JSON.stringify(content, null, 2),
    );
  }
  return root;
}

const core = "@observatoire/impact-core";
const sound = {
  "packages/impact-core/package.json": { name: core, peerDependencies: { zod: "*" } },
  "packages/impact-core/src/index.ts":
    'export { a } from "./a";\nexport type { Shape } from "./shape";\n',
  "packages/impact-core/src/a.ts":
    'import * as z from "zod";\nimport type { Shape } from "./shape";\nexport const a = z.string();\nexport const s: Shape | undefined = undefined;\n',
  "packages/impact-core/src/shape.ts":
    'import type { a } from "./a";\nexport type Shape = typeof a;\n',
  "packages/impact-core/src/a.test.ts":
    'import { it } from "vitest";\nimport { a } from "./a";\nit("a", () => a);\n',
  "packages/impact-indicators/package.json": {
    name: "@observatoire/impact-indicators",
    dependencies: { [core]: "0.0.0" },
    peerDependencies: { zod: "*" },
    peerDependenciesMeta: { zod: { optional: true } },
  },
  "packages/impact-indicators/src/index.ts": `import { a } from "${core}/kernel";\nimport type { ZodType } from "zod";\nimport type { Shape } from "${core}";\nexport const b: ZodType | Shape = a;\n`,
  "examples/demo/package.json": {
    name: "demo",
    private: true,
    dependencies: { [core]: "0.0.0", "@observatoire/impact-indicators": "0.0.0" },
  },
};

describe("checkArchitecture", () => {
  it("accepts a tree that follows ARCHITECTURE.md (type-only import cycles allowed)", () => {
    const { problems, stats } = checkArchitecture(fixture(sound));
    expect(problems).toEqual([]);
    expect(stats).toEqual({ workspaces: 3, files: 5, imports: 10 });
  });

  it("lets indicators and citations load impact-core at runtime only through its kernel", () => {
    const root = fixture({
      ...sound,
      "packages/impact-indicators/src/index.ts": `import { a } from "${core}";\nexport const b = a;\n`,
      "packages/impact-citations/package.json": {
        name: "@observatoire/impact-citations",
        dependencies: { [core]: "0.0.0" },
      },
      "packages/impact-citations/src/index.ts": `export { fromCslJson } from "./csl-json/from-csl-json";\nexport const f = import("${core}");\n`,
      "packages/impact-citations/src/csl-json/from-csl-json.ts": `import { a } from "${core}";\nexport const fromCslJson = a;\n`,
    });
    expect(checkArchitecture(root).problems).toEqual([
      `packages/impact-citations/src/index.ts:2: @observatoire/impact-citations must import impact-core at runtime through "${core}/kernel", its zod-free entry (or "import type")`,
      `packages/impact-indicators/src/index.ts:1: @observatoire/impact-indicators must import impact-core at runtime through "${core}/kernel", its zod-free entry (or "import type")`,
    ]);
  });

  it("reports file cycles, wrong-direction imports and runtime zod in indicators", () => {
    const root = fixture({
      ...sound,
      "packages/impact-core/src/b.ts": 'import { c } from "./c.js";\nexport const b = c;\n',
      "packages/impact-core/src/c.ts":
        'import { b } from "./b";\nexport const c = 1;\nexport { b };\n',
      "packages/impact-core/src/d.ts": `import { x } from "@observatoire/impact-indicators";\nexport const d = x;\n`,
      "packages/impact-indicators/package.json": {
        name: "@observatoire/impact-indicators",
        dependencies: { [core]: "0.0.0", "@observatoire/impact-citations": "0.0.0", zod: "*" },
      },
      "packages/impact-indicators/src/index.ts":
        'import * as z from "zod";\nimport { f } from "@observatoire/impact-citations";\nexport const b = z.number().parse(f);\n',
      "packages/impact-citations/package.json": {
        name: "@observatoire/impact-citations",
        dependencies: { [core]: "0.0.0" },
      },
      "packages/impact-citations/src/index.ts": "export const f = 1;\n",
    });
    const { problems } = checkArchitecture(root);
    expect(problems).toEqual([
      "@observatoire/impact-indicators: package.json dependencies names @observatoire/impact-citations, but @observatoire/impact-indicators may depend only on @observatoire/impact-core",
      "@observatoire/impact-indicators: package.json dependencies names zod, which it must not load at runtime",
      "packages/impact-core/src/d.ts:1: imports @observatoire/impact-indicators, which is not in the dependencies or peerDependencies of @observatoire/impact-core",
      "packages/impact-core/src/d.ts:1: @observatoire/impact-core must not import @observatoire/impact-indicators (allowed: none; see ARCHITECTURE.md)",
      "@observatoire/impact-core: import cycle packages/impact-core/src/b.ts -> packages/impact-core/src/c.ts -> packages/impact-core/src/b.ts",
      'packages/impact-indicators/src/index.ts:1: @observatoire/impact-indicators must not import zod at runtime; use "import type"',
      "packages/impact-indicators/src/index.ts:2: @observatoire/impact-indicators must not import @observatoire/impact-citations (allowed: @observatoire/impact-core; see ARCHITECTURE.md)",
      "workspace dependency cycle @observatoire/impact-core -> @observatoire/impact-indicators -> @observatoire/impact-core",
      "workspace dependency cycle @observatoire/impact-citations -> @observatoire/impact-core -> @observatoire/impact-indicators -> @observatoire/impact-citations",
    ]);
  });

  it("asks for a rule for an unknown published package and rejects private dependencies", () => {
    const root = fixture({
      ...sound,
      "packages/impact-extra/package.json": {
        name: "@observatoire/impact-extra",
        dependencies: { demo: "0.0.0" },
      },
    });
    expect(checkArchitecture(root).problems).toEqual([
      "@observatoire/impact-extra: no dependency rule; add it to RULES in scripts/check-architecture.mjs (see ARCHITECTURE.md)",
      "@observatoire/impact-extra: package.json dependencies names the private workspace demo",
    ]);
  });

  it("exits non-zero with the problems listed when run as a command", () => {
    const root = fixture({
      ...sound,
      "packages/impact-core/src/a.ts": 'import { x } from "./x";\nexport const a = x;\n',
      "packages/impact-core/src/x.ts": 'export { a as x } from "./a";\n',
    });
    let failure;
    try {
      execFileSync(process.execPath, [script, root], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      failure = error;
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain("check-architecture: 1 problem(s)");
    expect(failure?.stderr).toContain(
      "import cycle packages/impact-core/src/a.ts -> packages/impact-core/src/x.ts -> packages/impact-core/src/a.ts",
    );
  }, 60_000); // a Node process that loads the TypeScript compiler, on a busy 2-core machine
});

describe("helpers", () => {
  it("lists static, dynamic, re-export and type-only imports", () => {
    const text = [
      'import a from "a";',
      'import type { B } from "b";',
      'export { c } from "./c";',
      'export type { D } from "./d";',
      'const e = await import("e");',
      'type F = import("f").F;',
      'const g = require("g");',
    ].join("\n");
    expect(listImports("x.ts", text)).toEqual([
      { specifier: "a", line: 1, typeOnly: false },
      { specifier: "b", line: 2, typeOnly: true },
      { specifier: "./c", line: 3, typeOnly: false },
      { specifier: "./d", line: 4, typeOnly: true },
      { specifier: "e", line: 5, typeOnly: false },
      { specifier: "f", line: 6, typeOnly: true },
      { specifier: "g", line: 7, typeOnly: false },
    ]);
  });

  it("finds each cycle once", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c", "a"])],
      ["c", new Set(["a"])],
      ["d", new Set(["d"])],
    ]);
    expect(findCycles(graph)).toEqual([
      ["a", "b", "c", "a"],
      ["a", "b", "a"],
      ["d", "d"],
    ]);
  });
});
