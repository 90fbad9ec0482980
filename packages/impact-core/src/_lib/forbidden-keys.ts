import type { IssuePath, ValidationIssue } from "../errors/impact-error";
import { ValidationIssueCode } from "../errors/issue-codes";

/** Keys that would rewrite an object's prototype when copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Whether a JSON-like value holds a prototype-polluting key at any depth. It allocates
 * nothing, so that the common case (a clean document of 100,000 figures) costs one walk.
 *
 * @internal
 */
export function hasForbiddenKeys(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (hasForbiddenKeys(item)) return true;
    return false;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (FORBIDDEN_KEYS.has(key)) return true;
    if (hasForbiddenKeys((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/**
 * Copies a JSON-like value without the prototype-polluting keys (`__proto__`,
 * `constructor`, `prototype`) at any depth, and reports each one it dropped, so that
 * validation can go on and report every other problem too. A value without such keys
 * is returned as it is, uncopied.
 *
 * @internal
 */
export function stripForbiddenKeys(
  value: unknown,
  issues: ValidationIssue[],
  path: IssuePath = [],
): unknown {
  return hasForbiddenKeys(value) ? strip(value, issues, path) : value;
}

function strip(value: unknown, issues: ValidationIssue[], path: IssuePath): unknown {
  if (typeof value !== "object" || value === null || !hasForbiddenKeys(value)) return value;
  if (Array.isArray(value)) {
    return value.map((item, index) => strip(item, issues, [...path, index]));
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({
        path: [...path, key],
        code: ValidationIssueCode.FORBIDDEN_KEY,
        message: `the key ${JSON.stringify(key)} is not allowed (it could pollute object prototypes)`,
      });
      continue;
    }
    // Define rather than assign, in case a future key list misses one that assignment treats specially.
    Object.defineProperty(copy, key, {
      value: strip(child, issues, [...path, key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
