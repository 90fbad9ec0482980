import { createNoteRegistry, type FormattedNote } from "@observatoire/impact-citations";
import type { Catalog, Figure, Programme } from "@observatoire/impact-core";
import { formatPeriod, localize } from "@observatoire/impact-core";
import {
  formatInterval,
  formatPercent,
  type IntervalChartRow,
  proportionInterval,
} from "@observatoire/impact-indicators";

/**
 * The four figures of the programme page's headline sentence (74 % des Français, 81 % des
 * dirigeants d'entreprise, 86 % des responsables associatifs, 87 % des maires).
 */
export const HEADLINE_FIGURES = [
  "impact-citoyens-source-d-innovation",
  "phare-dirigeants-source-d-innovation",
  "phare-responsables-associatifs-source-d-innovation",
  "phare-maires-source-d-innovation",
] as const;

/** A figure as the sheet prints it: the value, who answered, and its note call. */
export interface HeadlineFigure {
  readonly figure: Figure;
  /** `74 %`, French typography. */
  readonly value: string;
  readonly population: string;
  /** The note call, HTML (`<sup>1</sup>`). */
  readonly call: string;
}

/** A programme with its period(s), each period with the note of its source. */
export interface ProgrammeLine {
  readonly programme: Programme;
  /** `2013–2018<sup>3</sup>`: one entry per period the sources give. */
  readonly periods: readonly string[];
}

/** A figure whose sample size is published, with its Wilson interval. */
export interface ChartRow extends IntervalChartRow {
  readonly label: string;
  readonly figure: Figure;
  readonly sampleSize: number;
  /** True when the source says "more than n": the interval is computed for n, so it is at most that wide. */
  readonly atLeast: boolean;
  /** `n = 302`, or `n > 2 000` when the source gives a lower bound. */
  readonly sample: string;
  /** `[85,6 % ; 93,5 %]`. */
  readonly interval: string;
}

/** Everything the HTML page shows, computed from the catalog. */
export interface FactSheet {
  readonly programme: Programme;
  readonly programmes: readonly ProgrammeLine[];
  readonly headlines: readonly HeadlineFigure[];
  readonly claim: string;
  readonly axes: Catalog["impactAxes"];
  readonly phases: Catalog["phases"];
  readonly partners: readonly string[];
  readonly chart: readonly ChartRow[];
  /** The numbered notes, HTML `<li value="n">` lines in the observatoire style. */
  readonly notes: readonly FormattedNote[];
}

const CLAIM = "pensent que les partenariats sont source d’innovation";

/** Short French wordings of the measures the chart shows; other measures print their statement. */
const MEASURE_LABELS: Readonly<Record<string, string>> = {
  "partnerships-source-of-innovation": "source d’innovation",
  "territory-moving-facing-transitions": "territoire en mouvement",
  "territory-moving-facing-transitions-strongly": "tout à fait en mouvement",
};

function byId<T extends { readonly id: string }>(items: readonly T[], id: string, what: string): T {
  const found = items.find((item) => item.id === id);
  // The catalog is validated when it loads: a missing id here is a bug of this example.
  if (found === undefined) throw new Error(`the catalog has no ${what} "${id}"`);
  return found;
}

/** The sample size behind a figure: its own, else its study's when the study gives one. */
function sampleOf(
  figure: Figure,
  catalog: Catalog,
): { size: number; atLeast: boolean } | undefined {
  if (figure.sampleSize !== undefined) return { size: figure.sampleSize, atLeast: false };
  const study = catalog.studies.find((s) => s.id === figure.study);
  const sample = study?.sample;
  if (sample === undefined || sample.qualifier === "approximately") return undefined;
  return { size: sample.size, atLeast: sample.qualifier === "more-than" };
}

/**
 * Builds the IMPACT fact sheet from the reference catalog: notes are numbered in reading
 * order, and a source cited twice keeps its first number, as in the seed page.
 */
export function buildFactSheet(catalog: Catalog): FactSheet {
  const notes = createNoteRegistry({
    sources: catalog.sources,
    style: "observatoire",
    format: "html",
    locale: "fr",
    reuseNumbers: true,
  });

  const headlines = HEADLINE_FIGURES.map((id): HeadlineFigure => {
    const figure = byId(catalog.figures, id, "figure");
    return {
      figure,
      value: formatPercent(figure.value, { locale: "fr" }),
      population: localize(byId(catalog.populations, figure.population, "population").name, "fr"),
      call: notes.cite(figure.source),
    };
  });

  const programmes = catalog.programmes.map(
    (programme): ProgrammeLine => ({
      programme,
      periods: programme.periods.map(
        (period) => `${formatPeriod(period, "fr")}${notes.cite(period.source)}`,
      ),
    }),
  );
  const programme = byId(catalog.programmes, "impact", "programme");

  const chart = catalog.figures.flatMap((figure): ChartRow[] => {
    if (figure.unit !== "proportion") return [];
    const sample = sampleOf(figure, catalog);
    if (sample === undefined) return [];
    // Published values are rounded percentages: the count is the nearest whole respondent.
    const ci = proportionInterval(Math.round(figure.value * sample.size), sample.size, {
      method: "wilson",
    });
    const population = localize(
      byId(catalog.populations, figure.population, "population").name,
      "fr",
    );
    const measure = MEASURE_LABELS[figure.measure] ?? localize(figure.statement, "fr");
    const study = catalog.studies.find((s) => s.id === figure.study);
    const n = `n ${sample.atLeast ? ">" : "="} ${sample.size.toLocaleString("fr-FR")}`;
    // The year is enough to tell the waves apart on the chart.
    const when = (figure.date ?? study?.published)?.slice(0, 4) ?? "s. d.";
    return [
      {
        label: `${population}, ${when} : ${measure}`,
        sample: n,
        figure,
        sampleSize: sample.size,
        atLeast: sample.atLeast,
        estimate: figure.value,
        lower: ci.lower,
        upper: ci.upper,
        interval: formatInterval(ci, { locale: "fr" }),
      },
    ];
  });

  return {
    programme,
    programmes,
    headlines,
    claim: CLAIM,
    axes: [...catalog.impactAxes].sort((a, b) => a.order - b.order),
    phases: catalog.phases.filter((phase) => phase.programme === programme.id),
    partners: programme.partners.map((id) => {
      const actor = byId(catalog.actors, id, "actor");
      return actor.kind === "organisation" ? actor.name : `${actor.given} ${actor.family}`;
    }),
    chart,
    notes: notes.notes(),
  };
}
