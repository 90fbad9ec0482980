import type { PhaseInput } from "@observatoire/impact-core";
import type { CatalogPopulationId } from "./populations";
import type { CatalogProgrammeId } from "./programmes";
import type { CatalogSourceId } from "./sources";

type CatalogPhaseInput = PhaseInput & {
  readonly programme: CatalogProgrammeId;
  readonly sources?: readonly CatalogSourceId[];
} & (
    | { readonly kind: "exploratory" | "territorial-debate" }
    | {
        readonly kind: "quantitative";
        readonly populations: readonly CatalogPopulationId[];
      }
  );

/**
 * IMPACT's three complementary phases, as the seed describes them.
 *
 * @internal
 */
export const phases = [
  {
    id: "impact-etudes-exploratoires",
    programme: "impact",
    kind: "exploratory",
    order: 1,
    name: { fr: "Phase d’études exploratoires", en: "Exploratory studies phase", original: "fr" },
    description: {
      fr: "menée en partenariat avec les acteurs académiques afin de croiser les regards entre praticiens et chercheurs",
      en: "run in partnership with academics, so that practitioners and researchers compare their views",
      original: "fr",
    },
    sources: ["lerameau-le-programme-impact"],
  },
  {
    id: "impact-etudes-quantitatives",
    programme: "impact",
    kind: "quantitative",
    order: 2,
    name: { fr: "Phase d’études quantitatives", en: "Quantitative studies phase", original: "fr" },
    description: {
      fr: "pour mesurer à la fois la maturité et les pratiques en matière d’alliances stratégiques auprès des citoyens, des élus locaux, des dirigeants d’entreprise et des responsables associatifs",
      en: "to measure both the maturity and the practices of strategic alliances among citizens, local elected officials, company leaders and association leaders",
      original: "fr",
    },
    populations: ["citoyens", "elus-locaux", "dirigeants-entreprise", "responsables-associatifs"],
    sources: ["lerameau-le-programme-impact"],
  },
  {
    id: "impact-debats-territoriaux",
    programme: "impact",
    kind: "territorial-debate",
    order: 3,
    name: {
      fr: "Phase de mises en débats territoriaux",
      en: "Territorial debates phase",
      original: "fr",
    },
    description: {
      fr: "menée en partenariat avec les acteurs locaux, notamment les élus et les « catalyseurs territoriaux », pour accélérer le mouvement d’alliances innovantes au service du bien commun",
      en: "run in partnership with local actors, notably elected officials and « catalyseurs territoriaux » (territorial catalysts), to speed up the movement of innovative alliances for the common good",
      original: "fr",
    },
    stakeholders: ["élus", "catalyseurs territoriaux"],
    sources: ["lerameau-le-programme-impact"],
  },
] as const satisfies readonly CatalogPhaseInput[];

/**
 * The id of a phase of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogPhaseId } from "@observatoire/impact-data";
 * const id: CatalogPhaseId = "impact-etudes-quantitatives";
 * catalog.phases.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogPhaseId = (typeof phases)[number]["id"];
