import { endDay, type PartialDateParts, parsePartialDate, startDay } from "../dates/partial-date";
import type { IssuePath, ValidationIssue } from "../errors/impact-error";
import { ValidationIssueCode } from "../errors/issue-codes";
import type { Catalog } from "../models/catalog";
import { CATALOG_COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../models/collections";

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

/** The issue for a reference that no entity of `collection` has. */
function unknownReference(
  collection: CollectionName,
  id: string,
  path: IssuePath,
): ValidationIssue {
  return {
    path,
    code: ValidationIssueCode.UNKNOWN_REFERENCE,
    message: `unknown ${CATALOG_COLLECTIONS[collection].noun} ${JSON.stringify(id)} (no entry of ${collection} has this id)`,
  };
}

/**
 * Calls `visit` with each value at `path[depth..]` inside `value` (`"*"`: every element of
 * an array). `at` is a stack of the path walked so far, copied only by `visit` when it
 * reports: the figures alone hold eight references each, so nothing is allocated on the
 * way.
 */
function walk(
  value: unknown,
  path: readonly string[],
  depth: number,
  at: (string | number)[],
  visit: (found: unknown, at: readonly (string | number)[]) => void,
): void {
  if (depth === path.length) {
    visit(value, at);
    return;
  }
  const step = path[depth] as string;
  if (step === "*") {
    if (!Array.isArray(value)) return;
    for (let k = 0; k < value.length; k += 1) {
      at.push(k);
      walk(value[k], path, depth + 1, at, visit);
      at.pop();
    }
  } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const next = (value as Record<string, unknown>)[step];
    if (next === undefined) return;
    at.push(step);
    walk(next, path, depth + 1, at, visit);
    at.pop();
  }
}

/**
 * Reports each id an entity holds (the references of its row of the collections table)
 * that no entity of the target collection has. It reads the entity as a plain object, so
 * it serves an entity that failed its schema too: a figure with a bad value still has its
 * unknown source reported. Fields listed in `faulted` (the schema already reported them)
 * are skipped, so one mistake is not reported twice.
 *
 * @internal
 */
export function checkReferences(
  collection: CollectionName,
  index: number,
  entity: unknown,
  known: KnownIds,
  issues: ValidationIssue[],
  faulted: ReadonlySet<string | number> = NOTHING,
): void {
  for (const { path, target } of CATALOG_COLLECTIONS[collection].references) {
    const ids = known[target];
    if (ids === undefined || faulted.has(path[0] as string)) continue;
    walk(entity, path, 0, [collection, index], (id, at) => {
      if (typeof id === "string" && !ids.has(id)) {
        issues.push(unknownReference(target, id, [...at]));
      }
    });
  }
}

const NOTHING: ReadonlySet<string | number> = new Set();

interface Envelope {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type Parent = { readonly parent?: string | undefined };

/** The first entity of each id (a duplicate is reported elsewhere). */
function byId<T extends { readonly id: string }>(entries: readonly Entry<T>[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const { value } of entries) if (!map.has(value.id)) map.set(value.id, value);
  return map;
}

/** Ancestors of a population or territory, stopping at an unknown parent or a cycle. */
function ancestors(
  map: ReadonlyMap<string, Parent>,
  id: string,
): { readonly chain: readonly string[]; readonly cyclic: boolean } {
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
}

/**
 * The checks across entities of a catalog (duplicate ids are found by the caller, on
 * every element of the document): references resolve (from the collections table),
 * phases and studies lie inside their programme's period, a study's phase belongs to its
 * programme, no cycle among parents, a figure's study surveys the figure's population
 * and belongs to its programme. It runs on whatever passed the schemas, so that one bad
 * entity does not hide the problems of the others.
 *
 * @internal
 */
export function checkCatalogIntegrity(
  parsed: ParsedCollections,
  known: KnownIds,
  issues: ValidationIssue[],
): void {
  for (const name of COLLECTION_NAMES) {
    for (const { index, value } of parsed[name]) checkReferences(name, index, value, known, issues);
  }
  const phases = byId(parsed.phases);
  checkProgrammePeriods(parsed, phases, issues);
  const populations = byId(parsed.populations);
  const territories = new Map<string, Parent>();
  for (const { value } of parsed.territories) {
    if (!territories.has(value.id)) {
      territories.set(value.id, value.level === "country" ? {} : { parent: value.parent });
    }
  }
  checkCycles("populations", parsed.populations, populations, issues);
  checkCycles("territories", parsed.territories, territories, issues);
  checkFigureStudies(parsed, phases, populations, issues);
}

/** The period each programme spans, from its first start to its last end. */
function programmeEnvelopes(parsed: ParsedCollections): Map<string, Envelope> {
  const envelopes = new Map<string, Envelope>();
  for (const [id, programme] of byId(parsed.programmes)) {
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
  return envelopes;
}

/** Phases and studies lie inside their programme's period; a study's phase is of its programme. */
function checkProgrammePeriods(
  parsed: ParsedCollections,
  phases: ReadonlyMap<string, Catalog["phases"][number]>,
  issues: ValidationIssue[],
): void {
  const envelopes = programmeEnvelopes(parsed);
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
      issues.push({
        path,
        code: ValidationIssueCode.OUTSIDE_PROGRAMME_PERIOD,
        message: `${what} ${date} lies outside the period of programme ${JSON.stringify(programme)} (${envelope.text})`,
      });
    }
  };

