import type { Figure, SourceId } from "@observatoire/impact-core";
import { requireKnownId } from "../_lib/require-known-id";
import type { CatalogSourceId } from "../catalog/sources";
import { catalogIndex } from "../catalog-index";

/**
 * The figures of the catalog that cite a source, in catalog order.
 *
 * @param source - the id of a source of the catalog (`"carenews-2023-01-26"`...)
 * @returns the figures, a frozen array (empty for a source no figure cites)
 * @throws {ImpactError} `UNKNOWN_REFERENCE` for an id the catalog does not hold,
 * `INVALID_INPUT` for a non-string id
 * @example
 * import { figuresBySource } from "@observatoire/impact-data";
 * figuresBySource("reseau-alliances-org").map((figure) => [figure.population, figure.value]);
 * //=> [["dirigeants-entreprise", 0.83]]
 * figuresBySource("carenews.com");
 * //=> throws UNKNOWN_REFERENCE
 */
export function figuresBySource(source: CatalogSourceId | SourceId): readonly Figure[] {
  const id = requireKnownId(source, "source", catalogIndex.byId.sources, ["source"]);
  return catalogIndex.figuresBySource(id);
}
