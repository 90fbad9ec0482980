import { describe, expect, it } from "vitest";
import { expectImpactError } from "../../test/helpers";
import { proportionInterval } from "../intervals/proportion-interval";
import { formatInterval } from "./format-interval";
import { formatPercent } from "./format-percent";
import { formatPoints } from "./format-points";
import { intervalChartSpec } from "./interval-chart-spec";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("formatPercent", () => {
  it("follows French and English typography", () => {
    expect(formatPercent(0.74, { locale: "fr" })).toBe(`74${NNBSP}%`);
    expect(formatPercent(0.74, { locale: "en" })).toBe("74%");
    expect(formatPercent(0.64629, { locale: "fr", digits: 1 })).toBe(`64,6${NNBSP}%`);
    expect(formatPercent(0.64629, { locale: "en-GB", digits: 1 })).toBe("64.6%");
    expect(formatPercent(1.5, { locale: "fr" })).toBe(`150${NNBSP}%`);
    expect(formatPercent(-0.031, { locale: "fr", digits: 1 })).toBe(`\u22123,1${NNBSP}%`);
    expect(formatPercent(-0.00001, { locale: "en" })).toBe("0%");
    expect(formatPercent(12.345, { locale: "en" })).toBe("1235%");
  });

  it("rounds the decimal value, not its binary neighbour", () => {
    expect(formatPercent(0.0125, { locale: "en", digits: 1 })).toBe("1.3%");
    expect(formatPercent(0.745, { locale: "en" })).toBe("75%");
  });

  it("rejects bad input", () => {
    expectImpactError(() => formatPercent(Number.POSITIVE_INFINITY), "INVALID_INPUT", ["value"]);
    expectImpactError(() => formatPercent(0.5, { locale: "de" }), "INVALID_INPUT", [
      "options",
      "locale",
    ]);
    expectImpactError(() => formatPercent(0.5, { digits: 1.5 }), "INVALID_INPUT", [
      "options",
      "digits",
    ]);
  });
});

describe("formatPoints", () => {
  it("signs changes and marks margins", () => {
    expect(formatPoints(3)).toBe(`+3${NBSP}pts`);
    expect(formatPoints(-2.46, { digits: 1, locale: "fr" })).toBe(`\u22122,5${NBSP}pts`);
    expect(formatPoints(1, { locale: "fr" })).toBe(`+1${NBSP}pt`);
    expect(formatPoints(1.5, { locale: "fr", digits: 1 })).toBe(`+1,5${NBSP}pt`);
    expect(formatPoints(1.5, { locale: "en", digits: 1 })).toBe(`+1.5${NBSP}pts`);
    expect(formatPoints(0.2)).toBe(`0${NBSP}pt`);
    expect(formatPoints(8.6, { locale: "fr", digits: 1, style: "margin" })).toBe(
      `±${NBSP}8,6${NBSP}pts`,
    );
  });

  it("rejects bad input", () => {
    expectImpactError(() => formatPoints(Number.NaN), "INVALID_INPUT", ["points"]);
    expectImpactError(() => formatPoints(1, { style: "plain" as never }), "INVALID_INPUT", [
      "options",
      "style",
    ]);
  });
});

describe("formatInterval", () => {
  it("uses a narrow no-break space before % and ; in French", () => {
    const ci = proportionInterval(74, 100);
    expect(formatInterval(ci, { locale: "fr" })).toBe(`[64,6${NNBSP}%${NNBSP}; 81,6${NNBSP}%]`);
    expect(formatInterval(ci, { locale: "en" })).toBe("[64.6%, 81.6%]");
    expect(formatInterval(ci, { locale: "en", digits: 0 })).toBe("[65%, 82%]");
  });

  it("rejects bad input", () => {
    expectImpactError(() => formatInterval({ lower: 0.1 } as never), "INVALID_INPUT", [
      "interval",
      "upper",
    ]);
    expectImpactError(() => formatInterval(null as never), "INVALID_INPUT", ["interval"]);
  });
});

describe("intervalChartSpec", () => {
  const rows = [
    { label: "Citoyens", estimate: 0.74, lower: 0.71, upper: 0.77 },
    { group: 2, estimate: 0.87, lower: 0.83, upper: 0.9 },
  ];

  it("builds a self-contained Vega-Lite spec of points with error bars", () => {
    const spec = intervalChartSpec(rows, { title: "Partenariats", locale: "en", width: 300 });
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(spec.title).toBe("Partenariats");
    expect(spec.width).toBe(300);
    const data = (spec.data as { values: Record<string, unknown>[] }).values;
    expect(data.map((d) => d.label)).toEqual(["Citoyens", "2"]);
    expect(data[0]?.tooltip).toBe("74.0% [71.0%, 77.0%]");
    const layers = spec.layer as {
      mark: { type: string };
      encoding: Record<string, { field: string }>;
    }[];
    expect(layers.map((l) => l.mark.type)).toEqual(["errorbar", "point"]);
    expect(layers[0]?.encoding.x?.field).toBe("lower");
    expect(layers[0]?.encoding.x2?.field).toBe("upper");
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it("rejects rows it cannot draw", () => {
    expectImpactError(() => intervalChartSpec([]), "INVALID_INPUT", ["rows"]);
    expectImpactError(
      () => intervalChartSpec([{ estimate: 0.5, lower: 0.4, upper: 0.6 }]),
      "INVALID_INPUT",
      ["rows", 0, "label"],
    );
    expectImpactError(
      () => intervalChartSpec([{ label: "a", estimate: 0.5, lower: Number.NaN, upper: 0.6 }]),
      "INVALID_INPUT",
      ["rows", 0, "lower"],
    );
    expectImpactError(() => intervalChartSpec(rows, { domain: [1, 0] }), "INVALID_INPUT", [
      "options",
      "domain",
    ]);
  });
});
