import { defineConfig } from "vitest/config";

const conditions = ["@observatoire/source", "module", "node", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    // The browser test builds the page and the API site, then drives Chromium: generous
    // limits, for a CI machine that runs every package's tasks at once on two cores.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    server: { deps: { inline: [/@observatoire\//] } },
  },
});
