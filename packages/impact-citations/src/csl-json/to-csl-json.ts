import { assertPlainJson, ImpactError, type IssuePath } from "@observatoire/impact-core";
import type { CitableSource } from "../types";

const FORBIDDEN: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

function copy(value: unknown, path: IssuePath): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new ImpactError("INVALID_INPUT", `${value} has no JSON form`, { path });
  }
  if (Array.isArray(value)) return value.map((item, index) => copy(item, [...path, index]));
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) {
        throw new ImpactError("INVALID_INPUT", `the key "${key}" is not allowed in CSL-JSON`, {
          path: [...path, key],
        });
      }
      const field = (value as Record<string, unknown>)[key];
      // JSON has no undefined: an absent optional field is simply not written.
      if (field !== undefined) out[key] = copy(field, [...path, key]);
    }
    return out;
  }
  throw new ImpactError("INVALID_INPUT", `a ${typeof value} has no JSON form`, { path });
}

/**
 * Writes sources back as CSL-JSON items (plain, deep-copied JSON values, ready for
 * `JSON.stringify` and Zotero's import), keeping every field, known or not.
 *
 * @param sources - the sources
 * @returns the CSL-JSON items, in order
 * @throws {ImpactError} `INVALID_INPUT` when a source is not an object with an id, or
 *   holds a value JSON cannot write (a function, NaN, a Date, a Map, a BigInt), a cycle, nesting
 *   past `MAX_NESTING_DEPTH` or a prototype-polluting key, with its path
 * @example
 * import { fromCslJson, toCslJson } from "@observatoire/impact-citations";
 * const items = [{ id: "rameau-2017", type: "report", title: "Note", "zotero-key": "K1" }];
 * toCslJson(fromCslJson(items));
 * //=> [{ id: "rameau-2017", type: "report", title: "Note", "zotero-key": "K1" }]
 */
export function toCslJson(sources: readonly CitableSource[]): Record<string, unknown>[] {
  if (!Array.isArray(sources)) {
    throw new ImpactError("INVALID_INPUT", "sources must be an array", { path: ["sources"] });
  }
  return sources.map((source: unknown, index) => {
    if (
      typeof source !== "object" ||
      source === null ||
      Array.isArray(source) ||
      typeof (source as { id?: unknown }).id !== "string"
    ) {
      throw new ImpactError("INVALID_INPUT", "a source must be an object with a string id", {
        path: ["sources", index],
      });
    }
    // Cycles, nesting past MAX_NESTING_DEPTH and values JSON cannot hold (Date, Map, BigInt)
    // are refused first, with their path, so that the copy below cannot overflow the stack.
    assertPlainJson(source, ["sources", index]);
    return copy(source, ["sources", index]) as Record<string, unknown>;
  });
}
