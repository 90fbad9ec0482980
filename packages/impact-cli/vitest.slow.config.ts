import { defineConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared";
import { SLOW_TESTS } from "./vitest.config";

// `npm run test:slow`: only the long-running tests that `npm test` leaves out.
export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    include: SLOW_TESTS,
    typecheck: { enabled: false },
    testTimeout: 300_000,
  },
});
