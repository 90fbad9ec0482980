import { version } from "../../package.json";

/** @internal The package version, inlined from package.json at build time. */
export const VERSION: string = version;
