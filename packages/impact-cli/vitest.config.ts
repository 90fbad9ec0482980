import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared";

/** The 2-million-row test: its own script (`npm run test:slow`), not part of `npm test`. */
export const SLOW_TESTS = ["test/big-file.test.ts"];

// The tests in test/ start the built executable in child processes: on two shared cores
// a start can take seconds, so the default 5 s would fail for reasons that are not bugs.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: { testTimeout: 60_000, exclude: [...configDefaults.exclude, ...SLOW_TESTS] },
  }),
);
