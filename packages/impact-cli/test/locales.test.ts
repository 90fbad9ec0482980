// One locale rule across the packages: a BCP 47 tag answers as its primary subtag in
// impact-core, impact-indicators and impact-citations alike, and a tag of another
// language is the same INVALID_INPUT everywhere.
import { formatReference } from "@observatoire/impact-citations";
import { formatPartialDate, isImpactError, label } from "@observatoire/impact-core";
import { formatPercent } from "@observatoire/impact-indicators";
import { describe, expect, it } from "vitest";

const source = {
  id: "impact-citoyens-2019",
  type: "report",
  title: "IMPACT-Citoyens",
  publisher: "Comisis-OpinionWay",
  issued: { "date-parts": [[2019, 10]] },
} as const;

const answers = (locale: string): readonly string[] =>
  [
    () => formatPercent(0.74, { locale }),
    () => formatPartialDate("2019-10", locale),
    () => formatReference(source, { locale }),
    () => label("citizens", locale),
  ].map((run) => {
    try {
      return run();
    } catch (error) {
      return isImpactError(error) ? `throws ${error.code}` : "throws something else";
    }
  });

describe("a locale answers the same way in every package", () => {
  it.each(["fr-FR", "fr-CA", "FR", "fr_BE"])("%s answers as fr", (tag) => {
    expect(answers(tag)).toEqual(answers("fr"));
  });

  it.each(["en-GB", "en-US", "EN"])("%s answers as en", (tag) => {
    expect(answers(tag)).toEqual(answers("en"));
  });

  it("French and English differ, and another language is refused by all", () => {
    expect(answers("fr")).not.toEqual(answers("en"));
    expect(answers("fr").some((answer) => answer.startsWith("throws"))).toBe(false);
    expect(answers("de-DE")).toEqual(Array(4).fill("throws INVALID_INPUT"));
  });
});
