import { catalog } from "@observatoire/impact-data";
import { beforeAll, describe, expect, it } from "vitest";
import { renderIntervalChart } from "../src/chart";
import { buildFactSheet, HEADLINE_FIGURES } from "../src/fact-sheet";
import { renderFactSheetHtml } from "../src/html";

const sheet = buildFactSheet(catalog);
let html: string;

beforeAll(async () => {
  html = renderFactSheetHtml(sheet, await renderIntervalChart(sheet.chart));
});

describe("the IMPACT fact sheet", () => {
  it("prints the four headline figures of the programme page, in French typography", () => {
    expect(sheet.headlines.map((h) => h.value)).toEqual([
      "74\u202f%",
      "81\u202f%",
      "86\u202f%",
      "87\u202f%",
    ]);
    expect(sheet.headlines.map((h) => h.figure.id)).toEqual([...HEADLINE_FIGURES]);
    expect(html).toContain('<span class="value">74\u202f%</span> des citoyens<sup>1</sup>');
  });

  it("numbers the notes as the seed page does: one source cited again keeps its number", () => {
    expect(sheet.headlines.map((h) => h.call)).toEqual([
      "<sup>1</sup>",
      "<sup>2</sup>",
      "<sup>2</sup>",
      "<sup>2</sup>",
    ]);
    expect(html).toContain(
      '<li value="1">Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019)</li>',
    );
    expect(html).toContain(
      '<li value="2">Rapport quinquennal PHARE sur les fragilités et la co-construction en territoire (Observatoire des partenariats, février 2018)</li>',
    );
  });

  it("keeps both periods the sources give for PHARE, each with its note", () => {
    const phare = sheet.programmes.find((line) => line.programme.id === "phare");
    expect(phare?.periods.map((p) => p.replace(/<sup>\d+<\/sup>$/, ""))).toEqual([
      "2013–2018",
      "2013–2017",
    ]);
    for (const period of phare?.periods ?? []) expect(period).toMatch(/<sup>\d+<\/sup>$/);
    expect(sheet.notes.length).toBeGreaterThanOrEqual(3);
  });

  it("computes Wilson intervals only for figures whose sample size is published", () => {
    expect(sheet.chart.length).toBeGreaterThan(0);
    for (const row of sheet.chart) {
      expect(row.sampleSize).toBeGreaterThan(0);
      expect(row.lower).toBeLessThan(row.estimate);
      expect(row.upper).toBeGreaterThan(row.estimate);
      expect(row.lower).toBeGreaterThanOrEqual(0);
      expect(row.upper).toBeLessThanOrEqual(1);
    }
    const headline = new Set<string>(HEADLINE_FIGURES);
    expect(sheet.chart.some((row) => headline.has(row.figure.id))).toBe(false);
  });

  it("embeds the chart as an SVG drawn from the Vega-Lite spec of impact-indicators", () => {
    expect(html).toMatch(/<svg[^>]*>/);
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    // One point mark per row, and the French percent axis labels (narrow no-break space).
    expect(svg.match(/role="graphics-symbol"/g)?.length ?? 0).toBeGreaterThanOrEqual(
      sheet.chart.length,
    );
    expect(svg).toContain("80\u202f%");
  });

  it("escapes catalog text in the page", () => {
    // PHARE-Citoyens gives "more than 2 000" respondents: the label's ">" must be escaped.
    expect(html).toContain("<td>n &gt; 2\u202f000</td>");
    expect(html).not.toMatch(/<td>[^<]*>[^<]*<\/td>/);
  });
});
