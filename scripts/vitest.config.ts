import { defineConfig } from "vitest/config";

/** Tests of the repository scripts themselves (doc-examples harness, architecture and size checks). */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["**/*.test.ts", "**/*.test.mjs"],
  },
});
