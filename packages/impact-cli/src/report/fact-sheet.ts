import {
  attachNoteCall,
  type CitationLocale,
  createNoteRegistry,
  type OutputFormat,
} from "@observatoire/impact-citations";
import {
  type Catalog,
  type Conflict,
  createCatalogIndex,
  type Figure,
  findConflicts,
  formatPartialDate,
  formatPeriod,
  frenchTypography,
  localize,
  type Programme,
  type Text,
} from "@observatoire/impact-core";
import {
  formatPercent,
  intervalChartSpec,
  proportionInterval,
} from "@observatoire/impact-indicators";
import {
  type FormatContext,
  formatAt,
  formatContext,
  formatSeries,
  formatStatement,
  formatValue,
  type Segment,
  sampleOf,
} from "./format-figure";
import { formatNotice } from "./format-notice";
import { renderIntervalChartSvg } from "./interval-chart-svg";
import { markupFor } from "./markup";
import { chooseFoundingDocuments, chooseSeries, chooseStudies, PLAN } from "./plan";
import { termsFor } from "./terms";

/** Options of {@link buildFactSheet}. */
export interface FactSheetOptions {
  readonly format: OutputFormat;
  readonly locale: CitationLocale;
}

/**
 * Writes the IMPACT fact sheet from a catalog, in four steps: choose what to show
 * (`plan.ts`), look it up (`createCatalogIndex` of impact-core), format each figure and
 * notice (`format-figure.ts`, `format-notice.ts`), and render it in text, Markdown or
 * HTML (`markup.ts`). Every French text goes through impact-core's `frenchTypography`,
 * every datum through the format's escaping, and every figure carries its study, date,
 * sample and note; conflicts are flagged where the figure is shown and listed at the end.
 *
 * @internal
 */
