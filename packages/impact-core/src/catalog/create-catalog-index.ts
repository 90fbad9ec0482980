import { ImpactError } from "../errors/impact-error";
import type { Catalog } from "../models/catalog";
import { CATALOG_COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../models/collections";
import type { Figure } from "../models/figure";
import type { Phase } from "../models/phase";
import type { Source } from "../models/source";
import type { Study } from "../models/study";

/**
 * The entities of each collection by id. Keys are plain strings, so that a lookup by an
 * id read from user input needs no cast; values keep their branded ids.
 */
export type CatalogMaps = {
  readonly [K in CollectionName]: ReadonlyMap<string, Catalog[K][number]>;
};

/** Options of {@link CatalogIndex.figuresByPopulation}. */
export interface FiguresByPopulationOptions {
  /** Also return the figures of the populations below this one (maires below élus locaux). Default `false`. */
  readonly includeDescendants?: boolean | undefined;
}

/** Lookups over one catalog, built once by {@link createCatalogIndex}. */
export interface CatalogIndex {
  /** The indexed catalog. */
  readonly catalog: Catalog;
  /** The entities of each collection by id. */
  readonly byId: CatalogMaps;
  /** The entity of `collection` with this id; throws `UNKNOWN_REFERENCE` when there is none. */
  get<K extends keyof CatalogMaps>(collection: K, id: string): Catalog[K][number];
  /** The figures about a population, in catalog order. */
  figuresByPopulation(id: string, options?: FiguresByPopulationOptions): readonly Figure[];
  /** The figures a study produced, in catalog order. */
  figuresByStudy(id: string): readonly Figure[];
  /** The figures about an impact axis, in catalog order. */
  figuresByAxis(id: string): readonly Figure[];
  /** The figures that measure a fragility, in catalog order. */
  figuresByFragility(id: string): readonly Figure[];
  /** The figures a source publishes, in catalog order. */
  figuresBySource(id: string): readonly Figure[];
  /** The figures of one measure, in catalog order (the candidates of a conflict). */
  figuresByMeasure(measure: string): readonly Figure[];
  /** The studies of a programme, directly or through one of its phases, in catalog order. */
  studiesOfProgramme(id: string): readonly Study[];
  /** The phases of a programme, by `order`. */
  phasesOfProgramme(id: string): readonly Phase[];
  /** The sources that `figures` cite, each once, in order of first citation. */
  sourcesCitedBy(figures: readonly Figure[]): readonly Source[];
}

const EMPTY: readonly never[] = Object.freeze([]);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  for (const group of groups.values()) Object.freeze(group);
  return groups;
}

/**
 * Builds the lookups other packages need over a catalog: entities by id, figures by
 * population, study, axis, fragility, source or measure, the studies and phases of a programme,
 * the sources a list of figures cites. Every lookup by id checks the id: an unknown one
 * is an `UNKNOWN_REFERENCE` error, never an empty answer that hides a typo.
 *
 * @param catalog - a catalog returned by `parseCatalog`
 * @returns the index; its arrays are frozen
 * @throws {ImpactError} `INVALID_INPUT` when `catalog` lacks one of its collections
 * @example
 * import { createCatalogIndex, parseCatalog } from "@observatoire/impact-core";
 * const index = createCatalogIndex(parseCatalog({
 *   programmes: [], phases: [], studies: [], actors: [], fragilities: [], impactAxes: [], territories: [],
 *   populations: [{ id: "citoyens", name: "Citoyens", group: "citizens" }],
 *   sources: [{ id: "impact-citoyens-2019", type: "report", title: "IMPACT-Citoyens" }],
 *   figures: [{
 *     id: "innovation-citoyens", measure: "partnerships-source-of-innovation",
 *     statement: "74 % des Français", unit: "proportion", value: 0.74,
 *     population: "citoyens", source: "impact-citoyens-2019",
 *   }],
 * }));
 * index.figuresByPopulation("citoyens").map((figure) => figure.value);
 * //=> [0.74]
 * index.sourcesCitedBy(index.figuresByPopulation("citoyens")).map((source) => source.title);
 * //=> ["IMPACT-Citoyens"]
 * index.figuresByPopulation("voters");
 * //=> throws UNKNOWN_REFERENCE
 */
