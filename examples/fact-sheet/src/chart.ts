import { intervalChartSpec } from "@observatoire/impact-indicators";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { ChartRow } from "./fact-sheet";

/**
 * Renders the rows as an SVG chart of estimates with their intervals: impact-indicators
 * writes the Vega-Lite specification (French axis labels and tooltips), vega-lite compiles
 * it to Vega and vega renders it headless, with no browser and no canvas.
 */
export async function renderIntervalChart(rows: readonly ChartRow[]): Promise<string> {
  const spec = intervalChartSpec(rows, {
    locale: "fr",
    axisTitle: "Part des répondants (intervalle de Wilson à 95 %)",
    width: 420,
  });
  // Without a canvas, vega estimates text widths generously: widen the label limit so that
  // the labels are not cut at its default 180 px.
  const styled = { ...spec, config: { axisY: { labelLimit: 320 } } };
  const view = new View(parse(compile(styled as unknown as TopLevelSpec).spec), {
    renderer: "none",
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
