#!/usr/bin/env node
// Scaffolds a published package under packages/<name> with the monorepo's conventions:
// dual ESM/CJS build with tsup, exports map with types first, the source condition,
// strict tsconfig, vitest on src. Usage: node scripts/new-package.mjs impact-foo "One-line description"
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [name, description] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]*$/.test(name) || !description) {
  console.error('usage: node scripts/new-package.mjs <kebab-name> "<description>"');
  process.exit(2);
}
const dir = join("packages", name);
if (existsSync(join(dir, "package.json"))) {
  console.error(`${dir}/package.json exists already`);
  process.exit(1);
}
mkdirSync(join(dir, "src"), { recursive: true });
const write = (file, text) => writeFileSync(join(dir, file), text);
const manifest = {
  name: `@observatoire/${name}`,
  version: "0.0.0",
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
  files: ["dist", "src", "!src/**/*.test.ts", "!src/**/*.test-d.ts", "!src/**/__fixtures__"],
  scripts: {
    build: "tsup",
    typecheck: "tsc -p tsconfig.json",
    lint: "biome check .",
    test: "vitest run",
    check: "publint --strict && attw --pack . --profile node16",
  },
  publishConfig: { access: "public" },
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

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
`,
);
write(
  "vitest.config.ts",
  `import { sharedConfig } from "../../vitest.shared";\n\nexport default sharedConfig;\n`,
);
write("README.md", `# @observatoire/${name}\n\n${description}\n\n## Licence\n\nMIT\n`);
console.log(`created ${dir}`);
