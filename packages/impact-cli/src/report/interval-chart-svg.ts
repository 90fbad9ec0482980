import { escapeHtml, frenchTypography, ImpactError } from "@observatoire/impact-core";

/** One row of the data of an `intervalChartSpec` specification. */
interface SpecRow {
  readonly label: string;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly tooltip: string;
}

/** What the renderer reads of the specification `intervalChartSpec` writes. */
export type IntervalChartSpecShape = Readonly<Record<string, unknown>>;

const LABEL_WIDTH = 300;
const ROW_HEIGHT = 30;
const TOP = 10;
const AXIS_HEIGHT = 44;
const RIGHT = 24;

function fail(message: string, path: (string | number)[]): never {
  throw new ImpactError("INVALID_INPUT", message, { path: ["spec", ...path] });
}

function readRows(spec: IntervalChartSpecShape): SpecRow[] {
  const values = (spec.data as { values?: unknown } | undefined)?.values;
  if (!Array.isArray(values) || values.length === 0) fail("the chart has no data values", ["data"]);
  return values.map((row: Record<string, unknown>, i) => {
    for (const key of ["estimate", "lower", "upper"] as const) {
      if (typeof row[key] !== "number" || !Number.isFinite(row[key])) {
        fail(`data.values[${i}].${key} must be a finite number`, ["data", "values", i, key]);
      }
    }
    if (typeof row.label !== "string") fail("each row needs a label", ["data", "values", i]);
    return {
      label: row.label,
      estimate: row.estimate as number,
      lower: row.lower as number,
      upper: row.upper as number,
      tooltip: typeof row.tooltip === "string" ? row.tooltip : "",
    };
  });
}

function readAxis(spec: IntervalChartSpecShape): { domain: [number, number]; title: string } {
  const layer = Array.isArray(spec.layer) ? spec.layer : [];
  const x = (
    layer[0] as { encoding?: { x?: { scale?: { domain?: unknown }; axis?: { title?: unknown } } } }
  )?.encoding?.x;
  const domain = x?.scale?.domain;
  if (
    !Array.isArray(domain) ||
    domain.length !== 2 ||
    typeof domain[0] !== "number" ||
    typeof domain[1] !== "number" ||
    !(domain[0] < domain[1])
  ) {
    fail("the x scale needs a [min, max] domain", ["layer", 0, "encoding", "x", "scale"]);
  }
  return {
    domain: [domain[0], domain[1]],
    title: typeof x?.axis?.title === "string" ? x.axis.title : "",
  };
}

const round = (x: number): string => String(Math.round(x * 10) / 10);

/**
 * Draws the chart that `intervalChartSpec` of impact-indicators specifies (one row per
 * category: a point at the estimate and an error bar from `lower` to `upper`, on a
 * quantitative x axis with the spec's domain and title) as a standalone, accessible SVG,
 * without a browser or the Vega runtime: the fact sheet needs that one chart shape, and
 * the Vega packages weigh megabytes. A row whose bounds equal its estimate has no
 * interval (its sample size is not published) and is drawn as a point only.
 *
 * @internal
 */
export function renderIntervalChartSvg(
  spec: IntervalChartSpecShape,
  options: { readonly title: string; readonly description: string; readonly locale: "fr" | "en" },
): string {
  const rows = readRows(spec);
  const { domain, title: axisTitle } = readAxis(spec);
  const plotWidth = typeof spec.width === "number" && spec.width > 0 ? spec.width : 400;
  const width = LABEL_WIDTH + plotWidth + RIGHT;
  const height = TOP + rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const x = (value: number) =>
    LABEL_WIDTH + ((value - domain[0]) / (domain[1] - domain[0])) * plotWidth;
  const text = (value: string) =>
    escapeHtml(options.locale === "fr" ? frenchTypography(value) : value);
  const percent = (value: number) =>
    options.locale === "fr"
      ? `${String(Math.round(value * 100))}\u202f%`
      : `${String(Math.round(value * 100))}%`;

  const parts: string[] = [];
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => domain[0] + f * (domain[1] - domain[0]));
  const axisY = TOP + rows.length * ROW_HEIGHT;
  for (const tick of ticks) {
    parts.push(
      `<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${TOP}" y2="${axisY}" class="grid"/>`,
      `<text x="${round(x(tick))}" y="${axisY + 16}" text-anchor="middle" class="tick">${text(percent(tick))}</text>`,
    );
  }
  parts.push(
    `<text x="${round(LABEL_WIDTH + plotWidth / 2)}" y="${axisY + 36}" text-anchor="middle" class="axis-title">${text(axisTitle)}</text>`,
  );
  rows.forEach((row, i) => {
    const y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    const bar =
      row.upper > row.lower
        ? `<line x1="${round(x(row.lower))}" x2="${round(x(row.upper))}" y1="${y}" y2="${y}" class="interval"/>` +
          `<line x1="${round(x(row.lower))}" x2="${round(x(row.lower))}" y1="${y - 6}" y2="${y + 6}" class="interval"/>` +
          `<line x1="${round(x(row.upper))}" x2="${round(x(row.upper))}" y1="${y - 6}" y2="${y + 6}" class="interval"/>`
        : "";
    parts.push(
      `<g class="row"><title>${text(`${row.label}${options.locale === "fr" ? " : " : ": "}${row.tooltip}`)}</title>` +
        `<text x="${LABEL_WIDTH - 8}" y="${y + 4}" text-anchor="end" class="label">${text(row.label)}</text>` +
        `${bar}<circle cx="${round(x(row.estimate))}" cy="${y}" r="5" class="estimate"/></g>`,
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="chart">`,
    `<title id="chart-title">${text(options.title)}</title>`,
    `<desc id="chart-desc">${text(options.description)}</desc>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
