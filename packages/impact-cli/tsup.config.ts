import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // The bin is built by the second config into the same folder, in parallel: leave it.
    clean: ["!bin.js", "!bin.js.map"],
    target: "es2022",
  },
  {
    entry: ["src/bin.ts"],
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
    platform: "node",
    // tsup marks an output that starts with a shebang as executable.
    banner: { js: "#!/usr/bin/env node" },
  },
]);
