import { ImpactError, type IssuePath, type ValidationIssue } from "../errors/impact-error";

/** Keys that would rewrite an object's prototype when copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The deepest nesting of arrays and objects an input may have: 256 levels. A real catalog or
 * CSL-JSON item is less than 10 deep (`sources[0].issued["date-parts"][0][1]` is 6); the
 * bound keeps every walk of an input far from the call-stack limit (about 8,000 levels), so a
 * hostile document gets a validation issue at the deepest point reached instead of a
 * `RangeError`.
 *
 * @example
 * import { MAX_NESTING_DEPTH } from "@observatoire/impact-core";
 * MAX_NESTING_DEPTH;
 * //=> 256
 */
export const MAX_NESTING_DEPTH = 256;

/**
 * Whether `value` is a plain JSON object: its prototype is `Object.prototype` or `null`
 * (not a Date, Map, class instance or array).
 */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * What is wrong with a leaf or container that JSON cannot hold as it is, or undefined when it
 * is plain JSON (`undefined` counts as an absent field).
 */
function notJson(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
    case "undefined":
      return undefined;
    case "number":
      return Number.isFinite(value) ? undefined : `the number ${value} has no JSON form`;
    case "object":
      if (value === null || Array.isArray(value) || isPlainObject(value)) return undefined;
      return `${describeObject(value)} is not plain JSON (use strings, numbers, booleans, null, arrays and plain objects)`;
    default:
      return `a ${typeof value} is not plain JSON (use strings, numbers, booleans, null, arrays and plain objects)`;
  }
}

function describeObject(value: object): string {
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)
    ?.constructor?.name;
  return typeof name === "string" && name !== "" ? `a ${name}` : "an object with a prototype";
}

/**
 * Whether a value needs the copying walk: a prototype-polluting key, a value that is not
 * plain JSON, a cycle or nesting past {@link MAX_NESTING_DEPTH} at any depth. It allocates
 * nothing but the stack of ancestors, so that the common case (a clean document of 100,000
 * figures) costs one walk.
 */
function needsCleaning(value: unknown, ancestors: object[]): boolean {
  if (typeof value !== "object" || value === null) return notJson(value) !== undefined;
  if (ancestors.length >= MAX_NESTING_DEPTH || ancestors.includes(value)) return true;
  if (notJson(value) !== undefined) return true;
  ancestors.push(value);
  let dirty = false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && !dirty; i++) dirty = needsCleaning(value[i], ancestors);
  } else {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (FORBIDDEN_KEYS.has(key)) {
        dirty = true;
        break;
      }
      if (needsCleaning((value as Record<string, unknown>)[key], ancestors)) {
        dirty = true;
        break;
      }
    }
  }
  ancestors.pop();
  return dirty;
}

/**
 * Whether a JSON-like value holds a prototype-polluting key at any depth (or anything else
 * {@link stripForbiddenKeys} would report).
 *
 * @internal
 */
export function hasForbiddenKeys(value: unknown): boolean {
  return needsCleaning(value, []);
}

/**
 * Copies a JSON-like value without what validation must not see, reporting each drop as an
 * issue so that validation can go on and report every other problem too: the
 * prototype-polluting keys (`__proto__`, `constructor`, `prototype`), values that are not
 * plain JSON (functions, BigInt, symbols, Map, Date, class instances, NaN, Infinity), a
 * reference back to an enclosing object (a cycle, reported where it closes) and anything
 * nested deeper than {@link MAX_NESTING_DEPTH} (reported at the deepest point reached). A value
 * without any of these is returned as it is, uncopied.
 *
 * @internal
 */
export function stripForbiddenKeys(
  value: unknown,
  issues: ValidationIssue[],
  path: IssuePath = [],
): unknown {
  return needsCleaning(value, []) ? strip(value, issues, [...path], []) : value;
}

const DROPPED = Symbol("dropped");

function strip(
  value: unknown,
  issues: ValidationIssue[],
  path: (string | number)[],
  ancestors: object[],
): unknown {
  const problem = structureProblem(value, ancestors);
  if (problem !== undefined) {
    issues.push({ path: [...path], code: problem.code, message: problem.message });
    return DROPPED;
  }
  if (typeof value !== "object" || value === null) return value;
  ancestors.push(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      const item = strip(value[index], issues, path, ancestors);
      path.pop();
      // An array keeps its length: a dropped item becomes null, which validation then reports
      // where a value of another type is expected.
      items.push(item === DROPPED ? null : item);
    }
    copy = items;
  } else {
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({
          path: [...path],
          code: "forbidden_key",
          message: `the key ${JSON.stringify(key)} is not allowed (it could pollute object prototypes)`,
        });
      } else {
        const child = strip((value as Record<string, unknown>)[key], issues, path, ancestors);
        // Define rather than assign, in case a future key list misses one that assignment treats specially.
        if (child !== DROPPED) {
          Object.defineProperty(record, key, {
            value: child,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      path.pop();
    }
    copy = record;
  }
  ancestors.pop();
  return copy;
}

function structureProblem(
  value: unknown,
  ancestors: readonly object[],
): { code: string; message: string } | undefined {
  if (typeof value === "object" && value !== null) {
    if (ancestors.includes(value)) {
      return {
        code: "cycle",
        message: "this value contains itself (a cycle): JSON cannot hold it",
      };
    }
    if (ancestors.length >= MAX_NESTING_DEPTH) {
      return {
        code: "too_deep",
        message: `nesting deeper than ${MAX_NESTING_DEPTH} levels (MAX_NESTING_DEPTH) is not accepted`,
      };
    }
  }
  const reason = notJson(value);
  return reason === undefined ? undefined : { code: "not_json", message: reason };
}

/**
 * Checks that `value` is plain JSON that is safe to copy: no cycle, no nesting past
 * {@link MAX_NESTING_DEPTH}, no function, BigInt, symbol, Map, Date, class instance, NaN or
 * Infinity, and no prototype-polluting key (`__proto__`, `constructor`, `prototype`). For the
 * functions that take an input whole rather than list every issue (`parseCatalog` reports
 * these as issues of its `ImpactValidationError` instead).
 *
 * @param value - the value to check
 * @param path - the path of `value` in the caller's input, prefixed to the reported path
 * @throws {@link ImpactError} `INVALID_INPUT` at the first problem, with its path (the deepest
 *   point reached for a value nested too deep, the place where a cycle closes)
 * @example
 * import { assertPlainJson } from "@observatoire/impact-core";
 * assertPlainJson({ note: "ok", tags: ["a", 1, null] }, ["source"]);
 * //=> undefined
 * const cyclic: Record<string, unknown> = {};
 * cyclic.self = cyclic;
 * assertPlainJson(cyclic, ["source"]);
 * //=> throws INVALID_INPUT
 * assertPlainJson({ when: new Date(0) }, ["source"]);
 * //=> throws INVALID_INPUT
 */
export function assertPlainJson(value: unknown, path: IssuePath = []): void {
  if (!needsCleaning(value, [])) return;
  const issues: ValidationIssue[] = [];
  strip(value, issues, [...path], []);
  const first = issues[0];
  if (first !== undefined) {
    throw new ImpactError("INVALID_INPUT", first.message, { path: first.path });
  }
}
