import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared";

// The tests in test/ start the built executable in child processes: on two shared cores
// a start can take seconds, so the default 5 s would fail for reasons that are not bugs.
export default mergeConfig(sharedConfig, defineConfig({ test: { testTimeout: 60_000 } }));
