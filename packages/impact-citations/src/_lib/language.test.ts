import { describe, expect, it } from "vitest";
import type { SourceFields } from "./check-source";
import { dataLanguage } from "./language";

const source = (language: string | undefined): SourceFields =>
  ({ id: "x", type: "report", title: "T", language }) as unknown as SourceFields;

describe("a source's language, read by the one locale rule of impact-core", () => {
  it.each([
    ["fr", "fr"],
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["FR", "fr"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["de", "other"],
    ["français", "other"],
  ] as const)("%s is %s, whatever the output locale", (language, expected) => {
    expect(dataLanguage(source(language), "fr")).toBe(expected);
    expect(dataLanguage(source(language), "en")).toBe(expected);
  });

  it("is the output's locale when the field is missing or empty", () => {
    expect(dataLanguage(source(undefined), "en")).toBe("en");
    expect(dataLanguage(source("  "), "fr")).toBe("fr");
  });
});
