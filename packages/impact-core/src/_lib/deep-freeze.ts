/**
 * Freezes a value and everything reachable from it. zod's `.readonly()` freezes each
 * object it parses, but not what a loose object passes through (unknown CSL fields), so
 * the catalog is walked once more to make its immutability hold all the way down.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    for (const key in value) {
      if (Object.hasOwn(value, key)) deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return Object.isFrozen(value) ? value : Object.freeze(value);
}
