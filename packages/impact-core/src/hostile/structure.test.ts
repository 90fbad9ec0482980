// Hostile structures (issue 16): deep nesting, cycles and values that are not plain JSON gave a
// raw RangeError or a result that was neither frozen nor serialisable.
import { describe, expect, it } from "vitest";
import { validCatalog } from "../__fixtures__/catalog";
import { deepFreeze } from "../_lib/deep-freeze";
import { parseCatalog } from "../catalog/parse-catalog";
import { ImpactValidationError, isImpactError, type ValidationIssue } from "../errors/impact-error";
import { assertPlainJson, MAX_NESTING_DEPTH } from "../index";
import { SourceSchema } from "../models/source";

// biome-ignore lint/suspicious/noExplicitAny: tests corrupt the document freely.
const copy = (): any => structuredClone(validCatalog);

function issuesOf(input: unknown): ValidationIssue[] {
  try {
    parseCatalog(input);
  } catch (error) {
    if (error instanceof ImpactValidationError) return [...error.issues];
    throw error;
  }
  throw new Error("expected parseCatalog to throw");
}

function nested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe("nesting depth and cycles", () => {
  it("a catalog with 8,000 levels in an unknown field gets one issue at the deepest point reached", () => {
    const catalog = copy();
    catalog.sources[0].extra = nested(8000);
    const issues = issuesOf(catalog);
    const deep = issues.filter((issue) => issue.code === "too_deep");
    expect(deep).toHaveLength(1);
    const path = deep[0]?.path ?? [];
    expect(path.slice(0, 3)).toEqual(["sources", 0, "extra"]);
    expect(path).toHaveLength(MAX_NESTING_DEPTH);
    expect(path.slice(3).every((key) => key === "a")).toBe(true);
  });

  it("a catalog nested just within the limit is accepted", () => {
    const catalog = copy();
    catalog.sources[0].extra = nested(MAX_NESTING_DEPTH - 4);
    expect(() => parseCatalog(catalog)).not.toThrow();
  });

  it("a cycle is reported where it closes, with the other issues", () => {
    const catalog = copy();
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    catalog.sources[0].extra = loop;
    catalog.figures[0].value = "not a number";
    const issues = issuesOf(catalog);
    expect(issues.find((issue) => issue.code === "cycle")?.path).toEqual([
      "sources",
      0,
      "extra",
      "self",
    ]);
    expect(issues.some((issue) => issue.path[0] === "figures")).toBe(true);
  });

  it("a catalog that contains itself is reported, not a stack overflow", () => {
    const catalog = copy();
    catalog.sources[0].self = catalog;
    expect(issuesOf(catalog).map((issue) => issue.code)).toContain("cycle");
  });

  it("CSL-JSON items (SourceSchema) get the same issues", () => {
    const item = { id: "deep", type: "report", title: "T", extra: nested(9000) };
    const result = SourceSchema.safeParse(item);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toHaveLength(MAX_NESTING_DEPTH);
  });

  it("deepFreeze survives cycles and bounds depth with INVALID_INPUT", () => {
    const loop: Record<string, unknown> = {};
    loop.self = { back: loop };
    deepFreeze(loop);
    expect(Object.isFrozen(loop.self)).toBe(true);
    let thrown: unknown;
    try {
      deepFreeze(nested(5000));
    } catch (error) {
      thrown = error;
    }
    expect(isImpactError(thrown) && thrown.code).toBe("INVALID_INPUT");
    expect((thrown as { path: unknown[] }).path).toHaveLength(MAX_NESTING_DEPTH);
  });

  it("assertPlainJson throws INVALID_INPUT with the path of the deepest point", () => {
    let thrown: unknown;
    try {
      assertPlainJson(nested(10_000), ["input"]);
    } catch (error) {
      thrown = error;
    }
    expect(isImpactError(thrown) && thrown.code).toBe("INVALID_INPUT");
    expect((thrown as { path: unknown[] }).path).toHaveLength(MAX_NESTING_DEPTH + 1);
  });
});

describe("passthrough fields are plain JSON", () => {
  class Custom {
    value = 1;
  }
  it.each([
    ["a function", () => 1, "function"],
    ["a BigInt", 10n, "bigint"],
    ["a Map", new Map([["a", 1]]), "Map"],
    ["a Date", new Date(0), "Date"],
    ["a class instance", new Custom(), "Custom"],
    ["a symbol", Symbol("s"), "symbol"],
    ["NaN", Number.NaN, "NaN"],
  ])("%s in an extra CSL field is refused at its path", (_, value, word) => {
    const catalog = copy();
    catalog.sources[0].extra = { inner: [1, value] };
    const issue = issuesOf(catalog).find((i) => i.code === "not_json");
    expect(issue?.path).toEqual(["sources", 0, "extra", "inner", 1]);
    expect(issue?.message).toContain(word);
    const result = SourceSchema.safeParse({ id: "s", type: "report", title: "T", extra: value });
    expect(result.error?.issues.map((i) => i.path)).toEqual([["extra"]]);
  });

  it("the parsed catalog is frozen all the way down and serialisable", () => {
    const catalog = copy();
    catalog.sources[0].extra = { list: [{ deep: [1, "two", null, true] }] };
    const parsed = parseCatalog(catalog);
    const extra = (parsed.sources[0] as unknown as { extra: { list: { deep: unknown[] }[] } })
      .extra;
    expect(Object.isFrozen(extra)).toBe(true);
    expect(Object.isFrozen(extra.list[0]?.deep)).toBe(true);
    expect(JSON.parse(JSON.stringify(parsed)).sources[0].extra).toEqual(catalog.sources[0].extra);
  });
});
