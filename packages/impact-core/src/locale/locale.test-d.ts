import { describe, expectTypeOf, it } from "vitest";
import type { ImpactLocale, Locale, LocaleInput } from "../index";
import { formatPartialDate, readLocale } from "../index";

describe("Locale", () => {
  it("is the two languages, and ImpactLocale is the same type", () => {
    expectTypeOf<Locale>().toEqualTypeOf<"fr" | "en">();
    expectTypeOf<ImpactLocale>().toEqualTypeOf<Locale>();
  });

  it("reads any tag into a Locale", () => {
    expectTypeOf(readLocale("fr-FR")).toEqualTypeOf<Locale>();
    expectTypeOf<"fr-CA">().toExtend<LocaleInput>();
    expectTypeOf(formatPartialDate).parameter(1).toEqualTypeOf<LocaleInput>();
  });
});