export function createCatalogIndex(catalog: Catalog): CatalogIndex {
  if (typeof catalog !== "object" || catalog === null) {
    throw new ImpactError(
      "INVALID_INPUT",
      "createCatalogIndex expects a catalog from parseCatalog",
      {
        path: ["catalog"],
      },
    );
  }
  const maps = {} as Record<keyof CatalogMaps, Map<string, { readonly id: string }>>;
  for (const name of COLLECTION_NAMES) {
    const entities: unknown = catalog[name];
    if (!Array.isArray(entities)) {
      throw new ImpactError("INVALID_INPUT", `the catalog has no ${name} array`, {
        path: ["catalog", name],
      });
    }
    const map = new Map<string, { readonly id: string }>();
    for (const entity of entities as readonly { readonly id: string }[]) {
      if (!map.has(entity.id)) map.set(entity.id, entity);
    }
    maps[name] = map;
  }
  const byId = Object.freeze(maps) as unknown as CatalogMaps;

  const check = (collection: keyof CatalogMaps, id: string): void => {
    if (!byId[collection].has(id)) {
      throw new ImpactError(
        "UNKNOWN_REFERENCE",
        `unknown ${CATALOG_COLLECTIONS[collection].noun} ${typeof id === "string" ? JSON.stringify(id) : String(id)}`,
        { path: ["id"] },
      );
    }
  };

  const byPopulation = groupBy(catalog.figures, (figure) => figure.population);
  const byStudy = groupBy(catalog.figures, (figure) => figure.study);
  const byAxis = groupBy(catalog.figures, (figure) => figure.axis);
  const byFragility = groupBy(catalog.figures, (figure) => figure.fragility);
  const bySource = groupBy(catalog.figures, (figure) => figure.source);
  const byMeasure = groupBy(catalog.figures, (figure) => figure.measure);
  const studiesByProgramme = groupBy(
    catalog.studies,
    (study) =>
      study.programme ??
      (study.phase === undefined ? undefined : byId.phases.get(study.phase)?.programme),
  );
  const phasesByProgramme = groupBy(
    [...catalog.phases].sort((a, b) => a.order - b.order),
    (phase) => phase.programme,
  );
  const children = groupBy(catalog.populations, (population) => population.parent);
  const descendantsMemo = new Map<string, readonly Figure[]>();

  return Object.freeze({
    catalog,
    byId,
    get<K extends keyof CatalogMaps>(collection: K, id: string): Catalog[K][number] {
      // `in` would accept inherited keys ("toString", "constructor") and crash below.
      if (typeof collection !== "string" || !Object.hasOwn(CATALOG_COLLECTIONS, collection)) {
        throw new ImpactError("INVALID_INPUT", `unknown collection ${JSON.stringify(collection)}`, {
          path: ["collection"],
        });
      }
      check(collection, id);
      return byId[collection].get(id) as Catalog[K][number];
    },
    figuresByPopulation(id: string, options: FiguresByPopulationOptions = {}): readonly Figure[] {
      check("populations", id);
      if (options.includeDescendants !== true) return byPopulation.get(id) ?? EMPTY;
      const memo = descendantsMemo.get(id);
      if (memo !== undefined) return memo;
      const included = new Set<string>();
      const visit = (population: string): void => {
        if (included.has(population)) return;
        included.add(population);
        for (const child of children.get(population) ?? EMPTY) visit(child.id);
      };
      visit(id);
      const figures = Object.freeze(
        catalog.figures.filter((figure) => included.has(figure.population)),
      );
      descendantsMemo.set(id, figures);
      return figures;
    },
    figuresByStudy(id: string): readonly Figure[] {
      check("studies", id);
      return byStudy.get(id) ?? EMPTY;
    },
    figuresByAxis(id: string): readonly Figure[] {
      check("impactAxes", id);
      return byAxis.get(id) ?? EMPTY;
    },
    figuresByFragility(id: string): readonly Figure[] {
      check("fragilities", id);
      return byFragility.get(id) ?? EMPTY;
    },
    figuresBySource(id: string): readonly Figure[] {
      check("sources", id);
      return bySource.get(id) ?? EMPTY;
    },
    figuresByMeasure(measure: string): readonly Figure[] {
      const figures = byMeasure.get(measure);
      if (figures === undefined) {
        throw new ImpactError(
          "UNKNOWN_REFERENCE",
          `no figure has the measure ${JSON.stringify(measure)}`,
          { path: ["measure"] },
        );
      }
      return figures;
    },
    studiesOfProgramme(id: string): readonly Study[] {
      check("programmes", id);
      return studiesByProgramme.get(id) ?? EMPTY;
    },
    phasesOfProgramme(id: string): readonly Phase[] {
      check("programmes", id);
      return phasesByProgramme.get(id) ?? EMPTY;
    },
    sourcesCitedBy(figures: readonly Figure[]): readonly Source[] {
      if (!Array.isArray(figures)) {
        throw new ImpactError("INVALID_INPUT", "sourcesCitedBy expects an array of figures", {
          path: ["figures"],
        });
      }
      const seen = new Set<string>();
      const sources: Source[] = [];
      figures.forEach((figure, index) => {
        if (seen.has(figure.source)) return;
        const source = byId.sources.get(figure.source);
        if (source === undefined) {
          throw new ImpactError(
            "UNKNOWN_REFERENCE",
            `figure ${JSON.stringify(figure.id)} cites an unknown source ${JSON.stringify(figure.source)}`,
            { path: ["figures", index, "source"] },
          );
        }
        seen.add(figure.source);
        sources.push(source);
      });
      return Object.freeze(sources);
    },
  });
}
