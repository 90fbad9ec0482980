// Runs the compiled examples, and registers them as vitest tests.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { exportsWithoutExample } from "./audit";
import { compileExample } from "./compile";
import { extractExamples, listSourceFiles, toPosix } from "./extract";
import { compareExpected, parseExpected, show } from "./parse";
import type { DocExample, DocExamplesOptions } from "./types";

type ErrorGuard = (value: unknown) => boolean;

function impactErrorGuard(modules: Readonly<Record<string, unknown>>): ErrorGuard {
  const core = modules["@observatoire/impact-core"] as { isImpactError?: unknown } | undefined;
  if (typeof core?.isImpactError === "function") return core.isImpactError as ErrorGuard;
  return (value) =>
    value instanceof Error &&
    /Impact\w*Error/.test(value.name) &&
    typeof (value as { code?: unknown }).code === "string";
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

/**
 * Compiles and runs one example; rejects with a message naming the file and line of the
 * first check that fails.
 */
export async function runExample(
  example: DocExample,
  modules: Readonly<Record<string, unknown>>,
): Promise<void> {
  const body = compileExample(example);
  const isImpactError = impactErrorGuard(modules);
  const check = (actual: unknown, spec: string, where: string): void => {
    const mismatch = compareExpected(actual, parseExpected(spec));
    if (mismatch !== undefined) {
      throw new Error(`${where}: \`//=> ${spec}\` does not hold: ${mismatch}`);
    }
  };
  const throws = async (run: () => Promise<void>, code: string, where: string): Promise<void> => {
    try {
      await run();
    } catch (error) {
      if (!isImpactError(error)) {
        throw new Error(`${where}: expected an ImpactError ${code}, got ${show(error)}`);
      }
      const actual = (error as { code?: unknown }).code;
      if (actual !== code) {
        throw new Error(
          `${where}: expected an ImpactError ${code}, got ${String(actual)}: ${(error as Error).message}`,
        );
      }
      return;
    }
    throw new Error(`${where}: expected the statement to throw an ImpactError ${code}, it did not`);
  };
  const lookup = (name: string): unknown => {
    if (!Object.hasOwn(modules, name)) {
      throw new Error(
        `${example.file}:${example.line}: the example imports "${name}", which is not in the modules passed to runDocExamples (${Object.keys(modules).join(", ")})`,
      );
    }
    return modules[name];
  };
  const run = new AsyncFunction("__check", "__throws", "__module", `"use strict";\n${body}`);
  await run(check, throws, lookup);
}

/**
 * Registers one vitest test per `@example` under `srcDir` (named `file:line name`), and one
 * test that fails when a value exported by `src/index.ts` has no `@example`.
 *
 * @example
 * // src/doc-examples.test.ts of a package
 * import { runDocExamples } from "../../../tools/doc-examples/src/index";
 * runDocExamples({
 *   srcDir: new URL(".", import.meta.url),
 *   modules: { "@observatoire/impact-core": await import("@observatoire/impact-core") },
 * });
 */
export function runDocExamples(options: DocExamplesOptions): void {
  const srcDir =
    typeof options.srcDir === "string" ? options.srcDir : fileURLToPath(options.srcDir);
  describe("TSDoc @example", () => {
    for (const file of listSourceFiles(srcDir)) {
      const name = toPosix(relative(srcDir, file));
      for (const example of extractExamples(readFileSync(file, "utf8"), name)) {
        it(`${example.file}:${example.line} ${example.name}`, async () => {
          await runExample(example, options.modules);
        });
      }
    }
    it("every value exported by src/index.ts has an @example", () => {
      const missing = exportsWithoutExample(srcDir);
      if (missing.length > 0) {
        throw new Error(`exports of src/index.ts without an @example: ${missing.join(", ")}`);
      }
    });
  });
}
