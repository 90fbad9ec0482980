import type { Figure, FiguresByPopulationOptions, PopulationId } from "@observatoire/impact-core";
import { ImpactError } from "@observatoire/impact-core";
import { requireKnownId } from "../_lib/require-known-id";
import type { CatalogPopulationId } from "../catalog/populations";
import { catalogIndex } from "../catalog-index";

/**
 * The figures of the catalog that describe a population, in catalog order.
 *
 * @param population - the id of a population of the catalog (`"maires"`, `"citoyens"`...)
 * @param options - `includeDescendants` to add the figures of the populations below it
 * (maires below élus locaux); `false` when omitted
 * @returns the figures, a frozen array (empty when the population has none)
 * @throws {ImpactError} `UNKNOWN_REFERENCE` for an id the catalog does not hold,
 * `INVALID_INPUT` for a non-string id or a non-boolean `includeDescendants`
 * @example
 * import { figuresByPopulation } from "@observatoire/impact-data";
 * figuresByPopulation("maires").map((figure) => figure.value).slice(0, 3);
 * //=> [0.76, 0.46, 0.92]
 * figuresByPopulation("elus-locaux").length < figuresByPopulation("elus-locaux", { includeDescendants: true }).length;
 * //=> true
 * figuresByPopulation("mayors");
 * //=> throws UNKNOWN_REFERENCE
 */
export function figuresByPopulation(
  population: CatalogPopulationId | PopulationId,
  options: FiguresByPopulationOptions = {},
): readonly Figure[] {
  const id = requireKnownId(population, "population", catalogIndex.byId.populations, [
    "population",
  ]);
  const includeDescendants = options.includeDescendants ?? false;
  if (typeof includeDescendants !== "boolean") {
    throw new ImpactError(
      "INVALID_INPUT",
      `includeDescendants must be a boolean, got ${JSON.stringify(includeDescendants)}`,
      { path: ["options", "includeDescendants"] },
    );
  }
  return catalogIndex.figuresByPopulation(id, { includeDescendants });
}
