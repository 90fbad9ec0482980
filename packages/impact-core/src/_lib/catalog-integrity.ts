import { endDay, type PartialDateParts, parsePartialDate, startDay } from "../dates/partial-date";
import type { IssuePath, ValidationIssue } from "../errors/impact-error";
import type { Catalog } from "../models/catalog";

/** The names of the collections of a catalog. */
export type CollectionName = keyof Catalog;

/** An entity that passed its schema, with its index in the document. */
export interface Entry<T> {
  readonly index: number;
  readonly value: T;
}

/** The entities of each collection that passed their schemas. */
export type ParsedCollections = {
  readonly [K in CollectionName]: readonly Entry<Catalog[K][number]>[];
};

/**
 * The ids present in the document, parsed or not, per collection; `undefined` for a
 * collection that is missing or not an array, whose references then go unchecked
 * rather than each being reported as unknown.
 */
export type KnownIds = {
  readonly [K in CollectionName]: { has(id: string): boolean } | undefined;
};

/** What one entity of each collection is called in messages ("unknown study ..."). @internal */
export const NOUN: Readonly<Record<CollectionName, string>> = {
  programmes: "programme",
  phases: "phase",
  studies: "study",
  actors: "actor",
  populations: "population",
  fragilities: "fragility",
  impactAxes: "impact axis",
  territories: "territory",
  partnershipTypes: "partnership type",
  sources: "source",
  figures: "figure",
};

/** The issue for a reference that no entity of `collection` has. */
function unknownReference(
  collection: CollectionName,
  id: string,
  path: IssuePath,
): ValidationIssue {
  return {
    path,
    code: "unknown_reference",
    message: `unknown ${NOUN[collection]} ${JSON.stringify(id)} (no entry of ${collection} has this id)`,
  };
}

/** The references an element holds in its top-level fields: field, target, one id or a list. */
const REFERENCE_FIELDS: Readonly<
  Partial<Record<CollectionName, readonly (readonly [string, CollectionName, "one" | "many"])[]>>
> = {
  programmes: [
    ["partners", "actors", "many"],
    ["sources", "sources", "many"],
  ],
  phases: [
    ["programme", "programmes", "one"],
    ["partners", "actors", "many"],
    ["populations", "populations", "many"],
    ["sources", "sources", "many"],
  ],
  studies: [
    ["programme", "programmes", "one"],
    ["phase", "phases", "one"],
    ["populations", "populations", "many"],
    ["institutes", "actors", "many"],
    ["territory", "territories", "one"],
    ["sources", "sources", "many"],
  ],
  actors: [
    ["affiliations", "actors", "many"],
    ["sources", "sources", "many"],
  ],
  populations: [
    ["parent", "populations", "one"],
    ["sources", "sources", "many"],
  ],
  fragilities: [["sources", "sources", "many"]],
  impactAxes: [["sources", "sources", "many"]],
  territories: [
    ["parent", "territories", "one"],
    ["successor", "territories", "one"],
    ["sources", "sources", "many"],
  ],
  partnershipTypes: [["sources", "sources", "many"]],
  figures: [
    ["population", "populations", "one"],
    ["study", "studies", "one"],
    ["programme", "programmes", "one"],
    ["source", "sources", "one"],
    ["territory", "territories", "one"],
    ["axis", "impactAxes", "one"],
    ["fragility", "fragilities", "one"],
    ["partnershipType", "partnershipTypes", "one"],
  ],
};

/**
 * Checks the top-level references of an element that failed its schema, so that a figure
 * with a bad value still has its unknown source reported. Fields the schema already
 * faulted are skipped, so one mistake is not reported twice.
 *
 * @internal
 */
export function checkRawReferences(
  collection: CollectionName,
  index: number,
  element: unknown,
  faultedFields: ReadonlySet<string | number>,
  known: KnownIds,
  issues: ValidationIssue[],
): void {
  if (typeof element !== "object" || element === null || Array.isArray(element)) return;
  const record = element as Record<string, unknown>;
  for (const [field, target, arity] of REFERENCE_FIELDS[collection] ?? []) {
    const ids = known[target];
    const value = record[field];
    if (ids === undefined || faultedFields.has(field) || value === undefined) continue;
    if (arity === "one") {
      if (typeof value === "string" && !ids.has(value)) {
        issues.push(unknownReference(target, value, [collection, index, field]));
      }
    } else if (Array.isArray(value)) {
      value.forEach((id, k) => {
        if (typeof id === "string" && !ids.has(id)) {
          issues.push(unknownReference(target, id, [collection, index, field, k]));
        }
      });
    }
  }
}

