import { describe, expect, it } from "vitest";
import { isImpactError } from "../errors/impact-error";
import { localize, localizeWithOrigin } from "./localize";

describe("localize", () => {
  const text = { fr: "pensent", en: "think", original: "fr" } as const;

  it("picks the locale's wording and says when it is the catalog's translation", () => {
    expect(localize(text, "fr")).toBe("pensent");
    expect(localizeWithOrigin(text, "fr")).toEqual({ text: "pensent", translated: false });
    expect(localizeWithOrigin(text, "en")).toEqual({ text: "think", translated: true });
    expect(localizeWithOrigin({ fr: "a", en: "b" }, "en")).toEqual({
      text: "b",
      translated: false,
    });
    expect(localize("Comisis", "fr")).toBe("Comisis");
  });

  it("rejects what is not a text, and an unknown locale", () => {
    for (const call of [
      () => localize({ fr: "a" } as never, "fr"),
      () => localize(42 as never, "fr"),
      () => localize(text, "de" as never),
    ]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isImpactError(error) && error.code).toBe("INVALID_INPUT");
      }
    }
  });
});
