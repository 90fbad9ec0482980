import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared";

export default defineConfig([
  {
    ...libraryBuild,
    entry: ["src/index.ts"],
    // The bin is built by the second config into the same folder, in parallel: leave it.
    clean: ["!bin.js"],
  },
  {
    entry: ["src/bin.ts"],
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "es2022",
    platform: "node",
    // tsup marks an output that starts with a shebang as executable. The bundled CommonJS
    // modules call require() for Node's built-ins, which an ES module defines this way.
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __impactRequire } from "node:module";\nconst require = __impactRequire(import.meta.url);',
    },
    // The command is one minified file with its dependencies: Node then reads one module
    // at start-up instead of the hundreds of CommonJS modules of the @stdlib quantiles and
    // the ESM graphs of the packages and zod (`impact ci 74 100` took 330 ms more than
    // `node -e 0`, now about 80 ms: bench/cli-startup.mjs). The library entry above keeps
    // its dependencies external. No source map: the command never prints a stack trace.
    noExternal: [/^@observatoire\//, /^@stdlib\//, "zod", "csv-parse", "date-fns", "debug"],
    minify: true,
    // One file, dynamic imports included.
    splitting: false,
  },
]);