interface Envelope {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The checks across entities of a catalog (duplicate ids are found by the caller, on
 * every element of the document): references resolve,
 * phases and studies lie inside their programme's period, a figure's study surveys the
 * figure's population, no cycle among parents. It runs on whatever passed the schemas,
 * so that one bad entity does not hide the problems of the others.
 *
 * @internal
 */
export function checkCatalogIntegrity(
  parsed: ParsedCollections,
  known: KnownIds,
  issues: ValidationIssue[],
): void {
  const report = (path: IssuePath, code: string, message: string): void => {
    issues.push({ path, code, message });
  };
  const ref = (collection: CollectionName, id: string | undefined, path: IssuePath): void => {
    const ids = known[collection];
    if (id !== undefined && ids !== undefined && !ids.has(id)) {
      issues.push(unknownReference(collection, id, path));
    }
  };
  // A fixed-arity variant that builds the path only on failure: the figures loop calls it
  // eight times per figure.
  const refAt = (
    collection: CollectionName,
    id: string | undefined,
    at: IssuePath,
    key: string,
  ): void => {
    const ids = known[collection];
    if (id !== undefined && ids !== undefined && !ids.has(id)) ref(collection, id, [...at, key]);
  };
  const refs = (
    collection: CollectionName,
    ids: readonly string[] | undefined,
    path: IssuePath,
  ): void => {
    if (ids === undefined) return;
    for (let k = 0; k < ids.length; k += 1) ref(collection, ids[k], [...path, k]);
  };

  const byId = <K extends CollectionName>(collection: K): Map<string, Catalog[K][number]> => {
    const map = new Map<string, Catalog[K][number]>();
    for (const { value } of parsed[collection]) {
      if (!map.has(value.id)) map.set(value.id, value as Catalog[K][number]);
    }
    return map;
  };
  const programmes = byId("programmes");
  const phases = byId("phases");
  const studies = byId("studies");
  const populations = byId("populations");
  const territories = new Map<string, { readonly parent?: string | undefined }>();
  for (const { value } of parsed.territories) {
    if (!territories.has(value.id)) {
      territories.set(value.id, value.level === "country" ? {} : { parent: value.parent });
    }
  }

  const envelopes = new Map<string, Envelope>();
  for (const [id, programme] of programmes) {
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    let first = "";
    let last = "";
    for (const period of programme.periods) {
      const s = startDay(parsePartialDate(period.start) as PartialDateParts);
      const e = endDay(parsePartialDate(period.end) as PartialDateParts);
      if (s < start) [start, first] = [s, period.start];
      if (e > end) [end, last] = [e, period.end];
    }
    envelopes.set(id, { start, end, text: `${first} to ${last}` });
  }
  const inside = (
    programme: string | undefined,
    date: string | undefined,
    path: IssuePath,
    what: string,
  ): void => {
    if (programme === undefined || date === undefined) return;
    const envelope = envelopes.get(programme);
    const parts = parsePartialDate(date);
    if (envelope === undefined || parts === undefined) return;
    if (startDay(parts) < envelope.start || endDay(parts) > envelope.end) {
      report(
        path,
        "outside_programme_period",
        `${what} ${date} lies outside the period of programme ${JSON.stringify(programme)} (${envelope.text})`,
      );
    }
  };

  // Ancestors of a population or territory, stopping at an unknown parent or a cycle.
  const ancestors = (
    map: ReadonlyMap<string, { readonly parent?: string | undefined }>,
    id: string,
  ): { readonly chain: readonly string[]; readonly cyclic: boolean } => {
    const chain: string[] = [];
    const seen = new Set<string>([id]);
    let parent = map.get(id)?.parent;
    while (parent !== undefined) {
      if (seen.has(parent)) return { chain, cyclic: true };
      seen.add(parent);
      chain.push(parent);
      parent = map.get(parent)?.parent;
    }
    return { chain, cyclic: false };
  };

  for (const { index, value: programme } of parsed.programmes) {
    const at = ["programmes", index];
    programme.periods.forEach((period, k) => {
      ref("sources", period.source, [...at, "periods", k, "source"]);
      if (period.alsoGivenBy !== undefined) {
        refs("sources", period.alsoGivenBy, [...at, "periods", k, "alsoGivenBy"]);
      }
    });
    programme.milestones.forEach((milestone, k) => {
      ref("sources", milestone.source, [...at, "milestones", k, "source"]);
    });
    refs("actors", programme.partners, [...at, "partners"]);
    refs("sources", programme.sources, [...at, "sources"]);
  }

  for (const { index, value: phase } of parsed.phases) {
    const at = ["phases", index];
    refAt("programmes", phase.programme, at, "programme");
    if (phase.kind === "exploratory") refs("actors", phase.partners, [...at, "partners"]);
    if (phase.kind === "quantitative")
      refs("populations", phase.populations, [...at, "populations"]);
    if (phase.period !== undefined) {
      inside(phase.programme, phase.period.start, [...at, "period", "start"], "the phase starts");
      inside(phase.programme, phase.period.end, [...at, "period", "end"], "the phase ends");
    }
    refs("sources", phase.sources, [...at, "sources"]);
  }

  for (const { index, value: study } of parsed.studies) {
    const at = ["studies", index];
    refAt("programmes", study.programme, at, "programme");
    refAt("phases", study.phase, at, "phase");
    const phase = study.phase === undefined ? undefined : phases.get(study.phase);
    if (
      phase !== undefined &&
      study.programme !== undefined &&
      phase.programme !== study.programme
    ) {
      report(
        [...at, "phase"],
        "programme_mismatch",
        `phase ${JSON.stringify(phase.id)} belongs to programme ${JSON.stringify(phase.programme)}, not ${JSON.stringify(study.programme)}`,
      );
    }
    const programme = study.programme ?? phase?.programme;
    refs("populations", study.populations, [...at, "populations"]);
    refs("actors", study.institutes, [...at, "institutes"]);
    refAt("territories", study.territory, at, "territory");
    if (study.fieldwork !== undefined) {
      inside(
        programme,
        study.fieldwork.start,
        [...at, "fieldwork", "start"],
        "the fieldwork starts",
      );
      inside(programme, study.fieldwork.end, [...at, "fieldwork", "end"], "the fieldwork ends");
    }
    study.waves.forEach((wave, k) => {
      inside(programme, wave, [...at, "waves", k], "the wave");
    });
    inside(programme, study.published, [...at, "published"], "the publication date");
    refs("sources", study.sources, [...at, "sources"]);
  }

  for (const { index, value: actor } of parsed.actors) {
    const at = ["actors", index];
    if (actor.kind === "person") refs("actors", actor.affiliations, [...at, "affiliations"]);
    if (actor.kind === "organisation") {
      actor.foundingDates?.forEach((founding, k) => {
        ref("sources", founding.source, [...at, "foundingDates", k, "source"]);
      });
    }
    refs("sources", actor.sources, [...at, "sources"]);
  }

  for (const { index, value: population } of parsed.populations) {
    const at = ["populations", index];
    refAt("populations", population.parent, at, "parent");
    if (population.parent !== undefined && ancestors(populations, population.id).cyclic) {
      report(
        [...at, "parent"],
        "cyclic_reference",
        `population ${JSON.stringify(population.id)} is its own ancestor through its parents`,
      );
    }
    refs("sources", population.sources, [...at, "sources"]);
  }

  for (const { index, value: fragility } of parsed.fragilities) {
    refs("sources", fragility.sources, ["fragilities", index, "sources"]);
  }

  for (const { index, value: axis } of parsed.impactAxes) {
    const at = ["impactAxes", index];
    axis.wordings.forEach((wording, k) => {
      ref("sources", wording.source, [...at, "wordings", k, "source"]);
    });
    refs("sources", axis.sources, [...at, "sources"]);
  }

  for (const { index, value: territory } of parsed.territories) {
    const at = ["territories", index];
    if (territory.level !== "country") {
      refAt("territories", territory.parent, at, "parent");
      if (territory.parent !== undefined && ancestors(territories, territory.id).cyclic) {
        report(
          [...at, "parent"],
          "cyclic_reference",
          `territory ${JSON.stringify(territory.id)} is its own ancestor through its parents`,
        );
      }
    }
    if (territory.level === "former-region") {
      refAt("territories", territory.successor, at, "successor");
    }
    refs("sources", territory.sources, [...at, "sources"]);
  }

  for (const { index, value: type } of parsed.partnershipTypes) {
    refs("sources", type.sources, ["partnershipTypes", index, "sources"]);
  }

  // Populations a study may survey for a figure: the figure's population, its ancestors
  // (a study of élus locaux speaks for maires) and its descendants.
  const related = new Map<string, Set<string>>();
  const relatedTo = (population: string): Set<string> => {
    let set = related.get(population);
    if (set === undefined) {
      set = new Set([population, ...ancestors(populations, population).chain]);
      for (const other of populations.keys()) {
        if (ancestors(populations, other).chain.includes(population)) set.add(other);
      }
      related.set(population, set);
    }
    return set;
  };

  for (const { index, value: figure } of parsed.figures) {
    const at = ["figures", index];
    refAt("populations", figure.population, at, "population");
    refAt("studies", figure.study, at, "study");
    refAt("programmes", figure.programme, at, "programme");
    refAt("sources", figure.source, at, "source");
    refAt("territories", figure.territory, at, "territory");
    refAt("impactAxes", figure.axis, at, "axis");
    refAt("fragilities", figure.fragility, at, "fragility");
    refAt("partnershipTypes", figure.partnershipType, at, "partnershipType");
    const study = figure.study === undefined ? undefined : studies.get(figure.study);
    if (study === undefined) continue;
    if (populations.has(figure.population)) {
      const allowed = relatedTo(figure.population);
      if (!study.populations.some((population) => allowed.has(population))) {
        report(
          [...at, "population"],
          "population_not_surveyed",
          `study ${JSON.stringify(study.id)} surveys ${study.populations.map((p) => JSON.stringify(p)).join(", ")}, not ${JSON.stringify(figure.population)} nor a population above or below it`,
        );
      }
    }
    const studyProgramme =
      study.programme ??
      (study.phase === undefined ? undefined : phases.get(study.phase)?.programme);
    if (
      figure.programme !== undefined &&
      studyProgramme !== undefined &&
      figure.programme !== studyProgramme
    ) {
      report(
        [...at, "programme"],
        "programme_mismatch",
        `study ${JSON.stringify(study.id)} belongs to programme ${JSON.stringify(studyProgramme)}, not ${JSON.stringify(figure.programme)}`,
      );
    }
  }
}
