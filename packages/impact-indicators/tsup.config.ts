import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared";

// The ESM build keeps one output module per source module (every source file is an
// entry, code shared between them goes to chunks), so that an app's bundler, trusting
// "sideEffects": false, drops whole modules it does not use, together with the @stdlib
// quantile packages they import: CommonJS dependencies cannot be tree-shaken inside one
// bundled file. The CommonJS build stays one file. Test files and test helpers are not
// sources of the library: they stay out of dist (and of the tarball, see "files").
const sources = [
  "src/**/*.ts",
  "!src/**/*.test.ts",
  "!src/**/*.test-d.ts",
  "!src/**/test-helpers.ts",
  "!src/**/__fixtures__/**",
];

export default defineConfig([
  {
    ...libraryBuild,
    entry: sources,
    format: ["esm"],
    splitting: true,
    dts: { entry: "src/index.ts" },
  },
  {
    ...libraryBuild,
    entry: ["src/index.ts"],
    format: ["cjs"],
    dts: { entry: "src/index.ts" },
    clean: false,
  },
]);
