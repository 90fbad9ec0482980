import type { CatalogIndex, Figure, Milestone, Programme, Study } from "@observatoire/impact-core";

/**
 * The editorial plan of the fact sheet (the "choose" step): which entities it shows, in
 * which order. Taken from the seed document: the figures of its opening sentence, then
 * the three founding publications its account of the programme's start cites, in the
 * order of the events (the colloque of 23 November 2017, whose proceedings appeared in
 * February 2018; the note of December 2017; the PHARE report of February 2018). Citing
 * them first gives the fact sheet the seed's five notes as its notes 1 to 5.
 *
 * @internal
 */
export const PLAN = {
  programme: "impact",
  headlineFigures: [
    "impact-citoyens-source-d-innovation",
    "phare-dirigeants-source-d-innovation",
    "phare-responsables-associatifs-source-d-innovation",
    "phare-maires-source-d-innovation",
  ],
  /** Each founding document, with the programme event it records when there is one. */
  foundingDocuments: [
    { source: "actes-colloque-impacts-alliances-2018", event: "colloque" },
    { source: "note-prospective-impacts-alliances-2017" },
    { source: "rapport-quinquennal-phare-2018" },
  ],
} as const;

/** A founding document: the milestone that publishes it, and the event it records. */
export interface FoundingDocument {
  readonly publication: Milestone;
  readonly event: Milestone | undefined;
  readonly programme: Programme;
}

/** @internal The founding documents, in the order of the events they record. */
export function chooseFoundingDocuments(index: CatalogIndex): FoundingDocument[] {
  const milestones = index.catalog.programmes.flatMap((programme) =>
    programme.milestones.map((milestone) => ({ programme, milestone })),
  );
  const documents = PLAN.foundingDocuments.map((plan): FoundingDocument => {
    const found = milestones.find((entry) => entry.milestone.source === plan.source);
    if (found === undefined) {
      // `get` throws the catalog's own UNKNOWN_REFERENCE error for a missing source.
      index.get("sources", plan.source);
      throw new Error(`no milestone of the catalog publishes "${plan.source}"`);
    }
    const event =
      "event" in plan
        ? found.programme.milestones.find((milestone) => milestone.kind === plan.event)
        : undefined;
    return { publication: found.milestone, event, programme: found.programme };
  });
  const when = (d: FoundingDocument) => (d.event ?? d.publication).date;
  return documents.sort((a, b) => when(a).localeCompare(when(b)));
}

/**
 * The figures of one population read as series: the figures of one measure, territory
 * and wording, in date order, so that the same measure at several dates reads "86 % en
 * 2008, 84 % en 2012", and two values at one date (a conflict) sit side by side.
 */
export interface FigureSeries {
  readonly key: string;
  readonly figures: readonly Figure[];
}

/** @internal The series of each population that has figures, in catalog order. */
export function chooseSeries(
  index: CatalogIndex,
  statementKey: (figure: Figure) => string,
): { population: string; series: FigureSeries[] }[] {
  const result: { population: string; series: FigureSeries[] }[] = [];
  for (const population of index.catalog.populations) {
    const figures = index.figuresByPopulation(population.id);
    if (figures.length === 0) continue;
    const groups = new Map<string, Figure[]>();
    for (const figure of figures) {
      const key = JSON.stringify([figure.measure, figure.territory, statementKey(figure)]);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [figure]);
      else group.push(figure);
    }
    result.push({
      population: population.id,
      series: [...groups].map(([key, group]) => ({
        key,
        figures: [...group].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")),
      })),
    });
  }
  return result;
}

/** @internal The studies whose figures the sheet shows, in catalog order. */
export function chooseStudies(index: CatalogIndex): Study[] {
  return index.catalog.studies.filter((study) => index.figuresByStudy(study.id).length > 0);
}
