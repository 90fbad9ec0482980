import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkArchitecture, findCycles } from "./check-architecture.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, "check-architecture.mjs");
const repo = join(here, "..");
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
  "packages/impact-core/package.json": {
    name: core,
    main: "src/index.ts",
    exports: { ".": "./src/index.ts", "./kernel": "./src/kernel.ts" },
    peerDependencies: { zod: "*" },
  },
  "packages/impact-core/src/kernel.ts": 'export const k = "zod-free";\n',
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
    main: "src/index.ts",
    dependencies: { [core]: "0.0.0" },
    peerDependencies: { zod: "*" },
    peerDependenciesMeta: { zod: { optional: true } },
  },
  "packages/impact-indicators/src/index.ts": `import { k } from "${core}/kernel";\nimport type { ZodType } from "zod";\nexport const b: ZodType | string = k;\n`,
  "examples/demo/package.json": {
    name: "demo",
    private: true,
    dependencies: { [core]: "0.0.0", "@observatoire/impact-indicators": "0.0.0" },
  },
};

/** Runs dependency-cruiser with the repository's rules on a fixture; returns its report. */
function cruise(root) {
  // Workspaces and zod resolve through node_modules, as in the repository.
  mkdirSync(join(root, "node_modules/@observatoire"), { recursive: true });
  for (const name of ["impact-core", "impact-indicators", "impact-citations"]) {
    symlinkSync(join(root, "packages", name), join(root, "node_modules/@observatoire", name));
  }
  for (const name of ["zod", "vitest"]) {
    mkdirSync(join(root, "node_modules", name), { recursive: true });
    writeFileSync(join(root, "node_modules", name, "package.json"), `{"name":"${name}"}`);
    writeFileSync(join(root, "node_modules", name, "index.js"), "exports.x = 1;\n");
  }
  try {
    execFileSync(
      process.execPath,
      [
        join(repo, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
        "packages",
        "--config",
        join(repo, ".dependency-cruiser.cjs"),
        "--output-type",
        "err",
      ],
      { cwd: root, encoding: "utf8", stdio: "pipe" },
    );
    return "";
  } catch (error) {
    return String(error.stdout);
  }
}

describe("checkArchitecture (the manifests)", () => {
  it("accepts a tree that follows ARCHITECTURE.md", () => {
    const { problems, stats } = checkArchitecture(fixture(sound));
    expect(problems).toEqual([]);
    expect(stats).toEqual({ workspaces: 3, imports: 1 });
  });

  it("reports wrong-direction dependencies, runtime zod, cycles and undeclared workspaces", () => {
    const root = fixture({
      ...sound,
      "packages/impact-core/src/d.ts": `import { x } from "@observatoire/impact-indicators";\nexport const d = x;\n`,
      "packages/impact-indicators/package.json": {
        name: "@observatoire/impact-indicators",
        dependencies: { [core]: "0.0.0", "@observatoire/impact-citations": "0.0.0", zod: "*" },
      },
      "packages/impact-citations/package.json": {
        name: "@observatoire/impact-citations",
        dependencies: { [core]: "0.0.0" },
      },
      "packages/impact-citations/src/index.ts": "export const f = 1;\n",
    });
    expect(checkArchitecture(root).problems).toEqual([
      "@observatoire/impact-indicators: package.json dependencies names @observatoire/impact-citations, but @observatoire/impact-indicators may depend only on @observatoire/impact-core",
      "@observatoire/impact-indicators: package.json dependencies names zod, which it must not load at runtime",
      "packages/impact-core/src/d.ts: imports @observatoire/impact-indicators, which is not in the dependencies or peerDependencies of @observatoire/impact-core",
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
      "packages/impact-core/package.json": { name: core, dependencies: { demo: "0.0.0" } },
    });
    let failure;
    try {
      execFileSync(process.execPath, [script, root], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      failure = error;
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toMatch(/^check-architecture: \d+ problem\(s\)/);
    expect(failure?.stderr).toContain(
      "@observatoire/impact-core: package.json dependencies names the private workspace demo",
    );
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

describe(".dependency-cruiser.cjs (the imports)", () => {
  it("accepts a tree that follows ARCHITECTURE.md (type-only import cycles allowed)", () => {
    expect(cruise(fixture(sound))).toBe("");
  }, 60_000);

  it("reports file cycles, wrong-direction imports, runtime zod in indicators and relative imports out of a package", () => {
    const report = cruise(
      fixture({
        ...sound,
        "packages/impact-core/src/b.ts": 'import { c } from "./c";\nexport const b = c;\n',
        "packages/impact-core/src/c.ts":
          'import { b } from "./b";\nexport const c = 1;\nexport { b };\n',
        "packages/impact-core/src/d.ts": `import { b } from "@observatoire/impact-indicators";\nexport const d = b;\n`,
        "packages/impact-indicators/src/index.ts":
          'import * as z from "zod";\nimport { f } from "@observatoire/impact-citations";\nimport { a } from "../../impact-core/src/a";\nexport const b = [z, f, a];\n',
        "packages/impact-citations/package.json": {
          name: "@observatoire/impact-citations",
          main: "src/index.ts",
          dependencies: { [core]: "0.0.0" },
        },
        "packages/impact-citations/src/index.ts": "export const f = 1;\n",
      }),
    );
    const rules = [...report.matchAll(/error ([\w-]+): (\S+) →(?: (\S+))?/g)].map((m) =>
      m.slice(1).filter(Boolean).join(" "),
    );
    expect(rules.sort()).toEqual(
      [
        "core-imports-no-other-package packages/impact-core/src/d.ts packages/impact-indicators/src/index.ts",
        "indicators-no-runtime-zod packages/impact-indicators/src/index.ts node_modules/zod/index.js",
        "leaf-packages-import-only-core packages/impact-indicators/src/index.ts packages/impact-citations/src/index.ts",
        "no-runtime-cycle packages/impact-core/src/b.ts",
        "shipped-code-stays-in-its-package packages/impact-indicators/src/index.ts packages/impact-core/src/a.ts",
      ].sort(),
    );
  }, 60_000);
});
