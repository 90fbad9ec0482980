import type { ProgrammeInput } from "@observatoire/impact-core";
import type { CatalogActorId } from "./actors";
import type { CatalogSourceId } from "./sources";

type Sourced<T> = T & { readonly source: CatalogSourceId };

type CatalogProgrammeInput = Omit<ProgrammeInput, "periods" | "milestones"> & {
  readonly periods: readonly Sourced<ProgrammeInput["periods"][number]>[];
  readonly milestones?: readonly Sourced<NonNullable<ProgrammeInput["milestones"]>[number]>[];
  readonly partners?: readonly CatalogActorId[];
  readonly sources?: readonly CatalogSourceId[];
};

/**
 * The three quinquennial programmes. PHARE keeps both periods its
 * sources give, each with its source: the conflict is reported by `findConflicts`, not
 * resolved here.
 *
 * @internal
 */
export const programmes = [
  {
    id: "arpea",
    name: "ARPEA",
    title: {
      fr: "Analyse des Relations et des Partenariats entre Entreprises et Associations",
      en: "Analysis of the Relations and Partnerships between Companies and Associations",
      original: "fr",
    },
    aim: {
      fr: "État des lieux des partenariats en France, en 10 volets : Citoyens, Associations, Grandes Entreprises, PME, Entreprises & Territoires, Collectivités Territoriales, Fondations, Syndicats, Professionnels, études secondaires.",
      en: "A survey of partnerships in France, in 10 parts: citizens, associations, large companies, SMEs, companies and territories, local authorities, foundations, trade unions, professionals, secondary studies.",
    },
    periods: [{ start: "2008", end: "2012", source: "lerameau-le-programme-impact" }],
    milestones: [
      {
        date: "2012-12-11",
        kind: "publication",
        title: {
          fr: "Rapport quinquennal ARPEA « Lorsque humanisme et efficacité se rencontrent ! »",
          en: "ARPEA five-year report « Lorsque humanisme et efficacité se rencontrent ! »",
          original: "fr",
        },
        source: "rapport-quinquennal-arpea-2012",
      },
    ],
    sources: ["lerameau-le-programme-impact", "rapport-quinquennal-arpea-2012"],
  },
  // 2013-2018 (seed page, account of the programmes) and 2013-2017 (le-cheminement, and the
  // seed page again: « La publication du rapport quinquennal PHARE 2013-2017 »).
  {
    id: "phare",
    name: "PHARE",
    title: {
      fr: "Fragilités et co-construction en territoire",
      en: "Fragilities and co-construction in the territories",
      original: "fr",
    },
    aim: {
      fr: "Qualifier les fragilités territoriales prioritaires par territoire : diagnostic des 13 régions et domaines où les partenariats sont les plus pertinents.",
      en: "Identify the priority fragilities of each territory: a diagnosis of the 13 regions, and the fields where partnerships fit best.",
    },
    periods: [
      { start: "2013", end: "2018", source: "lerameau-le-programme-impact" },
      {
        start: "2013",
        end: "2017",
        source: "observatoire-le-cheminement",
        alsoGivenBy: ["lerameau-le-programme-impact"],
      },
    ],
    milestones: [
      {
        date: "2018-02",
        kind: "publication",
        title: {
          fr: "Rapport quinquennal PHARE « fragilités et co-construction territoriale »",
          en: "PHARE five-year report « fragilités et co-construction territoriale »",
          original: "fr",
        },
        source: "rapport-quinquennal-phare-2018",
      },
    ],
    sources: [
      "lerameau-le-programme-impact",
      "observatoire-le-cheminement",
      "observatoire-le-programme-phare",
      "rapport-quinquennal-phare-2018",
    ],
  },
  {
    id: "impact",
    name: "IMPACT",
    title: {
      fr: "Impacts des Alliances innovantes au service du bien commun",
      en: "Impacts of innovative alliances for the common good",
      original: "fr",
    },
    aim: {
      fr: "Être en capacité de mesurer les impacts des alliances innovantes au service du bien commun, et la maturité des organisations à se saisir du mouvement émergent.",
      en: "To be able to measure the impacts of innovative alliances for the common good, and how ready organisations are to take up the emerging movement.",
    },
    periods: [{ start: "2018", end: "2022", source: "lerameau-le-programme-impact" }],
    milestones: [
      {
        date: "2017-11",
        kind: "launch",
        title: { fr: "Lancement du programme IMPACT", en: "Launch of the IMPACT programme" },
        source: "lerameau-le-programme-impact",
      },
      {
        date: "2017-11-23",
        kind: "colloque",
        title: {
          fr: "Colloque « les impacts des alliances innovantes au service du bien commun », marquant les 10 ans de l’Observatoire des partenariats",
          en: "Conference « les impacts des alliances innovantes au service du bien commun », marking the Observatoire des partenariats’ 10th anniversary",
        },
        place: "Caisse des Dépôts",
        source: "lerameau-le-programme-impact",
      },
      {
        date: "2017-12",
        kind: "publication",
        title: {
          fr: "Note prospective « les impacts des alliances innovantes au service du bien commun »",
          en: "Foresight paper « les impacts des alliances innovantes au service du bien commun »",
          original: "fr",
        },
        source: "note-prospective-impacts-alliances-2017",
      },
      {
        date: "2018-02",
        kind: "publication",
        title: {
          fr: "Actes du colloque « les impacts des alliances innovantes au service du bien commun »",
          en: "Conference proceedings « les impacts des alliances innovantes au service du bien commun »",
          original: "fr",
        },
        source: "actes-colloque-impacts-alliances-2018",
      },
      {
        date: "2023-01-26",
        kind: "results",
        title: {
          fr: "Résultats finaux : 21 études statistiques, 1 000 exemples inspirants, 7 débats nationaux et 50 territoriaux, 13 régions métropolitaines",
          en: "Final results: 21 statistical studies, 1,000 inspiring examples, 7 national and 50 territorial debates, 13 metropolitan regions",
        },
        source: "carenews-2023-01-26",
      },
    ],
    partners: [
      "caisse-des-depots",
      "institut-cdc-pour-la-recherche",
      "groupe-la-poste",
      "fondation-total",
      "le-rameau",
    ],
    sources: ["lerameau-le-programme-impact", "carenews-2023-01-26"],
  },
] as const satisfies readonly CatalogProgrammeInput[];

/**
 * The id of a programme of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogProgrammeId } from "@observatoire/impact-data";
 * const id: CatalogProgrammeId = "phare";
 * catalog.programmes.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogProgrammeId = (typeof programmes)[number]["id"];
