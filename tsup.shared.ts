import type { Options } from "tsup";

/**
 * Shared tsup settings of a published library entry: ESM and CommonJS, type declarations,
 * source maps, ES2022, `dist` emptied first. A package's `tsup.config.ts` spreads them and
 * adds its entries (and overrides what it builds differently, as the CLI's bin).
 */
export const libraryBuild = {
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
} satisfies Options;
