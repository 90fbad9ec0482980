import type { LocaleInput } from "@observatoire/impact-core/kernel";
import { describe, invalid, readOptions } from "../_lib/validate";
import { readDigits, readLocale } from "./_locale";
import { formatInterval } from "./format-interval";
import { percentText } from "./format-percent";

/** One row of {@link intervalChartSpec}: a label (or a `group`, as domain estimates have) and an interval. */
export interface IntervalChartRow {
  /** Text on the category axis; `group` is used when absent. */
  readonly label?: string | number | undefined;
  /** The group of a {@link DomainEstimate}, used when `label` is absent. */
  readonly group?: string | number | undefined;
  /** Point estimate, a proportion. */
  readonly estimate: number;
  /** Lower bound, a proportion. */
  readonly lower: number;
  /** Upper bound, a proportion. */
  readonly upper: number;
}

/** Options of {@link intervalChartSpec}. */
export interface IntervalChartSpecOptions {
  /** Chart title; none by default. */
  title?: string | undefined;
  /** Title of the value axis; `"Proportion"` by default. */
  axisTitle?: string | undefined;
  /** `"fr"` (default) or `"en"`: axis labels and tooltips follow the locale's typography. */
  locale?: LocaleInput | undefined;
  /** Decimals of the tooltips, in percent; 1 by default. */
  digits?: number | undefined;
  /** Width of the plot in pixels; 400 by default. */
  width?: number | undefined;
  /** Value-axis domain; `[0, 1]` by default. */
  domain?: readonly [number, number] | undefined;
}

/** A Vega-Lite specification as a plain JSON object. */
export type VegaLiteSpec = { readonly $schema: string } & Record<string, unknown>;

/**
 * Builds a Vega-Lite (v5, also valid for v6) specification of point estimates with their
 * interval as error bars, one row per category in the given order: a plain JSON object to render
 * with `vega-lite` and `vega` (to SVG, canvas or PNG), with no dependency here. Axis labels and
 * tooltips are formatted in the chosen locale (`74 %` in French).
 *
 * @param rows - estimates with `lower` and `upper` (e.g. the result of {@link domainProportions})
 * @param options - `title`, `axisTitle`, `locale`, `digits`, `width`, `domain`
 * @returns the Vega-Lite specification
 * @throws {@link ImpactError} `INVALID_INPUT` for an empty list, a row without a label or with
 *   non-finite bounds (path `["rows", i, field]`), or bad options
 * @example
 * import { intervalChartSpec } from "@observatoire/impact-indicators";
 * const spec = intervalChartSpec([{ label: "Maires", estimate: 0.87, lower: 0.84, upper: 0.9 }], { locale: "fr" });
 * [spec.$schema, (spec.data as { values: { tooltip: string }[] }).values[0]?.tooltip];
 * //=> ["https://vega.github.io/schema/vega-lite/v5.json", "87,0\u202f% [84,0\u202f%\u202f; 90,0\u202f%]"]
 * intervalChartSpec([]);
 * //=> throws INVALID_INPUT
 */
export function intervalChartSpec(
  rows: readonly IntervalChartRow[],
  options?: IntervalChartSpecOptions,
): VegaLiteSpec {
  const opts = readOptions(options);
  const locale = readLocale(opts.locale);
  const digits = readDigits(opts.digits, 1);
  const width = opts.width ?? 400;
  if (typeof width !== "number" || !(width > 0 && width < Number.POSITIVE_INFINITY)) {
    throw invalid(`width must be a positive number of pixels, got ${describe(width)}`, [
      "options",
      "width",
    ]);
  }
  const domain = opts.domain ?? [0, 1];
  if (
    !Array.isArray(domain) ||
    domain.length !== 2 ||
    !domain.every((d) => typeof d === "number" && Number.isFinite(d)) ||
    !(domain[0] < domain[1])
  ) {
    throw invalid(`domain must be [min, max] with min < max, got ${describe(domain)}`, [
      "options",
      "domain",
    ]);
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    throw invalid(`rows must be a non-empty array of estimates, got ${describe(rows)}`, ["rows"]);
  }
  const values = rows.map((row, i) => {
    if (typeof row !== "object" || row === null) {
      throw invalid(`rows[${i}] must be an object, got ${describe(row)}`, ["rows", i]);
    }
    const label = row.label ?? row.group;
    if (typeof label !== "string" && typeof label !== "number") {
      throw invalid(`rows[${i}] needs a label (or a group), got ${describe(label)}`, [
        "rows",
        i,
        "label",
      ]);
    }
    for (const key of ["estimate", "lower", "upper"] as const) {
      const v = row[key] as unknown;
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw invalid(`rows[${i}].${key} must be a finite number, got ${describe(v)}`, [
          "rows",
          i,
          key,
        ]);
      }
    }
    const tooltip = `${percentText(row.estimate, digits, locale)} ${formatInterval(row, { locale, digits })}`;
    return {
      label: String(label),
      estimate: row.estimate,
      lower: row.lower,
      upper: row.upper,
      tooltip,
    };
  });
  // Vega formats numbers with d3's English locale unless the viewer configures another one:
  // computing the French axis labels in an expression keeps the spec self-contained.
  const labelExpr =
    locale === "fr"
      ? "replace(format(datum.value * 100, '.0f'), '.', ',') + '\u202f%'"
      : "format(datum.value * 100, '.0f') + '%'";
  const x = {
    type: "quantitative",
    scale: { domain: [domain[0], domain[1]] },
    axis: { title: opts.axisTitle ?? "Proportion", labelExpr },
  };
  const spec: VegaLiteSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    ...(opts.title === undefined ? {} : { title: opts.title }),
    width,
    data: { values },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null },
      tooltip: { field: "tooltip", type: "nominal" },
    },
    layer: [
      {
        mark: { type: "errorbar", ticks: true },
        encoding: { x: { ...x, field: "lower" }, x2: { field: "upper" } },
      },
      {
        mark: { type: "point", filled: true, size: 60 },
        encoding: { x: { ...x, field: "estimate" } },
      },
    ],
  };
  return spec;
}
