import { ImpactError } from "@observatoire/impact-core";
import { catalog } from "../catalog";

const EMPTY: readonly never[] = Object.freeze([]);

function groupBy<T>(
  items: readonly T[],
  keys: (item: T) => readonly string[],
): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
  }
  for (const group of groups.values()) Object.freeze(group);
  return groups;
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.id, item]));

const populations = byId(catalog.populations);
const phases = byId(catalog.phases);

/** A population and the ones above it (élus locaux above maires); parseCatalog rules out cycles. */
function selfAndAncestors(population: string): string[] {
  const chain = [population];
  let parent = populations.get(population)?.parent;
  while (parent !== undefined) {
    chain.push(parent);
    parent = populations.get(parent)?.parent;
  }
  return chain;
}

/**
 * The lookups of the reference catalog, computed once when the module loads. Every array
 * handed out is frozen, like the catalog.
 *
 * @internal
 */
export const catalogIndex = {
  programmes: byId(catalog.programmes),
  populations,
  studies: byId(catalog.studies),
  impactAxes: byId(catalog.impactAxes),
  sources: byId(catalog.sources),
  figuresByPopulation: groupBy(catalog.figures, (figure) => [figure.population]),
  figuresByPopulationOrNarrower: groupBy(catalog.figures, (figure) =>
    selfAndAncestors(figure.population),
  ),
  figuresByStudy: groupBy(catalog.figures, (figure) =>
    figure.study === undefined ? [] : [figure.study],
  ),
  figuresByAxis: groupBy(catalog.figures, (figure) =>
    figure.axis === undefined ? [] : [figure.axis],
  ),
  figuresBySource: groupBy(catalog.figures, (figure) => [figure.source]),
  studiesByProgramme: groupBy(catalog.studies, (study) => {
    const programme =
      study.programme ??
      (study.phase === undefined ? undefined : phases.get(study.phase)?.programme);
    return programme === undefined ? [] : [programme];
  }),
} as const;

/**
 * Checks that `id` names an entity of `entities`, else throws an `ImpactError` at `path`:
 * `INVALID_INPUT` for a value that is not a string, `UNKNOWN_REFERENCE` for an unknown id.
 *
 * @internal
 */
export function requireKnownId(
  id: unknown,
  noun: string,
  entities: ReadonlyMap<string, unknown>,
  path: readonly (string | number)[],
): string {
  if (typeof id !== "string") {
    throw new ImpactError(
      "INVALID_INPUT",
      `expected the id of a ${noun} (a string), got ${id === null ? "null" : typeof id}`,
      { path },
    );
  }
  if (!entities.has(id)) {
    const known = [...entities.keys()].map((key) => JSON.stringify(key)).join(", ");
    throw new ImpactError(
      "UNKNOWN_REFERENCE",
      `unknown ${noun} ${JSON.stringify(id)}; the catalog's are ${known}`,
      { path },
    );
  }
  return id;
}

/**
 * The group of `key`, or a frozen empty array when nothing is filed under it.
 *
 * @internal
 */
export const groupOf = <T>(groups: ReadonlyMap<string, readonly T[]>, key: string): readonly T[] =>
  groups.get(key) ?? EMPTY;
