import type { TerritoryInput } from "@observatoire/impact-core";
import type { CatalogSourceId } from "./sources";

type CatalogTerritoryInput = TerritoryInput & { readonly sources?: readonly CatalogSourceId[] };

const COG: readonly CatalogSourceId[] = ["etalab-decoupage-administratif"];

/** A current metropolitan region: its name and INSEE code as `@etalab/decoupage-administratif` gives them. */
const region = <const Id extends string, const Code extends string>(
  id: Id,
  name: string,
  inseeCode: Code,
) => ({ id, level: "region", name, inseeCode, parent: "france", sources: COG }) as const;

/**
 * France, its 13 metropolitan regions (IMPACT's results cover the "13 régions
 * métropolitaines"; PHARE made a diagnostic of the 13 regions), and Rhône-Alpes, the
 * former region PHARE's regional figures name, linked to the region that succeeded it.
 * "PACA et Corse", which PHARE's figures name too, is two current regions (Provence-Alpes-
 * Côte d'Azur and Corse), not a former region, so it is not modelled as one. Region names and codes are copied from the regions data of
 * `@etalab/decoupage-administratif` 6.0.0 and checked against it by a test.
 *
 * @internal
 */
export const territories = [
  {
    id: "france",
    level: "country",
    name: "France",
    sources: ["lerameau-le-programme-impact"],
  },
  region("ile-de-france", "Île-de-France", "11"),
  region("centre-val-de-loire", "Centre-Val de Loire", "24"),
  region("bourgogne-franche-comte", "Bourgogne-Franche-Comté", "27"),
  region("normandie", "Normandie", "28"),
  region("hauts-de-france", "Hauts-de-France", "32"),
  region("grand-est", "Grand Est", "44"),
  region("pays-de-la-loire", "Pays de la Loire", "52"),
  region("bretagne", "Bretagne", "53"),
  region("nouvelle-aquitaine", "Nouvelle-Aquitaine", "75"),
  region("occitanie", "Occitanie", "76"),
  region("auvergne-rhone-alpes", "Auvergne-Rhône-Alpes", "84"),
  region("provence-alpes-cote-d-azur", "Provence-Alpes-Côte d'Azur", "93"),
  region("corse", "Corse", "94"),
  // Named by PHARE's regional figures, before the 2016 regions.
  {
    id: "rhone-alpes",
    level: "former-region",
    name: "Rhône-Alpes",
    successor: "auvergne-rhone-alpes",
    parent: "france",
    sources: ["observatoire-le-programme-phare"],
  },
] as const satisfies readonly CatalogTerritoryInput[];

/**
 * The id of a territory of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogTerritoryId } from "@observatoire/impact-data";
 * const id: CatalogTerritoryId = "centre-val-de-loire";
 * catalog.territories.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogTerritoryId = (typeof territories)[number]["id"];
