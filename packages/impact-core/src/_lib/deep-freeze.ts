import { ImpactError } from "../errors/impact-error";
import { MAX_NESTING_DEPTH } from "./forbidden-keys";

/**
 * Freezes a value and everything reachable from it. zod's `.readonly()` freezes each
 * object it parses, but not what a loose object passes through (unknown CSL fields), so
 * the catalog is walked once more to make its immutability hold all the way down. Inputs are
 * checked for cycles and depth before they get here; the walk is bounded all the same (a value
 * seen twice is walked once, and nesting past {@link MAX_NESTING_DEPTH} is `INVALID_INPUT`),
 * so that no input can make it overflow the stack.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  freeze(value, new Set(), []);
  return value;
}

function freeze(value: unknown, seen: Set<object>, path: (string | number)[]): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  if (path.length >= MAX_NESTING_DEPTH) {
    throw new ImpactError(
      "INVALID_INPUT",
      `nesting deeper than ${MAX_NESTING_DEPTH} levels (MAX_NESTING_DEPTH) is not accepted`,
      { path: [...path] },
    );
  }
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      freeze(value[i], seen, path);
      path.pop();
    }
  } else {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      freeze((value as Record<string, unknown>)[key], seen, path);
      path.pop();
    }
  }
  if (!Object.isFrozen(value)) Object.freeze(value);
}
