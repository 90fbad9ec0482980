import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared";

// The repository's settings (the packages' sources through the `@observatoire/source`
// condition): the Markdown test imports every package by its published name.
export default mergeConfig(sharedConfig, defineConfig({ test: { testTimeout: 60_000 } }));
