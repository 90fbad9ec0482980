import { ImpactValidationError } from "@observatoire/impact-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCslJson } from "./from-csl-json";
import { toCslJson } from "./to-csl-json";

// A Zotero 7 "Export > CSL JSON" item, with fields the Source schema does not know.
const zotero = [
  {
    id: "http://zotero.org/users/1/items/ABCD1234",
    type: "report",
    title: "IMPACT-Citoyens",
    genre: "Etude",
    publisher: "Comisis-OpinionWay",
    "publisher-place": "Paris",
    issued: { "date-parts": [["2019", "10"]] },
    accessed: { "date-parts": [[2024, 3, 1]] },
    "citation-key": "impactCitoyens2019",
    note: "tex.ids: x",
    custom: { nested: [1, { deep: true }] },
  },
];

describe("fromCslJson / toCslJson", () => {
  it("loads a Zotero export and writes it back without losing unknown fields", () => {
    const sources = fromCslJson(zotero);
    const back = toCslJson(sources);
    expect(back).toEqual([{ ...zotero[0], issued: { "date-parts": [[2019, 10]] } }]);
    expect(fromCslJson(JSON.parse(JSON.stringify(back)))).toEqual(sources);
  });

  it("lists every problem with the item index, id and field path", () => {
    let error: unknown;
    try {
      fromCslJson([
        { type: "book", title: "sans id" },
        { id: "a", type: "repport" },
        { id: "b", type: "book", issued: { "date-parts": [[2019, 2, 30]] } },
        { id: "a", type: "book" },
      ]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImpactValidationError);
    const issues = (error as ImpactValidationError).issues.map((issue) => [issue.path, issue.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        [[0, "id"], "invalid_type"],
        [[1, "type"], "invalid_value"],
        [[2, "issued", "date-parts", 0, 2], "invalid_date"],
        [[3, "id"], "duplicate_id"],
      ]),
    );
    expect((error as Error).message).toContain('item 3 ("a"): the id is already used by item 1');
  });

  it("rejects prototype-polluting keys from JSON", () => {
    const items: unknown = JSON.parse('[{"id":"x","type":"book","__proto__":{"polluted":true}}]');
    expect(() => fromCslJson(items)).toThrow(
      expect.objectContaining({
        code: "VALIDATION_FAILED",
        issues: [expect.objectContaining({ path: [0, "__proto__"] })],
      }),
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(() => fromCslJson({ items: [] })).toThrow(
      expect.objectContaining({ code: "VALIDATION_FAILED" }),
    );
  });

  it("round-trips any JSON extra fields (property)", () => {
    // Prototype-polluting keys are refused at any depth (tested above), so leave them out.
    const json = fc
      .jsonValue({ maxDepth: 2 })
      .filter(
        (value) =>
          value !== null && !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(value)),
      );
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^x-[a-z]{1,8}$/), json, { maxKeys: 4 }),
        (extra) => {
          const item = { id: "s", type: "book", title: "T", ...extra };
          const normalised = JSON.parse(JSON.stringify(item));
          expect(toCslJson(fromCslJson([normalised]))).toEqual([normalised]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("toCslJson refuses what JSON cannot write", () => {
    expect(() => toCslJson([{ id: "x", type: "book", volume: Number.NaN }])).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["sources", 0, "volume"] }),
    );
  });
});

describe("hostile structures (issue 16)", () => {
  function nested(depth: number): unknown {
    let value: unknown = "bottom";
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  }

  it("fromCslJson reports 8,000 levels of nesting as an issue, not a RangeError", () => {
    let thrown: unknown;
    try {
      fromCslJson([{ id: "deep", type: "report", title: "T", extra: nested(8000) }]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImpactValidationError);
    const issue = (thrown as ImpactValidationError).issues[0];
    expect(issue?.code).toBe("too_deep");
    expect(issue?.path.slice(0, 2)).toEqual([0, "extra"]);
  });

  it("fromCslJson refuses a cycle, a Map and a BigInt in extra fields at their paths", () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    let thrown: unknown;
    try {
      fromCslJson([
        { id: "a", type: "report", title: "T", extra: loop },
        { id: "b", type: "report", title: "T", extra: new Map(), big: 1n },
      ]);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as ImpactValidationError).issues.map((i) => [i.code, i.path])).toEqual([
      ["cycle", [0, "extra", "self"]],
      ["not_json", [1, "extra"]],
      ["not_json", [1, "big"]],
    ]);
  });

  it("toCslJson refuses cycles and deep nesting with INVALID_INPUT and a path", () => {
    const loop: Record<string, unknown> = { id: "a", type: "report" };
    loop.again = [loop];
    expect(() => toCslJson([loop as never])).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["sources", 0, "again", 0] }),
    );
    expect(() => toCslJson([{ id: "b", type: "report", extra: nested(8000) } as never])).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
  });
});
