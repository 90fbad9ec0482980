import type { Locale } from "@observatoire/impact-core/kernel";
import { describe, expectTypeOf, it } from "vitest";
import { type CitationLocale, formatReference, type RenderOptions } from "./index";

describe("CitationLocale", () => {
  it("is a deprecated alias of the one Locale type", () => {
    expectTypeOf<CitationLocale>().toEqualTypeOf<Locale>();
  });

  it("options take any BCP 47 tag, read at run time", () => {
    expectTypeOf<"fr-FR">().toExtend<NonNullable<RenderOptions["locale"]>>();
    expectTypeOf(
      formatReference({ id: "x", type: "report", title: "T" }, { locale: "fr-CA" }),
    ).toEqualTypeOf<string>();
  });
});
