/**
 * The doc-example harness (private, never published). It runs every TSDoc `@example` of a package as a vitest test, so that documented results
 * never drift from the code (STYLE.md, "Comments and docs").
 *
 * Example format (the body of an `@example` tag, no Markdown fences):
 *
 *     import { proportionInterval } from "@observatoire/impact-indicators";
 *     const ci = proportionInterval(74, 100);
 *     [ci.lower, ci.upper];
 *     //=> [0.646290, 0.815953]
 *     proportionInterval(74, 100, { level: 95 });
 *     //=> throws INVALID_INPUT
 *
 * A `//=> EXPECTED` line checks the value of the expression statement right before it;
 * EXPECTED is a JavaScript literal. A number written with decimals is compared at that
 * many decimals (`0.64629` matches `0.6462901`), an integer exactly. `//=> throws CODE`
 * requires the statement before it to throw an ImpactError with that code. Imports by
 * published package name are looked up in the `modules` map the package test passes in.
 */
export { exportsWithoutExample } from "./audit";
export { compileExample } from "./compile";
export { extractCodeBlocks, extractExamples, listSourceFiles } from "./extract";
export { compareExpected, DocExampleError, parseExpected } from "./parse";
export { runDocExamples, runExample } from "./run";
export { typeCheckExamples } from "./typecheck";
export type { DocExample, DocExamplesOptions, Expected } from "./types";
