import type { Figure, PopulationId } from "@observatoire/impact-core";
import { ImpactError } from "@observatoire/impact-core";
import { catalogIndex, groupOf, requireKnownId } from "../_lib/catalog-index";
import type { CatalogPopulationId } from "../catalog/populations";

/** Options of {@link figuresByPopulation}. */
export interface FiguresByPopulationOptions {
  /** Also return the figures of narrower populations (maires for élus locaux); `false` when omitted. */
  readonly includeNarrower?: boolean | undefined;
}

/**
 * The figures of the catalog that describe a population, in catalog order.
 *
 * @param population - the id of a population of the catalog (`"maires"`, `"citoyens"`...)
 * @param options - `includeNarrower` to add the figures of the populations below it
 * @returns the figures, a frozen array (empty when the population has none)
 * @throws {ImpactError} `UNKNOWN_REFERENCE` for an id the catalog does not hold,
 * `INVALID_INPUT` for a non-string id or a non-boolean `includeNarrower`
 * @example
 * import { figuresByPopulation } from "@observatoire/impact-data";
 * figuresByPopulation("maires").map((figure) => figure.value).slice(0, 3);
 * //=> [0.76, 0.46, 0.92]
 * figuresByPopulation("elus-locaux").length < figuresByPopulation("elus-locaux", { includeNarrower: true }).length;
 * //=> true
 * figuresByPopulation("mayors");
 * //=> throws UNKNOWN_REFERENCE
 */
export function figuresByPopulation(
  population: CatalogPopulationId | PopulationId,
  options: FiguresByPopulationOptions = {},
): readonly Figure[] {
  const id = requireKnownId(population, "population", catalogIndex.populations, ["population"]);
  const includeNarrower = options.includeNarrower ?? false;
  if (typeof includeNarrower !== "boolean") {
    throw new ImpactError(
      "INVALID_INPUT",
      `includeNarrower must be a boolean, got ${JSON.stringify(includeNarrower)}`,
      { path: ["options", "includeNarrower"] },
    );
  }
  return groupOf(
    includeNarrower ? catalogIndex.figuresByPopulationOrNarrower : catalogIndex.figuresByPopulation,
    id,
  );
}
