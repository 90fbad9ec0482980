import type { CitationLocale, OutputFormat } from "@observatoire/impact-citations";
import type { Catalog, Conflict, Figure, Programme } from "@observatoire/impact-core";
import { markupFor } from "./markup";
import { termsFor } from "./terms";

/**
 * The editorial plan of the fact sheet, taken from the seed document: the figures of its
 * opening sentence, then the three publications its account of the programme's start
 * cites, in the seed's order. Citing them first gives the fact sheet the seed's five
 * notes as its notes 1 to 5. Everything printed about them comes from the catalog.
 */
const HEADLINE_FIGURES = [
  "impact-citoyens-source-d-innovation",
  "phare-dirigeants-source-d-innovation",
  "phare-responsables-associatifs-source-d-innovation",
  "phare-maires-source-d-innovation",
] as const;
const FOUNDING_PUBLICATIONS = [
  "actes-colloque-impacts-alliances-2018",
  "note-prospective-impacts-alliances-2017",
  "rapport-quinquennal-phare-2018",
] as const;
const PROGRAMME = "impact";

/** Options of {@link buildFactSheet}. */
export interface FactSheetOptions {
  readonly format: OutputFormat;
  readonly locale: CitationLocale;
}

/**
 * Writes the IMPACT fact sheet from a catalog: the key figures, the programme's first
 * steps, the programmes' timeline, the three axes, the phases and partners, every figure
 * per population with its margin of error where the sample size is known, the conflicts
 * between sources, and the numbered notes.
 *
 * @internal
 */
