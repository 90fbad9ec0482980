import { describe, expect, it } from "vitest";
import { ImpactError } from "../errors/impact-error";
import { formatPartialDate, formatPeriod } from "./format-partial-date";

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof ImpactError ? `${error.code} ${error.path.join(".")}` : "other";
  }
  return undefined;
};

describe("formatPartialDate", () => {
  it.each([
    ["2019-10", "fr", "octobre 2019"],
    ["2018-02-01", "fr", "1er février 2018"],
    ["2017-11-23", "fr", "23 novembre 2017"],
    ["2019", "fr", "2019"],
    ["2016-02-29", "fr", "29 février 2016"],
    ["2019-10", "en", "October 2019"],
    ["2018-02-01", "en", "February 1, 2018"],
    ["2017-11-23", "en", "November 23, 2017"],
    ["2019", "en", "2019"],
    ["0099-03", "en", "March 0099"],
  ] as const)("formats %s in %s as %s", (value, locale, expected) => {
    expect(formatPartialDate(value, locale)).toBe(expected);
  });

  it("rejects dates that are not on the calendar or not partial ISO dates", () => {
    for (const bad of ["2019-02-29", "2019-13", "2019-00", "19-10", "2019-10-1", "", " 2019"]) {
      expect(codeOf(() => formatPartialDate(bad, "fr"))).toBe("INVALID_DATE value");
    }
    expect(codeOf(() => formatPartialDate(2019 as unknown as string, "fr"))).toBe(
      "INVALID_DATE value",
    );
  });

  it("rejects an unknown locale instead of falling back", () => {
    expect(codeOf(() => formatPartialDate("2019", "de" as "fr"))).toBe("INVALID_INPUT locale");
    expect(codeOf(() => formatPartialDate("2019", "de-FR"))).toBe("INVALID_INPUT locale");
  });

  it("reads a BCP 47 tag by its primary subtag, as every package does", () => {
    expect(formatPartialDate("2019-10", "fr-FR")).toBe("octobre 2019");
    expect(formatPartialDate("2019-10", "fr-CA")).toBe("octobre 2019");
    expect(formatPartialDate("2019-10", "en-GB")).toBe("October 2019");
  });
});

describe("formatPeriod", () => {
  it("joins two years with an unspaced en dash and other ends with a spaced one", () => {
    expect(formatPeriod({ start: "2013", end: "2017" }, "fr")).toBe("2013–2017");
    expect(formatPeriod({ start: "2017-11", end: "2018-02" }, "fr")).toBe(
      "novembre 2017 – février 2018",
    );
    expect(formatPeriod({ start: "2024-09-30", end: "2024-10-28" }, "fr")).toBe(
      "30 septembre 2024 – 28 octobre 2024",
    );
    expect(formatPeriod({ start: "2017-11", end: "2018-02" }, "en")).toBe(
      "November 2017 – February 2018",
    );
    expect(formatPeriod({ start: "2017", end: "2018-02-01" }, "fr")).toBe(
      "2017 – 1er février 2018",
    );
  });

  it("writes a one-date period once", () => {
    expect(formatPeriod({ start: "2019-10", end: "2019-10" }, "fr")).toBe("octobre 2019");
  });

  it("rejects bad ends, reversed periods and unknown locales with their paths", () => {
    expect(codeOf(() => formatPeriod({ start: "2019-02-29", end: "2020" }, "fr"))).toBe(
      "INVALID_DATE period.start",
    );
    expect(codeOf(() => formatPeriod({ start: "2019", end: "2018-12" }, "fr"))).toBe(
      "INVALID_DATE period.end",
    );
    // A year ending in its own month is not reversed: "2019" covers the whole of 2019.
    expect(formatPeriod({ start: "2019", end: "2019-01" }, "fr")).toBe("2019 – janvier 2019");
    expect(codeOf(() => formatPeriod(null as never, "fr"))).toBe("INVALID_INPUT period");
    expect(codeOf(() => formatPeriod({ start: "2019", end: "2020" }, "es-ES"))).toBe(
      "INVALID_INPUT locale",
    );
    expect(formatPeriod({ start: "2019", end: "2020" }, "EN")).toBe("2019–2020");
  });
});
