import { defaultClientConditions, defineConfig } from "vite";

// The `@observatoire/source` condition points the workspace packages at their TypeScript
// sources, so the page builds without building the packages first. An app that installs
// the packages from npm needs none of this: it gets their `dist` through `import`.
export default defineConfig({
  resolve: { conditions: ["@observatoire/source", ...defaultClientConditions] },
  build: { target: "es2022", reportCompressedSize: false },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
