// Property-based hostile-input suite (issue 16): whatever a catalog holds (deep nesting,
// cycles, values JSON cannot hold, prototype keys, control characters), parseCatalog returns a
// frozen, serialisable catalog or throws an ImpactValidationError; never a RangeError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  controlText,
  deeplyNested,
  hasUnsafeCharacter,
  hostileJson,
  hostileRuns,
} from "../../../../scripts/hostile-arbitraries";
import { validCatalog } from "../__fixtures__/catalog";
import { deepFreeze } from "../_lib/deep-freeze";
import { ImpactValidationError, isImpactError } from "../errors/impact-error";
import {
  assertPlainJson,
  cleanText,
  escapeForTerminal,
  parseCatalog,
  SourceSchema,
} from "../index";

const runs = { numRuns: hostileRuns() };

function isFrozenDeep(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((child) => isFrozenDeep(child, seen));
}

describe("hostile structures", () => {
  it("parseCatalog: a frozen, serialisable catalog or an ImpactValidationError", () => {
    fc.assert(
      fc.property(
        hostileJson,
        fc.constantFrom("sources", "figures", "programmes"),
        fc.constantFrom("extra", "title", "id"),
        (value, collection, field) => {
          // biome-ignore lint/suspicious/noExplicitAny: the test corrupts the document freely.
          const catalog: any = structuredClone(validCatalog);
          catalog[collection][0][field] = value;
          try {
            const parsed = parseCatalog(catalog);
            expect(isFrozenDeep(parsed)).toBe(true);
            expect(() => JSON.stringify(parsed)).not.toThrow();
          } catch (error) {
            if (!(error instanceof ImpactValidationError)) throw error;
            for (const issue of error.issues) expect(issue.path.length).toBeLessThanOrEqual(300);
          }
        },
      ),
      runs,
    );
  });

  it("SourceSchema, assertPlainJson and deepFreeze never overflow the stack", () => {
    fc.assert(
      fc.property(hostileJson, fc.integer({ min: 0, max: 30_000 }), (value, depth) => {
        const item = {
          id: "s",
          type: "report",
          title: "T",
          extra: value,
          deep: deeplyNested(depth),
        };
        expect(() => SourceSchema.safeParse(item)).not.toThrow();
        for (const f of [() => assertPlainJson(item, ["item"]), () => deepFreeze(item)]) {
          try {
            f();
          } catch (error) {
            expect(isImpactError(error) && error.code).toBe("INVALID_INPUT");
          }
        }
      }),
      runs,
    );
  });
});

describe("hostile text", () => {
  it("cleanText and escapeForTerminal leave no character that controls a terminal or a page", () => {
    fc.assert(
      fc.property(controlText, (text) => {
        expect(hasUnsafeCharacter(cleanText(text))).toBe(false);
        expect(hasUnsafeCharacter(escapeForTerminal(text))).toBe(false);
      }),
      runs,
    );
  });
});
