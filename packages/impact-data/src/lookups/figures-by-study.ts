import type { Figure, StudyId } from "@observatoire/impact-core";
import { requireKnownId } from "../_lib/require-known-id";
import type { CatalogStudyId } from "../catalog/studies";
import { catalogIndex } from "../catalog-index";

/**
 * The figures of the catalog that come from a study, in catalog order.
 *
 * @param study - the id of a study of the catalog (`"phare-citoyens"`...)
 * @returns the figures, a frozen array (empty for a study without figures)
 * @throws {ImpactError} `UNKNOWN_REFERENCE` for an id the catalog does not hold,
 * `INVALID_INPUT` for a non-string id
 * @example
 * import { figuresByStudy } from "@observatoire/impact-data";
 * figuresByStudy("phare-citoyens").filter((figure) => figure.unit === "score").length;
 * //=> 7
 * figuresByStudy("arpea-associations");
 * //=> []
 * figuresByStudy("phare");
 * //=> throws UNKNOWN_REFERENCE
 */
export function figuresByStudy(study: CatalogStudyId | StudyId): readonly Figure[] {
  const id = requireKnownId(study, "study", catalogIndex.byId.studies, ["study"]);
  return catalogIndex.figuresByStudy(id);
}
