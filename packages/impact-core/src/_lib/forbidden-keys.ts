import type { IssuePath, ValidationIssue } from "../errors/impact-error";

/** Keys that would rewrite an object's prototype when copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Copies a JSON-like value without the prototype-polluting keys (`__proto__`,
 * `constructor`, `prototype`) at any depth, and reports each one it dropped, so that
 * validation can go on and report every other problem too.
 *
 * @internal
 */
export function stripForbiddenKeys(
  value: unknown,
  issues: ValidationIssue[],
  path: IssuePath = [],
): unknown {
  if (Array.isArray(value)) {
    return value.map((item, index) => stripForbiddenKeys(item, issues, [...path, index]));
  }
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({
        path: [...path, key],
        code: "forbidden_key",
        message: `the key ${JSON.stringify(key)} is not allowed (it could pollute object prototypes)`,
      });
      continue;
    }
    copy[key] = stripForbiddenKeys(child, issues, [...path, key]);
  }
  return copy;
}
