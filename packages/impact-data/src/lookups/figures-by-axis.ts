import type { Figure, ImpactAxisId } from "@observatoire/impact-core";
import { requireKnownId } from "../_lib/require-known-id";
import type { CatalogImpactAxisId } from "../catalog/impact-axes";
import { catalogIndex } from "../catalog-index";

/**
 * The figures of the catalog filed under an impact axis, in catalog order.
 *
 * @param axis - `"innovation"`, `"performance"` or `"confiance"`
 * @returns the figures, a frozen array (empty for an axis without figures)
 * @throws {ImpactError} `UNKNOWN_REFERENCE` for an id the catalog does not hold,
 * `INVALID_INPUT` for a non-string id
 * @example
 * import { figuresByAxis } from "@observatoire/impact-data";
 * figuresByAxis("innovation").every((figure) => figure.measure === "partnerships-source-of-innovation");
 * //=> true
 * figuresByAxis("trust");
 * //=> throws UNKNOWN_REFERENCE
 */
export function figuresByAxis(axis: CatalogImpactAxisId | ImpactAxisId): readonly Figure[] {
  const id = requireKnownId(axis, "impact axis", catalogIndex.byId.impactAxes, ["axis"]);
  return catalogIndex.figuresByAxis(id);
}
