import type { PopulationInput } from "@observatoire/impact-core";
import type { CatalogSourceId } from "./sources";

type CatalogPopulationInput = PopulationInput & { readonly sources?: readonly CatalogSourceId[] };

/**
 * The four surveyed populations of IMPACT's quantitative phase, and
 * the narrower ones the figures need. The sources write "Français" for the citizens' studies,
 * "entreprises" and "dirigeants" for the business studies, "associations" and
 * "responsables associatifs" for the association studies: each pair is one population here.
 *
 * @internal
 */
export const populations = [
  {
    id: "citoyens",
    name: { fr: "Citoyens", en: "Citizens" },
    group: "citizens",
    description: { fr: "Les Français.", en: "The French." },
    sources: ["lerameau-le-programme-impact"],
  },
  {
    id: "elus-locaux",
    name: { fr: "Élus locaux", en: "Local elected officials" },
    group: "local-elected-officials",
    sources: ["lerameau-le-programme-impact"],
  },
  {
    id: "maires",
    name: { fr: "Maires", en: "Mayors" },
    group: "local-elected-officials",
    parent: "elus-locaux",
    sources: ["lerameau-le-programme-impact"],
  },
  {
    id: "dirigeants-entreprise",
    name: { fr: "Dirigeants d’entreprise", en: "Company leaders" },
    group: "business-leaders",
    description: {
      fr: "Les dirigeants d’entreprise, et les entreprises qu’ils dirigent.",
      en: "Company leaders, and the companies they run.",
    },
    sources: ["lerameau-le-programme-impact"],
  },
  {
    id: "responsables-associatifs",
    name: { fr: "Responsables associatifs", en: "Association leaders" },
    group: "association-leaders",
    description: {
      fr: "Les responsables associatifs, et les associations qu’ils dirigent.",
      en: "Association leaders, and the associations they run.",
    },
    sources: ["lerameau-le-programme-impact"],
  },
  // "associations with at least one employee (148 000)".
  {
    id: "associations-employeuses",
    name: { fr: "Associations employeuses", en: "Associations with employees" },
    group: "association-leaders",
    parent: "responsables-associatifs",
    description: {
      fr: "Associations ayant au moins un salarié.",
      en: "Associations with at least one employee.",
    },
    sources: ["etude-phare-associations-2015", "etude-impact-associations-territoires"],
  },
  {
    id: "associations-non-employeuses",
    name: { fr: "Associations non employeuses", en: "Associations without employees" },
    group: "association-leaders",
    parent: "responsables-associatifs",
    sources: ["etude-phare-associations-2015"],
  },
] as const satisfies readonly CatalogPopulationInput[];

/**
 * The id of a population of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogPopulationId } from "@observatoire/impact-data";
 * const id: CatalogPopulationId = "maires";
 * catalog.populations.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogPopulationId = (typeof populations)[number]["id"];
