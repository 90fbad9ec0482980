import { ImpactErrorCode } from "./codes";
import type { ValidationIssueCode } from "./issue-codes";

/** A path to the offending field: property names and array indices, outermost first. */
export type IssuePath = readonly (string | number)[];

/** Options of the {@link ImpactError} constructor. */
export interface ImpactErrorOptions {
  /** Path of the offending field inside the input, outermost first. */
  readonly path?: IssuePath | undefined;
  /** The underlying error, kept as `error.cause`. */
  readonly cause?: unknown;
}

const BRAND = Symbol.for("@observatoire/impact-error");

/**
 * The base class of every error thrown by `@observatoire/*` packages. It carries a
 * stable {@link ImpactErrorCode} to branch on, and the path of the offending field.
 *
 * @example
 * import { ImpactError } from "@observatoire/impact-core";
 * const error = new ImpactError("INVALID_INPUT", "level must lie in (0, 1), got 95", { path: ["level"] });
 * [error.code, error.path.join("."), error.message];
 * //=> ["INVALID_INPUT", "level", "level must lie in (0, 1), got 95"]
 */
export class ImpactError extends Error {
  /** The stable code of this error. */
  readonly code: ImpactErrorCode;
  /** Path of the offending field, outermost first; empty when the input as a whole is at fault. */
  readonly path: IssuePath;

  /**
   * @param code - a value of {@link ImpactErrorCode}
   * @param message - a sentence a person understands, naming the value at fault
   * @param options - the field path and the underlying cause
   */
  constructor(code: ImpactErrorCode, message: string, options: ImpactErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ImpactError";
    this.code = code;
    this.path = Object.freeze([...(options.path ?? [])]);
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** One problem found while validating a document. */
export interface ValidationIssue {
  /** Path of the offending field, outermost first. */
  readonly path: IssuePath;
  /** A stable, machine-readable issue code (`invalid_type`, `unknown_reference`, ...). */
  readonly code: ValidationIssueCode;
  /** A sentence a person understands. */
  readonly message: string;
}

/**
 * Thrown when a document fails validation. Unlike a plain {@link ImpactError} it lists
 * every problem found, not only the first, each with its path, code and message.
 *
 * @example
 * import { ImpactValidationError } from "@observatoire/impact-core";
 * const error = new ImpactValidationError("catalog", [
 *   { path: ["figures", 0, "source"], code: "unknown_reference", message: "unknown source \"x\"" },
 * ]);
 * [error.code, error.issues.length, error.message];
 * //=> ["VALIDATION_FAILED", 1, "Invalid catalog: 1 problem\n- figures[0].source: unknown source \"x\""]
 */
export class ImpactValidationError extends ImpactError {
  /** Every problem found, in document order. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param what - what was validated, for the message ("catalog", "CSL-JSON")
   * @param issues - every problem found (at least one)
   * @param options - the underlying cause
   */
  constructor(what: string, issues: readonly ValidationIssue[], options: { cause?: unknown } = {}) {
    const count = `${issues.length} problem${issues.length === 1 ? "" : "s"}`;
    const lines = issues.map(
      (issue) => `- ${formatPath(issue.path) || "(root)"}: ${issue.message}`,
    );
    super(ImpactErrorCode.VALIDATION_FAILED, [`Invalid ${what}: ${count}`, ...lines].join("\n"), {
      path: issues.length === 1 ? (issues[0]?.path ?? []) : [],
      cause: options.cause,
    });
    this.name = "ImpactValidationError";
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }
}

const CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.values(ImpactErrorCode));

/**
 * Whether `value` is an {@link ImpactError}, including one thrown by a second loaded copy
 * of the package (two versions in one app, or ESM and CommonJS side by side), where
 * `instanceof` fails: it checks the brand, the `name` and the `code`.
 *
 * @param value - anything caught
 * @returns `true` for an ImpactError (or subclass) from any copy of the package
 * @example
 * import { isImpactError } from "@observatoire/impact-core";
 * const foreign = Object.assign(new Error("boom"), { name: "ImpactError", code: "EMPTY_SAMPLE", path: [] });
 * [isImpactError(foreign), isImpactError(new Error("boom"))];
 * //=> [true, false]
 */
export function isImpactError(value: unknown): value is ImpactError {
  if (value instanceof ImpactError) return true;
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown; [BRAND]?: unknown };
  if (candidate[BRAND] === true) return true;
  return (
    (candidate.name === "ImpactError" || candidate.name === "ImpactValidationError") &&
    typeof candidate.code === "string" &&
    CODES.has(candidate.code)
  );
}

/**
 * Formats an issue path the way a JavaScript reader writes it: `figures[3].source`.
 *
 * @param path - property names and indices, outermost first
 * @returns the dotted path, or `""` for the root
 * @example
 * import { formatPath } from "@observatoire/impact-core";
 * formatPath(["figures", 3, "source"]);
 * //=> "figures[3].source"
 */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
