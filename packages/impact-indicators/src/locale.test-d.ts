import type { Locale } from "@observatoire/impact-core/kernel";
import { describe, expectTypeOf, it } from "vitest";
import { formatPercent, type ReportLocale } from "./index";

describe("ReportLocale", () => {
  it("is a deprecated alias of the one Locale type", () => {
    expectTypeOf<ReportLocale>().toEqualTypeOf<Locale>();
  });

  it("the formatters take any BCP 47 tag, read at run time", () => {
    expectTypeOf(formatPercent(0.74, { locale: "fr-CA" })).toEqualTypeOf<string>();
  });
});
