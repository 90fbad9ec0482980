import { defineConfig } from "vitest/config";

/**
 * Shared vitest settings: tests and type tests run on `src` through the
 * `@observatoire/source` export condition, so no build is needed first.
 */
export const sharedConfig = defineConfig({
  resolve: { conditions: ["@observatoire/source", "module", "node", "default"] },
  ssr: { resolve: { conditions: ["@observatoire/source", "module", "node", "default"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    server: { deps: { inline: [/@observatoire\//] } },
  },
});
