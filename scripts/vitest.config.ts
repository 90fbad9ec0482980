import { defineConfig } from "vitest/config";

/** Tests of the repository scripts themselves (architecture, size and tarball checks). */
export default defineConfig({
  // Outside scripts/, so that vitest's results cache is not an input of the turbo tasks.
  cacheDir: "../node_modules/.vite/scripts",
  test: {
    root: import.meta.dirname,
    include: ["**/*.test.ts", "**/*.test.mjs"],
  },
});
