import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared";

// The repository's settings (the packages' sources through the `@observatoire/source`
// condition), with longer limits: the browser test builds the page and the API site, then
// drives Chromium, on a CI machine that runs every package's tasks at once on two cores.
export default mergeConfig(
  sharedConfig,
  defineConfig({ test: { testTimeout: 60_000, hookTimeout: 300_000 } }),
);
