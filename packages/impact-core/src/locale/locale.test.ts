import { describe, expect, it } from "vitest";
import { ImpactError } from "../errors/impact-error";
import { LOCALES, localeOf, readLocale } from "./locale";

const failure = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof ImpactError ? `${error.code} ${error.path.join(".")}` : "other";
  }
  return undefined;
};

describe("readLocale", () => {
  it.each([
    ["fr", "fr"],
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["fr-BE", "fr"],
    ["FR", "fr"],
    ["fr_FR", "fr"],
    ["en", "en"],
    ["en-GB", "en"],
    ["en-US", "en"],
    ["en-Latn-GB", "en"],
  ] as const)("reads %s as %s, by its primary subtag", (tag, expected) => {
    expect(readLocale(tag)).toBe(expected);
    expect(localeOf(tag)).toBe(expected);
  });

  it.each(["de", "de-FR", "fra", "french", "frx", "", "-fr", " fr", "f"])(
    "rejects %j rather than falling back",
    (tag) => {
      expect(failure(() => readLocale(tag))).toBe("INVALID_INPUT locale");
      expect(localeOf(tag)).toBeUndefined();
    },
  );

  it("rejects values that are not strings, names the caller's path, and applies a fallback only to undefined", () => {
    expect(failure(() => readLocale(undefined))).toBe("INVALID_INPUT locale");
    expect(failure(() => readLocale(42, { path: ["options", "locale"] }))).toBe(
      "INVALID_INPUT options.locale",
    );
    expect(readLocale(undefined, { fallback: "en" })).toBe("en");
    expect(failure(() => readLocale(null, { fallback: "en" }))).toBe("INVALID_INPUT locale");
    expect(LOCALES).toEqual(["fr", "en"]);
  });
});
