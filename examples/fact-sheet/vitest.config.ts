import { sharedConfig } from "../../vitest.shared";

// The repository's settings: tests run on the packages' TypeScript sources through the
// `@observatoire/source` export condition, so `npm test` needs no build first.
export default sharedConfig;
