// What every `scripts/check-*.mjs` does when node runs it: find the repository root, run
// the check, print its problems and exit 1 when there are any.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root when the module at `metaUrl` is the script node was started with
 * (`node scripts/<name>.mjs [root]`, the root defaulting to the scripts folder's parent),
 * or `undefined` when the module is imported (by its tests).
 * @param {string} metaUrl the module's `import.meta.url`
 * @param {string | undefined} [rootArgument] a root given on the command line
 * @returns {string | undefined}
 */
export function rootWhenRun(metaUrl, rootArgument) {
  const file = fileURLToPath(metaUrl);
  if (process.argv[1] === undefined || resolve(process.argv[1]) !== file) return undefined;
  return resolve(rootArgument ?? join(dirname(file), ".."));
}

/**
 * Prints `problems` on stderr under "<name>: <count> problem(s)<context>:" and exits 1 if
 * there are any; returns otherwise.
 * @param {string} name the check's name
 * @param {readonly string[]} problems
 * @param {string} [context] what was checked, after the count (" in 7 workspaces")
 * @param {string} [before] printed before the heading ("\n" after a table)
 */
export function exitOnProblems(name, problems, context = "", before = "") {
  if (problems.length === 0) return;
  console.error(`${before}${name}: ${problems.length} problem(s)${context}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
