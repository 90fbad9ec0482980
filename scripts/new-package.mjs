#!/usr/bin/env node
// Scaffolds a published package under packages/<name> with the monorepo's conventions:
// dual ESM/CJS build with tsup, exports map with types first, the source condition,
// strict tsconfig, vitest on src, the TSDoc @example harness, and a dependency on
// impact-core at the version of the fixed release group.
// Usage: node scripts/new-package.mjs impact-foo "One-line description"
// Then: write src/index.ts, add the package to RULES in scripts/check-architecture.mjs,
// link it (`npm install`), and add a changeset (`npx changeset`).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [name, description] = process.argv.slice(2);
if (!name || !/^(?:impact|remark)-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name) || !description) {
  console.error(
    'usage: node scripts/new-package.mjs impact-<kebab-name>|remark-<kebab-name> "<one-line description>"',
  );
  console.error(
    "(impact-* packages are in the fixed release group of .changeset/config.json; a remark-* plugin must be added to it by name)",
  );
  process.exit(2);
}
const dir = join(root, "packages", name);
if (existsSync(join(dir, "package.json"))) {
  console.error(`packages/${name}/package.json exists already`);
  process.exit(1);
}
const core = JSON.parse(readFileSync(join(root, "packages/impact-core/package.json"), "utf8"));

mkdirSync(join(dir, "src"), { recursive: true });
const write = (file, text) => writeFileSync(join(dir, file), text);
const manifest = {
  name: `@observatoire/${name}`,
  // Every @observatoire/impact-* package is released at one version (changesets "fixed").
  version: core.version,
  description,
  keywords: ["observatoire-des-partenariats", "impact"],
  license: "MIT",
  author: "Observatoire des partenariats SDK contributors",
  type: "module",
  sideEffects: false,
  engines: { node: ">=20" },
  exports: {
    ".": {
      "@observatoire/source": "./src/index.ts",
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    },
    "./package.json": "./package.json",
    "./internal/*": null,
  },
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.cts",
  files: [
    "dist",
    "src",
    "!src/**/*.test.ts",
    "!src/**/*.test-d.ts",
    "!src/**/__fixtures__",
    "!src/**/test-helpers.ts",
  ],
  scripts: {
    build: "tsup",
    typecheck: "tsc -p tsconfig.json",
    lint: "biome check .",
    test: "vitest run",
    check: "publint --strict && attw --pack .",
  },
  publishConfig: { access: "public" },
  dependencies: { "@observatoire/impact-core": core.version },
};
write("package.json", `${JSON.stringify(manifest, null, 2)}\n`);
write(
  "tsconfig.json",
  `${JSON.stringify(
    {
      extends: "../../tsconfig.base.json",
      compilerOptions: { types: ["node"] },
      include: ["src", "test", "*.config.ts"],
    },
    null,
    2,
  )}\n`,
);
write(
  "tsup.config.ts",
  `import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared";

export default defineConfig({ ...libraryBuild, entry: ["src/index.ts"] });
`,
);
write(
  "vitest.config.ts",
  `import { sharedConfig } from "../../vitest.shared";\n\nexport default sharedConfig;\n`,
);
write(
  "src/doc-examples.test.ts",
  `import { runDocExamples } from "../../../tools/doc-examples/src/index";

runDocExamples({
  srcDir: new URL(".", import.meta.url),
  modules: {
    "@observatoire/impact-core": await import("@observatoire/impact-core"),
    "@observatoire/${name}": await import("@observatoire/${name}"),
  },
});
`,
);
write("README.md", `# @observatoire/${name}\n\n${description}\n\n## Licence\n\nMIT\n`);
console.log(`created packages/${name}
next:
  1. write packages/${name}/src/index.ts (explicit named exports, TSDoc with an @example on each)
  2. add "@observatoire/${name}" to RULES in scripts/check-architecture.mjs (what it may import)
  3. npm install (links the new workspace into node_modules)
  4. npx changeset (minor, "@observatoire/${name}: first release")
  5. npm test`);
