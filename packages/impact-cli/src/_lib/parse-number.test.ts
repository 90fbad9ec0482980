import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal, parseDecimal } from "./parse-number";

describe("parseDecimal", () => {
  it("reads decimal numbers with a point", () => {
    expect(parseDecimal("1.5", ".")).toBe(1.5);
    expect(parseDecimal("-0.25", ".")).toBe(-0.25);
    expect(parseDecimal(".5", ".")).toBe(0.5);
    expect(parseDecimal("2e-3", ".")).toBe(0.002);
    expect(parseDecimal(" 3 ", ".")).toBe(3);
  });

  it("reads decimal commas, and rejects a point then (a thousands separator?)", () => {
    expect(parseDecimal("1,5", ",")).toBe(1.5);
    expect(parseDecimal("12", ",")).toBe(12);
    expect(parseDecimal("1.234", ",")).toBeUndefined();
    expect(parseDecimal("1,5", ".")).toBeUndefined();
  });

  it.each(["", " ", "abc", "0x10", "Infinity", "NaN", "1,234.5", "1 000", "--1", "1e"])(
    "rejects %j instead of inventing a value",
    (text) => {
      expect(parseDecimal(text, ".")).toBeUndefined();
      expect(parseDecimal(text, ",")).toBeUndefined();
    },
  );

  it("reads back every double written by formatDecimal, in both conventions", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const expected = x === 0 ? 0 : x;
        expect(parseDecimal(formatDecimal(x, "."), ".")).toBe(expected);
        expect(parseDecimal(formatDecimal(x, ","), ",")).toBe(expected);
      }),
    );
  });
});