  for (const { index, value: phase } of parsed.phases) {
    const at = ["phases", index];
    if (phase.period !== undefined) {
      inside(phase.programme, phase.period.start, [...at, "period", "start"], "the phase starts");
      inside(phase.programme, phase.period.end, [...at, "period", "end"], "the phase ends");
    }
  }

  for (const { index, value: study } of parsed.studies) {
    const at = ["studies", index];
    const phase = study.phase === undefined ? undefined : phases.get(study.phase);
    if (
      phase !== undefined &&
      study.programme !== undefined &&
      phase.programme !== study.programme
    ) {
      issues.push({
        path: [...at, "phase"],
        code: ValidationIssueCode.PROGRAMME_MISMATCH,
        message: `phase ${JSON.stringify(phase.id)} belongs to programme ${JSON.stringify(phase.programme)}, not ${JSON.stringify(study.programme)}`,
      });
    }
    const programme = study.programme ?? phase?.programme;
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
  }
}

/** No population or territory is its own ancestor. */
function checkCycles(
  collection: "populations" | "territories",
  entries: readonly Entry<{ readonly id: string }>[],
  parents: ReadonlyMap<string, Parent>,
  issues: ValidationIssue[],
): void {
  for (const { index, value } of entries) {
    if (parents.get(value.id)?.parent === undefined || !ancestors(parents, value.id).cyclic) {
      continue;
    }
    issues.push({
      path: [collection, index, "parent"],
      code: ValidationIssueCode.CYCLIC_REFERENCE,
      message: `${CATALOG_COLLECTIONS[collection].noun} ${JSON.stringify(value.id)} is its own ancestor through its parents`,
    });
  }
}

/** A figure's study surveys the figure's population (or one above or below it) and is of its programme. */
function checkFigureStudies(
  parsed: ParsedCollections,
  phases: ReadonlyMap<string, Catalog["phases"][number]>,
  populations: ReadonlyMap<string, Catalog["populations"][number]>,
  issues: ValidationIssue[],
): void {
  const studies = byId(parsed.studies);
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
    const study = figure.study === undefined ? undefined : studies.get(figure.study);
    if (study === undefined) continue;
    if (populations.has(figure.population)) {
      const allowed = relatedTo(figure.population);
      if (!study.populations.some((population) => allowed.has(population))) {
        issues.push({
          path: [...at, "population"],
          code: ValidationIssueCode.POPULATION_NOT_SURVEYED,
          message: `study ${JSON.stringify(study.id)} surveys ${study.populations.map((p) => JSON.stringify(p)).join(", ")}, not ${JSON.stringify(figure.population)} nor a population above or below it`,
        });
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
      issues.push({
        path: [...at, "programme"],
        code: ValidationIssueCode.PROGRAMME_MISMATCH,
        message: `study ${JSON.stringify(study.id)} belongs to programme ${JSON.stringify(studyProgramme)}, not ${JSON.stringify(figure.programme)}`,
      });
    }
  }
}
