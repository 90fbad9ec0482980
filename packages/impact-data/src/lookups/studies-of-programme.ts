import type { ProgrammeId, Study } from "@observatoire/impact-core";
import { requireKnownId } from "../_lib/require-known-id";
import type { CatalogProgrammeId } from "../catalog/programmes";
import { catalogIndex } from "../catalog-index";

/**
 * The studies of a programme (named by the study or through its phase), in catalog order.
 * Studies that the sources tie to no programme (URGENCE-Covid-Citoyens, IMPACTS &
 * TRAJECTOIRES) belong to none.
 *
 * @param programme - `"arpea"`, `"phare"` or `"impact"`
 * @returns the studies, a frozen array
 * @throws {ImpactError} `UNKNOWN_REFERENCE` for an id the catalog does not hold,
 * `INVALID_INPUT` for a non-string id
 * @example
 * import { studiesOfProgramme } from "@observatoire/impact-data";
 * studiesOfProgramme("impact").map((study) => study.name);
 * //=> ["IMPACT-Citoyens", "IMPACT-Elus locaux", "IMPACT - Associations & Territoires"]
 * studiesOfProgramme("PHARE");
 * //=> throws UNKNOWN_REFERENCE
 */
export function studiesOfProgramme(programme: CatalogProgrammeId | ProgrammeId): readonly Study[] {
  const id = requireKnownId(programme, "programme", catalogIndex.byId.programmes, ["programme"]);
  return catalogIndex.studiesOfProgramme(id);
}
