import { type Catalog, type CatalogInput, parseCatalog } from "@observatoire/impact-core";
import { actors } from "./catalog/actors";
import { figures } from "./catalog/figures";
import { fragilities } from "./catalog/fragilities";
import { impactAxes } from "./catalog/impact-axes";
import { partnershipTypes } from "./catalog/partnership-types";
import { phases } from "./catalog/phases";
import { populations } from "./catalog/populations";
import { programmes } from "./catalog/programmes";
import { sources } from "./catalog/sources";
import { studies } from "./catalog/studies";
import { territories } from "./catalog/territories";

/**
 * The catalog as written, before validation: one array per collection.
 *
 * @internal
 */
export const catalogInput = {
  programmes,
  phases,
  studies,
  actors,
  populations,
  fragilities,
  impactAxes,
  territories,
  partnershipTypes,
  sources,
  figures,
} as const satisfies CatalogInput;

/**
 * The reference catalog of the Observatoire des partenariats: its three programmes
 * (ARPEA, PHARE, IMPACT) with their periods and milestones, IMPACT's phases, the
 * studies, the surveyed populations, the actors, PHARE's nine fragilities, the impact
 * axes, the partnership types, France and its regions, every publication and web page the
 * facts come from, and every published figure with its source. It is validated by `parseCatalog` when the module
 * loads and frozen all the way down. Where two sources disagree both values are kept
 * (see `findConflicts` in `@observatoire/impact-core`).
 *
 * @example
 * import { catalog } from "@observatoire/impact-data";
 * catalog.programmes.map((programme) => programme.name);
 * //=> ["ARPEA", "PHARE", "IMPACT"]
 * catalog.programmes[1].periods.map((period) => `${period.start}-${period.end}`);
 * //=> ["2013-2018", "2013-2017"]
 * catalog.figures.find((figure) => figure.id === "impact-citoyens-source-d-innovation").value;
 * //=> 0.74
 * Object.isFrozen(catalog.figures[0]);
 * //=> true
 */
export const catalog: Catalog = parseCatalog(catalogInput);
