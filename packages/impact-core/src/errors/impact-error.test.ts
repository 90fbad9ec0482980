import { describe, expect, it } from "vitest";
import { ImpactErrorCode } from "./codes";
import { formatPath, ImpactError, ImpactValidationError, isImpactError } from "./impact-error";

describe("ImpactError", () => {
  it("keeps code, path, message and cause", () => {
    const cause = new RangeError("inner");
    const error = new ImpactError("INVALID_INPUT", "bad level", {
      path: ["options", "level"],
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ImpactError");
    expect(error.code).toBe(ImpactErrorCode.INVALID_INPUT);
    expect(error.path).toEqual(["options", "level"]);
    expect(error.cause).toBe(cause);
    expect(Object.isFrozen(error.path)).toBe(true);
  });

  it("has no cause property when none is given", () => {
    expect("cause" in new ImpactError("EMPTY_SAMPLE", "empty")).toBe(false);
  });

  it("lists every issue of a validation error", () => {
    const error = new ImpactValidationError("catalog", [
      { path: ["a", 0], code: "unknown_reference", message: "first" },
      { path: [], code: "duplicate_id", message: "second" },
    ]);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe("Invalid catalog: 2 problems\n- a[0]: first\n- (root): second");
    expect(isImpactError(error)).toBe(true);
  });
});

describe("isImpactError", () => {
  it("recognises errors from another copy by brand, or by name and code", () => {
    const branded = new Error("x");
    Object.defineProperty(branded, Symbol.for("@observatoire/impact-error"), { value: true });
    expect(isImpactError(branded)).toBe(true);
    const named = Object.assign(new Error("x"), {
      name: "ImpactValidationError",
      code: "VALIDATION_FAILED",
    });
    expect(isImpactError(named)).toBe(true);
  });

  it("rejects look-alikes with an unknown code and non-objects", () => {
    expect(
      isImpactError(Object.assign(new Error("x"), { name: "ImpactError", code: "NOPE" })),
    ).toBe(false);
    expect(isImpactError(null)).toBe(false);
    expect(isImpactError("ImpactError")).toBe(false);
  });
});

describe("formatPath", () => {
  it("writes indices in brackets and quotes odd keys", () => {
    expect(formatPath([])).toBe("");
    expect(formatPath(["figures", 3, "source"])).toBe("figures[3].source");
    expect(formatPath(["targets", "a b"])).toBe('targets["a b"]');
  });
});
