import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  compareExpected,
  compileExample,
  type DocExample,
  DocExampleError,
  exportsWithoutExample,
  extractExamples,
  parseExpected,
  runExample,
} from "../src/index";

class FakeImpactError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "ImpactError";
    this.code = code;
  }
}

const fakePackage = {
  half: (value: number): number => {
    if (!Number.isFinite(value)) throw new FakeImpactError("INVALID_INPUT", `bad ${value}`);
    return value / 2;
  },
  broken: (): never => {
    throw new TypeError("not an ImpactError");
  },
  interval: () => ({ estimate: 0.74, lower: 0.6462901, upper: 0.8159532, note: undefined }),
  weights: () => Float64Array.from([0.5, 1.5]),
};
const modules = { "@observatoire/fake": fakePackage };

const example = (code: string): DocExample => ({
  file: "src/x.ts",
  line: 10,
  name: "x",
  code,
  codeLine: 11,
});

const matches = (actual: unknown, expected: string): boolean =>
  compareExpected(actual, parseExpected(expected)) === undefined;

describe("extractExamples", () => {
  it("finds each @example with its declaration name, line and stripped body", () => {
    const text = [
      "/**", // 1
      " * Halves.", // 2
      " *", // 3
      " * @param value - a number", // 4
      " * @example", // 5
      ' * import { half } from "@observatoire/fake";', // 6
      " * half(4);", // 7
      " * //=> 2", // 8
      " * @returns half", // 9
      " */", // 10
      "export function half(value: number): number { return value / 2; }", // 11
      "export class Box {", // 12
      "  /** Makes a box.", // 13
      "   * @example", // 14
      "   * new Box();", // 15
      "   */", // 16
      "  constructor() {}", // 17
      "  /** @example", // 18
      "   *   if (true) {", // 19
      "   *     1;", // 20
      "   *   }", // 21
      "   */", // 22
      "  open(): void {}", // 23
      "}",
      "/** No example here. */",
      "export const plain = 1;",
    ].join("\n");
    expect(extractExamples(text, "src/half.ts")).toEqual([
      {
        file: "src/half.ts",
        line: 5,
        name: "half",
        code: 'import { half } from "@observatoire/fake";\nhalf(4);\n//=> 2',
        codeLine: 6,
      },
      { file: "src/half.ts", line: 14, name: "Box.constructor", code: "new Box();", codeLine: 15 },
      {
        file: "src/half.ts",
        line: 18,
        name: "Box.open",
        code: "  if (true) {\n    1;\n  }",
        codeLine: 19,
      },
    ]);
  });
});

describe("expected values", () => {
  it("compares numbers to the decimals written, integers exactly", () => {
    expect(matches(0.6462901, "0.64629")).toBe(true);
    expect(matches(0.646299, "0.64629")).toBe(false);
    expect(matches(0.6462904, "0.646290")).toBe(true);
    expect(matches(0.6462906, "0.646290")).toBe(false);
    expect(matches(74, "74")).toBe(true);
    expect(matches(74.0000001, "74")).toBe(false);
    expect(matches(-1.25, "-1.25")).toBe(true);
    expect(matches(0.00151, "1.5e-3")).toBe(true);
    expect(matches(Number.POSITIVE_INFINITY, "Infinity")).toBe(true);
    expect(matches("74", "74")).toBe(false);
  });

  it("compares strings, booleans, null and undefined exactly", () => {
    expect(matches("74\u202f%", '"74\\u202f%"')).toBe(true);
    expect(matches("74 %", '"74\u202f%"')).toBe(false);
    expect(matches(true, "true")).toBe(true);
    expect(matches(null, "undefined")).toBe(false);
    expect(matches(undefined, "undefined")).toBe(true);
  });

  it("compares arrays, typed arrays and objects item by item, with no extra keys", () => {
    expect(matches([0.6462901, 0.8159532], "[0.646290, 0.815953]")).toBe(true);
    expect(matches([0.6462901], "[0.646290, 0.815953]")).toBe(false);
    expect(matches(Float64Array.from([0.5, 1.5]), "[0.5, 1.5]")).toBe(true);
    expect(matches({ a: 1, b: "x", c: undefined }, '{ a: 1, "b": "x" }')).toBe(true);
    expect(matches({ a: 1, b: "x" }, "{ a: 1 }")).toBe(false);
    expect(matches({ a: 1 }, "{ a: 1, b: 2 }")).toBe(false);
    expect(compareExpected({ a: [1, 2] }, parseExpected("{ a: [1, 3] }"))).toBe(
      "expected exactly 3 at a[1], got 2",
    );
  });

  it("rejects what is not a literal", () => {
    expect(() => parseExpected("Math.PI")).toThrow(DocExampleError);
    expect(() => parseExpected("{ a }")).toThrow(DocExampleError);
    expect(() => parseExpected("[1, 2")).toThrow(DocExampleError);
  });
});

