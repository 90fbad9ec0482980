import type { FragilityInput } from "@observatoire/impact-core";
import type { CatalogSourceId } from "./sources";

type CatalogFragilityInput = FragilityInput & {
  readonly sources?: readonly CatalogSourceId[];
};

/** Where the sources' list of PHARE's fragilities comes from; see {@link fragilities}. */
const PHARE_PAGE = "observatoire-le-programme-phare";

/**
 * The nine territorial fragilities of PHARE, in the order of the sources, with
 * the wordings it gives in parentheses or after a slash as aliases.
 *
 * No fragility has a `space`: the sources name PHARE's three spaces (« le vital » du
 * citoyen, la dynamique du territoire et ses leviers, le socle sociétal) but not which
 * fragility belongs to which, and none is guessed.
 *
 * Every fragility cites the PHARE programme page, because the sources list them under
 * PHARE without naming the page the list comes from (the regional figures are cited to
 * it for the same reason); each also cites the studies whose figures the sources give for
 * it. Éducation appears in the list only.
 *
 * @internal
 */
export const fragilities = [
  // Figures of PHARE-Citoyens (score 7,1), PHARE-Entreprises (61 %) and PHARE-Associations (60 %).
  {
    id: "emploi",
    name: "Emploi",
    aliases: ["chômage", "insertion"],
    sources: [
      PHARE_PAGE,
      "etude-phare-citoyens-2015",
      "etude-phare-entreprises-2015",
      "etude-phare-associations-2015",
    ],
  },
  // PHARE-Citoyens score.
  {
    id: "pouvoir-d-achat",
    name: "Pouvoir d'achat",
    sources: [PHARE_PAGE, "etude-phare-citoyens-2015"],
  },
  // PHARE-Citoyens scores it as "développement économique".
  {
    id: "developpement-economique",
    name: "Développement économique du territoire",
    aliases: ["développement économique"],
    sources: [PHARE_PAGE, "etude-phare-citoyens-2015"],
  },
  // PHARE-Citoyens score, given as 6,6 by the study and 7 by CAREnews.
  {
    id: "securite",
    name: "Sécurité",
    aliases: ["délinquance"],
    sources: [PHARE_PAGE, "etude-phare-citoyens-2015", "carenews-phare-citoyens"],
  },
  // PHARE-Citoyens score.
  {
    id: "environnement",
    name: "Environnement",
    sources: [PHARE_PAGE, "etude-phare-citoyens-2015"],
  },
  // PHARE-Citoyens scores it as "exclusion".
  {
    id: "exclusion",
    name: "Lutte contre l'exclusion / pauvreté / précarité",
    aliases: ["exclusion", "pauvreté", "précarité"],
    sources: [PHARE_PAGE, "etude-phare-citoyens-2015"],
  },
  // In the list only, no figure.
  {
    id: "education",
    name: "Éducation",
    sources: [PHARE_PAGE],
  },
  // PHARE-Associations figure (60 %).
  {
    id: "vieillissement",
    name: "Vieillissement",
    sources: [PHARE_PAGE, "etude-phare-associations-2015"],
  },
  // PHARE-Associations figure (51 %).
  {
    id: "lien-social",
    name: "Lien social",
    sources: [PHARE_PAGE, "etude-phare-associations-2015"],
  },
] as const satisfies readonly CatalogFragilityInput[];

/**
 * The id of a fragility of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogFragilityId } from "@observatoire/impact-data";
 * const id: CatalogFragilityId = "lien-social";
 * catalog.fragilities.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogFragilityId = (typeof fragilities)[number]["id"];
