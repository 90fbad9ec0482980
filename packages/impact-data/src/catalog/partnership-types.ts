import type { PartnershipTypeInput } from "@observatoire/impact-core";
import type { CatalogSourceId } from "./sources";

type CatalogPartnershipTypeInput = PartnershipTypeInput & {
  readonly sources?: readonly CatalogSourceId[];
};

/**
 * The four partnership types of the PHARE-Associations release of 30 November 2015. The
 * release gives each a one-line definition, but its wording was not recorded, so
 * `definition` stays absent.
 *
 * @internal
 */
export const partnershipTypes = [
  {
    id: "pratiques-responsables",
    name: "Pratiques responsables",
    sources: ["phare-associations-release-2015"],
  },
  { id: "mecenat", name: "Mécénat", sources: ["phare-associations-release-2015"] },
  {
    id: "cooperation-economique",
    name: "Coopération économique",
    sources: ["phare-associations-release-2015"],
  },
  {
    id: "innovation-societale",
    name: "Innovation sociétale",
    sources: ["phare-associations-release-2015"],
  },
] as const satisfies readonly CatalogPartnershipTypeInput[];
