import type { Figure, FragilityId } from "@observatoire/impact-core";
import { requireKnownId } from "../_lib/require-known-id";
import type { CatalogFragilityId } from "../catalog/fragilities";
import { catalogIndex } from "../catalog-index";

/**
 * The figures of the catalog that measure one of PHARE's fragilities, in catalog order:
 * PHARE-Citoyens' priority scores and the shares of dirigeants and responsables
 * associatifs who name it.
 *
 * @param fragility - the id of a fragility of the catalog (`"emploi"`, `"lien-social"`...)
 * @returns the figures, a frozen array (empty for a fragility without figures)
 * @throws {ImpactError} `UNKNOWN_REFERENCE` for an id the catalog does not hold (an
 * alias such as `"chômage"` is not an id), `INVALID_INPUT` for a non-string id
 * @example
 * import { figuresByFragility } from "@observatoire/impact-data";
 * figuresByFragility("emploi").map((figure) => [figure.population, figure.value]);
 * //=> [["citoyens", 7.1], ["dirigeants-entreprise", 0.61], ["responsables-associatifs", 0.6]]
 * figuresByFragility("education");
 * //=> []
 * figuresByFragility("chômage");
 * //=> throws UNKNOWN_REFERENCE
 */
export function figuresByFragility(fragility: CatalogFragilityId | FragilityId): readonly Figure[] {
  const id = requireKnownId(fragility, "fragility", catalogIndex.byId.fragilities, ["fragility"]);
  return catalogIndex.figuresByFragility(id);
}