export async function buildFactSheet(catalog: Catalog, options: FactSheetOptions): Promise<string> {
  const [
    { attachNoteCall, createNoteRegistry },
    { findConflicts, formatPartialDate, formatPeriod, ImpactError, localize },
    { formatPercent, formatPoints, marginOfError },
  ] = await Promise.all([
    import("@observatoire/impact-citations"),
    import("@observatoire/impact-core"),
    import("@observatoire/impact-indicators"),
  ]);
  const { format, locale } = options;
  const m = markupFor(format);
  const t = termsFor(locale);
  const registry = createNoteRegistry({
    sources: catalog.sources,
    style: "observatoire",
    format,
    locale,
    reuseNumbers: true,
  });
  const cite = (text: string, source: string): string =>
    attachNoteCall(m.escape(text), registry.cite(source));
  const byId = <T extends { readonly id: string }>(list: readonly T[], what: string) => {
    const map = new Map(list.map((item) => [item.id as string, item]));
    return (id: string): T => {
      const found = map.get(id);
      if (found === undefined) {
        throw new ImpactError("UNKNOWN_REFERENCE", `the catalog has no ${what} "${id}"`, {
          path: [what, id],
        });
      }
      return found;
    };
  };
  const programme = byId(catalog.programmes, "programme");
  const population = byId(catalog.populations, "population");
  const figure = byId(catalog.figures, "figure");
  const actor = byId(catalog.actors, "actor");
  const study = byId(catalog.studies, "study");
  const date = (value: string) => formatPartialDate(value, locale);
  const tx = (text: Parameters<typeof localize>[0]): string => localize(text, locale);
  const number = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    maximumFractionDigits: 3,
  });

  const value = (f: Figure): string => {
    switch (f.unit) {
      case "proportion":
        return formatPercent(f.value, { locale, digits: decimals(f.value * 100) });
      case "score":
        return `${number.format(f.value)}/${number.format(f.scale.max)}`;
      case "count":
        return number.format(f.value);
      case "points":
        return formatPoints(f.value, { locale, digits: decimals(f.value) });
    }
  };
  const sampleSize = (f: Figure): number | undefined => {
    if (f.sampleSize !== undefined) return f.sampleSize;
    const sample = f.study === undefined ? undefined : study(f.study).sample;
    return sample?.qualifier === "exact" ? sample.size : undefined;
  };
  const valueWithMargin = (f: Figure): string => {
    const n = sampleSize(f);
    if (f.unit !== "proportion" || n === undefined) return m.escape(value(f));
    const margin = formatPoints(marginOfError(f.value, n, { level: 0.95 }) * 100, {
      locale,
      digits: 1,
      style: "margin",
    });
    return m.escape(`${value(f)} (${t.margin(margin, number.format(n))})`);
  };
  const figureLine = (f: Figure): string =>
    `${valueWithMargin(f)} — ${cite(tx(f.statement), f.source)}`;

  const impact = programme(PROGRAMME);
  const blocks: string[] = [m.title(t.programme(impact.name), tx(impact.title))];
  if (impact.aim !== undefined) blocks.push(m.paragraph(m.escape(tx(impact.aim))));

  blocks.push(m.heading(t.headline));
  blocks.push(
    m.list(
      HEADLINE_FIGURES.map((id) => {
        const f = figure(id);
        return `${m.escape(tx(population(f.population).name))}${m.escape(t.colon)}${figureLine(f)}`;
      }),
    ),
  );

  const milestones = catalog.programmes.flatMap((p) =>
    p.milestones.map((milestone) => ({ programme: p, milestone })),
  );
  blocks.push(m.heading(t.steps));
  blocks.push(
    m.list(
      FOUNDING_PUBLICATIONS.map((sourceId) => {
        const found = milestones.find((entry) => entry.milestone.source === sourceId);
        if (found === undefined) {
          throw new ImpactError(
            "UNKNOWN_REFERENCE",
            `no milestone of the catalog cites the publication "${sourceId}"`,
            { path: ["milestones"] },
          );
        }
        return `${m.escape(date(found.milestone.date) + t.colon)}${cite(tx(found.milestone.title), sourceId)}`;
      }),
    ),
  );

  blocks.push(m.heading(t.timeline));
  const programmes = [...catalog.programmes].sort((a, b) =>
    (a.periods[0]?.start ?? "").localeCompare(b.periods[0]?.start ?? ""),
  );
  blocks.push(m.list(programmes.map((p) => programmeLine(p))));
  blocks.push(m.subheading(t.milestones));
  blocks.push(
    m.list(
      [...milestones]
        .sort((a, b) => a.milestone.date.localeCompare(b.milestone.date))
        .map(({ programme: p, milestone }) => {
          const place = milestone.place === undefined ? "" : ` (${tx(milestone.place)})`;
          return `${m.escape(`${date(milestone.date)}, ${p.name}${t.colon}`)}${cite(tx(milestone.title) + place, milestone.source)}`;
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
          return source === undefined ? m.escape(text) : cite(text, source);
        }),
    ),
  );

  blocks.push(m.heading(t.phases));
  blocks.push(
    m.list(
      catalog.phases
        .filter((phase) => phase.programme === impact.id)
        .sort((a, b) => a.order - b.order)
        .map((phase) => {
          const who =
            phase.kind === "quantitative"
              ? ` (${phase.populations.map((id) => tx(population(id).name)).join(", ")})`
              : "";
          const text = `${phase.order}. ${tx(phase.name)}${who}${
            phase.description === undefined ? "" : `, ${tx(phase.description)}`
          }`;
          const source = phase.sources[0];
          return source === undefined ? m.escape(text) : cite(text, source);
        }),
    ),
  );

  blocks.push(m.heading(t.partners));
  const partnerSource = impact.sources[0];
  const partnerText = `${t.partnersIntro}${t.colon}${impact.partners.map((id) => actorName(actor(id))).join(", ")}.`;
  blocks.push(
    m.paragraph(
      partnerSource === undefined ? m.escape(partnerText) : cite(partnerText, partnerSource),
    ),
  );

  blocks.push(m.heading(t.figures));
  for (const p of catalog.populations) {
    const figures = catalog.figures.filter((f) => f.population === p.id);
    if (figures.length === 0) continue;
    blocks.push(m.subheading(tx(p.name)));
    blocks.push(m.list(figures.map(figureLine)));
  }

  blocks.push(m.heading(t.conflicts));
  const conflicts = findConflicts(catalog);
  blocks.push(
    conflicts.length === 0
      ? m.paragraph(m.escape(t.noConflict))
      : m.list(conflicts.map((conflict) => conflictLine(conflict))),
  );

  blocks.push(
    m.notes(
      t.notes,
      registry.notes().map((note) => note.line),
    ),
  );
  return m.document(t.programme(impact.name), locale, blocks);

  function programmeLine(p: Programme): string {
    const periods = p.periods.map((period) => cite(formatPeriod(period, locale), period.source));
    const disagree = p.periods.length > 1 ? m.escape(` (${t.sourcesDisagree})`) : "";
    return `${m.escape(`${p.name}, ${tx(p.title)}${t.colon}`)}${periods.join(m.escape(` ${t.or} `))}${disagree}`;
  }

  function conflictLine(conflict: Conflict): string {
    if (conflict.kind === "programme-period") {
      const [a, b] = conflict.periods;
      return `${m.escape(programme(conflict.programme).name + t.colon)}${cite(formatPeriod(a, locale), a.source)}${m.escape(` ${t.versus} `)}${cite(formatPeriod(b, locale), b.source)}`;
    }
    if (conflict.kind === "actor-founding") {
      const [a, b] = conflict.dates;
      return `${m.escape(actorName(actor(conflict.actor)) + t.colon)}${cite(date(a.date), a.source)}${m.escape(` ${t.versus} `)}${cite(date(b.date), b.source)}`;
    }
    const [a, b] = conflict.figures;
    const when = conflict.key.date === undefined ? "" : `, ${date(conflict.key.date)}`;
    const head = `${tx(population(conflict.key.population).name)}, ${tx(a.statement)}${when}${t.colon}`;
    return `${m.escape(head)}${cite(value(a), a.source)}${m.escape(` ${t.versus} `)}${cite(value(b), b.source)}`;
  }
}

function actorName(a: { readonly kind: string } & Record<string, unknown>): string {
  if (a.kind === "person") return `${String(a.given)} ${String(a.family)}`;
  return String(a.name);
}

/** Decimals needed to write `x` exactly, up to 3 (0.085 as 8,5 %, not 9 %). */
function decimals(x: number): number {
  for (let d = 0; d < 3; d++) {
    const scaled = x * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return d;
  }
  return 3;
}