export function buildFactSheet(catalog: Catalog, options: FactSheetOptions): string {
  const { format, locale } = options;
  const m = markupFor(format);
  const t = termsFor(locale);
  const index = createCatalogIndex(catalog);
  const ctx: FormatContext = { index, locale, t };
  const registry = createNoteRegistry({
    sources: catalog.sources,
    style: "observatoire",
    format,
    locale,
    reuseNumbers: true,
  });
  const occurrences = new Map<number, number>();

  // Rendering: text is set (French typography) then escaped; note calls are markup.
  const set = (text: string): string => (locale === "fr" ? frenchTypography(text) : text);
  const esc = (text: string): string => m.escape(set(text));
  const tx = (text: Text): string => localize(text, locale);
  const day = (date: string): string => {
    const formatted = formatPartialDate(date, locale);
    return formatted.charAt(0).toUpperCase() + formatted.slice(1);
  };
  const call = (source: string): string => {
    const raw = registry.cite(source);
    const n = Number(/\d+/.exec(raw)?.[0]);
    const k = (occurrences.get(n) ?? 0) + 1;
    occurrences.set(n, k);
    return m.noteCall(raw, n, k);
  };
  /** Text with a note call at its end; after a quoted title the call follows the guillemet. */
  const cite = (text: string, ...sources: string[]): string => {
    // Two calls side by side read as one number in superscript: separate them in HTML.
    const calls = sources.map(call).join(format === "html" ? "<sup>, </sup>" : "");
    const escaped = esc(text);
    return /»\s*$/.test(text) ? `${escaped}${calls}` : attachNoteCall(escaped, calls);
  };
  const render = (segments: readonly Segment[]): string =>
    segments.map((s) => (typeof s === "string" ? esc(s) : call(s.cite))).join("");

  const impact = index.get("programmes", PLAN.programme);
  const blocks: string[] = [m.title(t.programme(impact.name), set(tx(impact.title)))];

  // Key figures: one statement, one value per population, then the chart.
  const headline = PLAN.headlineFigures.map((id) => index.get("figures", id));
  const [lead] = headline;
  blocks.push(m.heading(t.headline));
  if (lead !== undefined) {
    blocks.push(m.paragraph(esc(`${formatStatement(lead, ctx)}${t.colon.trimEnd()}`)));
  }
  blocks.push(
    m.list(
      headline.map((f) =>
        render([
          `${tx(index.get("populations", f.population).name)}${t.colon}${formatValue(f, locale)}${
            f.date === undefined ? "" : ` ${formatAt(f.date, ctx)}`
          }${formatContext(f, ctx)}`,
          { cite: f.source },
        ]),
      ),
    ),
  );
  if (format === "html") blocks.push(chart(headline));

  blocks.push(m.heading(t.steps));
  blocks.push(
    m.list(
      chooseFoundingDocuments(index).map(({ publication, event }) => {
        if (event === undefined) {
          return `${esc(day(publication.date) + t.colon)}${cite(tx(publication.title), publication.source)}`;
        }
        const place = event.place === undefined ? "" : tx(event.place);
        const text = t.colloqueWithProceedings(
          tx(event.title),
          place,
          formatPartialDate(publication.date, locale),
        );
        return `${esc(day(event.date) + t.colon)}${cite(text, publication.source)}`;
      }),
    ),
  );

  if (impact.aim !== undefined) {
    blocks.push(m.heading(t.aim));
    const source = impact.sources[0];
    const aim = tx(impact.aim);
    blocks.push(m.paragraph(source === undefined ? esc(aim) : cite(aim, source)));
  }

  blocks.push(m.heading(t.timeline));
  const programmes = [...catalog.programmes].sort((a, b) =>
    (a.periods[0]?.start ?? "").localeCompare(b.periods[0]?.start ?? ""),
  );
  blocks.push(m.list(programmes.map(programmeLine)));
  blocks.push(m.subheading(t.milestones));
  blocks.push(
    m.list(
      catalog.programmes
        .flatMap((p) => p.milestones.map((milestone) => ({ p, milestone })))
        .sort((a, b) => a.milestone.date.localeCompare(b.milestone.date))
        .map(({ p, milestone }) => {
          const place = milestone.place === undefined ? "" : ` (${tx(milestone.place)})`;
          return `${esc(`${day(milestone.date)}, ${p.name}${t.colon}`)}${cite(
            tx(milestone.title) + place,
            milestone.source,
          )}`;
        }),
    ),
  );

  blocks.push(m.heading(t.axes));
  blocks.push(
    m.list(
      [...catalog.impactAxes]
        .sort((a, b) => a.order - b.order)
        .map((axis) => {
          const text = `${axis.order}. ${tx(axis.name)}${t.colon}${tx(axis.description)}`;
          const source = axis.sources[0];
          return source === undefined ? esc(text) : cite(text, source);
        }),
    ),
  );

  blocks.push(m.heading(t.phases));
  blocks.push(
    m.list(
      index.phasesOfProgramme(impact.id).map((phase) => {
        // A phase that describes itself names its populations there; else list them.
        const who =
          phase.kind === "quantitative" && phase.description === undefined
            ? ` (${phase.populations.map((id) => tx(index.get("populations", id).name)).join(", ")})`
            : "";
        const text = `${phase.order}. ${tx(phase.name)}${who}${
          phase.description === undefined ? "" : `, ${tx(phase.description)}`
        }`;
        const source = phase.sources[0];
        return source === undefined ? esc(text) : cite(text, source);
      }),
    ),
  );

  blocks.push(m.heading(t.partners));
  const partnerSource = impact.sources[0];
  blocks.push(
    m.paragraph(
      partnerSource === undefined ? esc(t.partnersIntro) : cite(t.partnersIntro, partnerSource),
    ),
  );
  blocks.push(
    m.list(
      impact.partners.map((id) => {
        const actor = index.get("actors", id);
        return esc(actor.kind === "organisation" ? actor.name : `${actor.given} ${actor.family}`);
      }),
    ),
  );

  blocks.push(m.heading(t.figures));
  for (const { population, series } of chooseSeries(index, (f) => localize(f.statement, "fr"))) {
    blocks.push(m.subheading(set(tx(index.get("populations", population).name))));
    blocks.push(m.list(series.map((s) => render(formatSeries(s.figures, ctx)))));
  }

  blocks.push(m.heading(t.notices));
  blocks.push(m.paragraph(esc(t.noticesIntro)));
  for (const study of chooseStudies(index)) {
    blocks.push(m.subheading(study.name));
    blocks.push(m.list(formatNotice(study, ctx).map(esc)));
  }

  blocks.push(m.heading(t.conflicts));
  const conflicts = findConflicts(catalog);
  blocks.push(
    conflicts.length === 0 ? m.paragraph(esc(t.noConflict)) : m.list(conflicts.map(conflictLine)),
  );

  blocks.push(
    m.notes(
      t.notes,
      registry.notes().map((note) => ({
        line: note.line,
        noteNumber: note.noteNumber,
        back: t.backToCall(note.noteNumber),
      })),
    ),
  );
  return m.document(t.programme(impact.name), locale, blocks);

  function programmeLine(p: Programme): string {
    const periods = p.periods.map((period) =>
      cite(formatPeriod(period, locale), period.source, ...(period.alsoGivenBy ?? [])),
    );
    const disagree = p.periods.length > 1 ? esc(` (${t.sourcesDisagree})`) : "";
    return `${esc(`${p.name}, ${tx(p.title)}${t.colon}`)}${periods.join(esc(` ${t.or} `))}${disagree}`;
  }

  function conflictLine(conflict: Conflict): string {
    if (conflict.kind === "programme-period") {
      const [a, b] = conflict.periods;
      const name = index.get("programmes", conflict.programme).name;
      return `${esc(name + t.colon)}${cite(formatPeriod(a, locale), a.source, ...(a.alsoGivenBy ?? []))}${esc(` ${t.versus} `)}${cite(formatPeriod(b, locale), b.source, ...(b.alsoGivenBy ?? []))}`;
    }
    if (conflict.kind === "actor-founding") {
      const [a, b] = conflict.dates;
      const actor = index.get("actors", conflict.actor);
      const name = actor.kind === "organisation" ? actor.name : actor.family;
      return `${esc(t.foundingYear(name) + t.colon)}${cite(formatPartialDate(a.date, locale), a.source)}${esc(` ${t.versus} `)}${cite(formatPartialDate(b.date, locale), b.source)}`;
    }
    const [a, b] = conflict.figures;
    const when = conflict.key.date === undefined ? "" : ` ${formatAt(conflict.key.date, ctx)}`;
    const head = `${tx(index.get("populations", conflict.key.population).name)}, ${formatStatement(a, ctx).replace(/^./, (c) => c.toLowerCase())}${when}${t.colon}`;
    return `${esc(head)}${cite(formatValue(a, locale), a.source)}${esc(` ${t.versus} `)}${cite(formatValue(b, locale), b.source)}`;
  }

  /** The key figures as a chart: Wilson 95 % intervals where the sample size is exact. */
  function chart(figures: readonly Figure[]): string {
    const rows = figures
      .filter((f) => f.unit === "proportion")
      .map((f) => {
        const label = tx(index.get("populations", f.population).name);
        const sample = sampleOf(f, ctx);
        if (sample?.qualifier !== "exact") {
          return { label, estimate: f.value, lower: f.value, upper: f.value };
        }
        const ci = proportionInterval(Math.round(f.value * sample.size), sample.size, {
          method: "wilson",
        });
        return { label, estimate: f.value, lower: ci.lower, upper: ci.upper };
      });
    if (rows.length === 0) return "";
    const spec = intervalChartSpec(rows, { locale, axisTitle: t.chartAxis, width: 360 });
    const description = rows
      .map(
        (row) =>
          `${row.label}${t.colon}${formatPercent(row.estimate, { locale })}${row.upper > row.lower ? "" : ` (${t.chartNoInterval})`}`,
      )
      .join(locale === "fr" ? " ; " : "; ");
    const svg = renderIntervalChartSvg(spec, { title: t.chartTitle, description, locale });
    const noInterval = rows.some((row) => row.upper === row.lower);
    return m.figure(svg, set(`${t.chartTitle}${noInterval ? ` (${t.chartNoInterval})` : ""}.`));
  }
}
