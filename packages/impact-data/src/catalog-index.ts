import { type CatalogIndex, createCatalogIndex } from "@observatoire/impact-core";
import { catalog } from "./catalog";

/**
 * The lookups of `@observatoire/impact-core` (`createCatalogIndex`) bound to the
 * reference catalog, built once: entities by id (`get`, `byId`), figures by population,
 * study, axis, fragility, source or measure, the studies and phases of a programme, the
 * sources a list of figures cites. The functions `figuresByPopulation`, `figuresByStudy`... of this
 * package are typed shortcuts to it.
 *
 * @example
 * import { catalogIndex } from "@observatoire/impact-data";
 * catalogIndex.get("studies", "impacts-trajectoires-elus-locaux").sample;
 * //=> { size: 302, qualifier: "exact" }
 * catalogIndex.figuresByMeasure("priority-score-securite").map((figure) => figure.value);
 * //=> [6.6, 7]
 * catalogIndex.phasesOfProgramme("impact").map((phase) => phase.kind);
 * //=> ["exploratory", "quantitative", "territorial-debate"]
 * catalogIndex.get("studies", "phare");
 * //=> throws UNKNOWN_REFERENCE
 */
export const catalogIndex: CatalogIndex = createCatalogIndex(catalog);
