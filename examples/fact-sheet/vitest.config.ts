import { defineConfig } from "vitest/config";

// Tests run on the packages' TypeScript sources through the `@observatoire/source` export
// condition, so `npm test` needs no build first.
const conditions = ["@observatoire/source", "module", "node", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    server: { deps: { inline: [/@observatoire\//] } },
  },
});
