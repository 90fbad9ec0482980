import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const conditions = ["@observatoire/source", "module", "node", "default"];

/**
 * Shared vitest settings: tests and type tests run on `src` through the
 * `@observatoire/source` export condition, so no build is needed first.
 */
export const sharedConfig = defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    // No test mocks modules or globals, so test files may share one module graph per
    // worker: importing src once instead of once per file cuts the CPU time of a package's
    // run by more than half on the 2-core CI machine.
    isolate: false,
    // `npm test` runs every package at once; on 2 shared cores a test that takes 1 s alone
    // can take ten times longer, which is load, not a hang.
    testTimeout: 20_000,
    server: { deps: { inline: [/@observatoire\//] } },
    setupFiles: [fileURLToPath(new URL("./scripts/fast-check-setup.ts", import.meta.url))],
  },
});