describe("runExample", () => {
  it("passes when every //=> holds, and maps imports to the given modules", async () => {
    await expect(
      runExample(
        example(
          [
            'import { half, interval as ci, weights } from "@observatoire/fake";',
            "const x: number = half(3);",
            "x;",
            "//=> 1.5",
            "const { lower, upper } = ci();",
            "[lower, upper];",
            "//=> [0.646290, 0.815953]",
            "ci();",
            "//=> { estimate: 0.74, lower: 0.64629, upper: 0.81595 }",
            "weights();",
            "//=> [0.5, 1.5]",
            "half(Number.NaN);",
            "//=> throws INVALID_INPUT",
            "for (const v of [2, 4]) {",
            "  half(v) * 2 === v;",
            "  //=> true",
            "}",
          ].join("\n"),
        ),
        modules,
      ),
    ).resolves.toBeUndefined();
  });

  it("runs examples without //=> and fails when they throw", async () => {
    await expect(runExample(example("1 + 1;"), modules)).resolves.toBeUndefined();
    await expect(
      runExample(example('import { broken } from "@observatoire/fake";\nbroken();'), modules),
    ).rejects.toThrow("not an ImpactError");
  });

  it("fails with the file and line of a wrong value", async () => {
    await expect(
      runExample(
        example('import { half } from "@observatoire/fake";\nhalf(3);\n//=> 1.4'),
        modules,
      ),
    ).rejects.toThrow("src/x.ts:13: `//=> 1.4` does not hold: expected 1.4 to 1 decimals, got 1.5");
  });

  it("fails on a wrong error code, a non-ImpactError, or no error at all", async () => {
    const run = (code: string) =>
      runExample(example(`import { half, broken } from "@observatoire/fake";\n${code}`), modules);
    await expect(run("half(Number.NaN);\n//=> throws EMPTY_SAMPLE")).rejects.toThrow(
      "expected an ImpactError EMPTY_SAMPLE, got INVALID_INPUT",
    );
    await expect(run("broken();\n//=> throws INVALID_INPUT")).rejects.toThrow("TypeError");
    await expect(run("half(2);\n//=> throws INVALID_INPUT")).rejects.toThrow("it did not");
  });

  it("refuses a //=> after a declaration, a missing code, and an unknown module", async () => {
    expect(() => compileExample(example("const x = 1;\n//=> 1"))).toThrow(
      "src/x.ts:12: `//=> 1` must follow an expression statement, not `const x = 1;`",
    );
    expect(() => compileExample(example("//=> 1"))).toThrow("follows no statement");
    expect(() => compileExample(example("f();\n//=> throws"))).toThrow("with the ImpactError code");
    expect(() => compileExample(example("f();\n//=> 1\n//=> 2"))).toThrow("two `//=>` lines");
    await expect(runExample(example('import { x } from "left-pad";\nx;'), modules)).rejects.toThrow(
      'imports "left-pad", which is not in the modules',
    );
  });
});

describe("exportsWithoutExample", () => {
  const dir = mkdtempSync(join(tmpdir(), "doc-examples-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("follows re-exports and lists the values whose TSDoc has no @example", () => {
    mkdirSync(join(dir, "sub"));
    writeFileSync(
      join(dir, "index.ts"),
      [
        'export { documented, bare, renamed as alias } from "./a";',
        'export type { Shape } from "./a";',
        'export { deep } from "./sub";',
        "/** @example local(); */",
        "export function local() {}",
        "export const undocumented = 1;",
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "a.ts"),
      [
        "/** Does.\n * @example\n * documented();\n */",
        "export function documented() {}",
        "/** Nothing. */",
        "export function bare() {}",
        "/** @example renamed; */",
        "export const renamed = 2;",
        "export interface Shape { a: 1 }",
      ].join("\n"),
    );
    writeFileSync(join(dir, "sub", "index.ts"), 'export { deep } from "./deep.js";\n');
    writeFileSync(join(dir, "sub", "deep.ts"), "/** @example deep(); */\nexport class deep {}\n");
    expect(exportsWithoutExample(dir)).toEqual(["bare", "undocumented"]);
  });
});
