import type { ImpactAxisInput } from "@observatoire/impact-core";
import type { CatalogSourceId } from "./sources";

type CatalogImpactAxisInput = Omit<ImpactAxisInput, "wordings"> & {
  readonly wordings?: readonly (NonNullable<ImpactAxisInput["wordings"]>[number] & {
    readonly source: CatalogSourceId;
  })[];
  readonly sources?: readonly CatalogSourceId[];
};

/**
 * The three impact axes established by Le RAMEAU: the seed's
 * wording, and the 2023 wording "source d'innovation, levier de performance, et vecteur de
 * confiance" (the article of 26 January 2023 is the facts' only 2023 source).
 *
 * @internal
 */
export const impactAxes = [
  {
    id: "innovation",
    order: 1,
    name: { fr: "Innovation", en: "Innovation" },
    description: {
      fr: "l’innovation sociétale et territoriale",
      en: "societal and territorial innovation",
      original: "fr",
    },
    wordings: [
      { text: "l’innovation sociétale et territoriale", source: "lerameau-le-programme-impact" },
      { text: "source d'innovation", source: "carenews-2023-01-26" },
    ],
    sources: ["lerameau-le-programme-impact", "note-prospective-impacts-alliances-2017"],
  },
  {
    id: "performance",
    order: 2,
    name: { fr: "Performance", en: "Performance" },
    description: {
      fr: "la performance des organisations publiques et privées",
      en: "the performance of public and private organisations",
      original: "fr",
    },
    wordings: [
      {
        text: "la performance des organisations publiques et privées",
        source: "lerameau-le-programme-impact",
      },
      { text: "levier de performance", source: "carenews-2023-01-26" },
    ],
    sources: ["lerameau-le-programme-impact", "note-prospective-impacts-alliances-2017"],
  },
  {
    id: "confiance",
    order: 3,
    name: { fr: "Confiance", en: "Trust" },
    description: {
      fr: "la confiance, moteur de l’engagement des Hommes et des Territoires",
      en: "trust, the driving force of the commitment of people and territories",
      original: "fr",
    },
    wordings: [
      {
        text: "la confiance, moteur de l’engagement des Hommes et des Territoires",
        source: "lerameau-le-programme-impact",
      },
      { text: "vecteur de confiance", source: "carenews-2023-01-26" },
    ],
    sources: ["lerameau-le-programme-impact", "note-prospective-impacts-alliances-2017"],
  },
] as const satisfies readonly CatalogImpactAxisInput[];

/**
 * The id of a impact axis of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogImpactAxisId } from "@observatoire/impact-data";
 * const id: CatalogImpactAxisId = "confiance";
 * catalog.impactAxes.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogImpactAxisId = (typeof impactAxes)[number]["id"];
