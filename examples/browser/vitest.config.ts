import { defineConfig } from "vitest/config";

const conditions = ["@observatoire/source", "module", "node", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    // The browser test builds the page and the API site, then drives Chromium.
    testTimeout: 30_000,
    hookTimeout: 240_000,
    server: { deps: { inline: [/@observatoire\//] } },
  },
});
