import { intervalChartSpec } from "@observatoire/impact-indicators";
import { describe, expect, it } from "vitest";
import { renderIntervalChartSvg } from "./interval-chart-svg";

describe("renderIntervalChartSvg", () => {
  const rows = [
    { label: "Maires", estimate: 0.91, lower: 0.87, upper: 0.94 },
    { label: "Citoyens", estimate: 0.74, lower: 0.74, upper: 0.74 },
  ];
  const spec = intervalChartSpec(rows, { locale: "fr", axisTitle: "Part", width: 400 });
  const svg = renderIntervalChartSvg(spec, { title: "T", description: "D", locale: "fr" });

  it("draws what intervalChartSpec specifies: rows in order, on the spec's domain and width", () => {
    // The plot starts after the 300 px label column and spans the spec's 400 px width.
    const x = (v: number) => String(Math.round((300 + v * 400) * 10) / 10);
    expect(svg).toContain(`<circle cx="${x(0.91)}"`);
    expect(svg).toContain(`<circle cx="${x(0.74)}"`);
    expect(svg.indexOf(">Maires<")).toBeLessThan(svg.indexOf(">Citoyens<"));
    expect(svg).toContain(`<line x1="${x(0.87)}" x2="${x(0.94)}"`);
    expect(svg).toContain(">Part</text>");
    expect(svg).toContain(">100\u202f%</text>");
  });

  it("draws no interval for a row whose bounds equal its estimate, and is accessible", () => {
    expect(svg.match(/class="interval"/g)).toHaveLength(3);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-title chart-desc"/);
    expect(svg).toContain(
      "<title>Maires\u00a0: 91,0\u202f% [87,0\u202f%\u202f; 94,0\u202f%]</title>",
    );
  });

  it("escapes labels and rejects a spec without data", () => {
    const evil = intervalChartSpec([{ label: "<b>", estimate: 0.5, lower: 0.4, upper: 0.6 }]);
    expect(renderIntervalChartSvg(evil, { title: "t", description: "d", locale: "en" })).toContain(
      "&lt;b&gt;",
    );
    expect(() =>
      renderIntervalChartSvg(
        { data: { values: [] } },
        { title: "t", description: "d", locale: "en" },
      ),
    ).toThrow(/no data/);
  });
});
