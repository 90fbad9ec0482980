/** Options of the discovery functions; the defaults read the real machine. */
export interface ChromiumSearchOptions {
  /** Environment to read `CHROMIUM_PATH`, `PLAYWRIGHT_BROWSERS_PATH` and `CI` from (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Home folder holding `.cache/ms-playwright` (default `os.homedir()`). */
  home?: string;
  /** Whether a file exists (default `fs.existsSync`). */
  exists?: (path: string) => boolean;
}
/** The one command that installs a browser the tests find, without root. */
export declare const ENABLE_COMMAND: string;
/** Fixed paths where Debian, Ubuntu and Google's packages put the browser. */
export declare const SYSTEM_PATHS: readonly string[];
/** The flags the tests launch Chromium with. */
export declare const CHROMIUM_ARGS: string[];
/** The one line `npm test` prints when it skips the browser checks. */
export declare const SKIP_LINE: string;
/** The skip line for this environment (it names a `CHROMIUM_PATH` that points nowhere). */
export declare function skipLine(env?: Record<string, string | undefined>): string;
/** Every place looked at, in order; a set `CHROMIUM_PATH` is the only candidate. */
export declare function chromiumCandidates(
  options?: Omit<ChromiumSearchOptions, "exists">,
): string[];
/** The first candidate that exists, or `undefined`. */
export declare function findChromium(options?: ChromiumSearchOptions): string | undefined;
/** Run with the browser found, or skip; with `CI` set a missing browser throws. */
export declare function browserChecks(
  options?: ChromiumSearchOptions,
): { path: string; skip: false } | { path: undefined; skip: true; reason: string };
