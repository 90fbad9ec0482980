import type { ActorInput } from "@observatoire/impact-core";
import type { CatalogSourceId } from "./sources";

type CatalogActorInput = ActorInput & { readonly sources?: readonly CatalogSourceId[] };

const CREATION: readonly CatalogSourceId[] = ["lerameau-d-comme-donnees", "isbl-consultants-fr"];

/**
 * The organisations and people the sources and the seed name, each with the sources that
 * name it. The Observatoire's founding year is left out of `founded`: lerameau.fr and
 * isbl-consultants.fr give 2008, ARPEA documents of 2011-2012 say « créé en 2007 »; both
 * are kept in `foundingDates`, each with its source, and `findConflicts` reports them.
 *
 * @internal
 */
export const actors = [
  {
    id: "observatoire-des-partenariats",
    kind: "organisation",
    name: "Observatoire des partenariats",
    roles: ["research", "publisher"],
    description:
      "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, avec le MEDEF et le Mouvement associatif (lerameau.fr/d-comme-donnees, isbl-consultants.fr) ; des documents ARPEA de 2011-2012 le disent « créé en 2007 ». Ses 10 ans ont été marqués par le colloque du 23 novembre 2017 à la Caisse des Dépôts.",
    foundingDates: [
      {
        date: "2008",
        source: "lerameau-d-comme-donnees",
        evidence:
          "Created 2008 by the Caisse des Dépôts and Le RAMEAU, with the MEDEF and the Mouvement associatif.",
      },
      {
        date: "2008",
        source: "isbl-consultants-fr",
        evidence:
          "Created 2008 by the Caisse des Dépôts and Le RAMEAU, with the MEDEF and the Mouvement associatif.",
      },
      { date: "2007", source: "documents-arpea-2011-2012", evidence: "« créé en 2007 »" },
    ],
    sources: [...CREATION, "documents-arpea-2011-2012", "lerameau-le-programme-impact"],
  },
  // Seed.
  {
    id: "le-rameau",
    kind: "organisation",
    name: "Le RAMEAU",
    roles: ["founder", "research", "programme-partner", "publisher"],
    sources: [...CREATION, "lerameau-le-programme-impact"],
  },
  {
    id: "caisse-des-depots",
    kind: "organisation",
    name: "Caisse des Dépôts",
    roles: ["founder", "programme-partner"],
    sources: [...CREATION, "lerameau-le-programme-impact"],
  },
  // Seed.
  {
    id: "institut-cdc-pour-la-recherche",
    kind: "organisation",
    name: "Institut CDC pour la Recherche",
    roles: ["programme-partner"],
    sources: ["lerameau-le-programme-impact"],
  },
  {
    id: "groupe-la-poste",
    kind: "organisation",
    name: "Le Groupe La Poste",
    roles: ["programme-partner"],
    sources: ["lerameau-le-programme-impact"],
  },
  {
    id: "fondation-total",
    kind: "organisation",
    name: "Fondation TOTAL",
    roles: ["programme-partner"],
    sources: ["lerameau-le-programme-impact"],
  },
  // Associated with the creation of the Observatoire.
  {
    id: "medef",
    kind: "organisation",
    name: "MEDEF",
    description: "Associé à la création de l'Observatoire des partenariats en 2008.",
    sources: CREATION,
  },
  {
    id: "mouvement-associatif",
    kind: "organisation",
    name: "Mouvement associatif",
    description: "Associé à la création de l'Observatoire des partenariats en 2008.",
    sources: CREATION,
  },
  // The institute of most studies.
  {
    id: "comisis",
    kind: "organisation",
    name: "Comisis",
    roles: ["polling-institute"],
    description: "Institut d'études fondé par Anne Robin.",
    sources: [...CREATION, "etude-impact-citoyens-2019"],
  },
  {
    id: "opinionway",
    kind: "organisation",
    name: "OpinionWay",
    roles: ["polling-institute"],
    sources: ["etude-impact-citoyens-2019"],
  },
  // ARPEA-Associations was run by Comisis with the CPCA and Avise.
  {
    id: "cpca",
    kind: "organisation",
    name: "CPCA",
    sources: ["etude-arpea-associations-2009"],
  },
  {
    id: "avise",
    kind: "organisation",
    name: "Avise",
    sources: ["etude-arpea-associations-2009"],
  },
  {
    id: "anne-robin",
    kind: "person",
    family: "Robin",
    given: "Anne",
    affiliations: ["observatoire-des-partenariats", "comisis"],
    role: "Directrice scientifique de l'Observatoire des partenariats, fondatrice de Comisis",
    sources: CREATION,
  },
] as const satisfies readonly CatalogActorInput[];

/**
 * The id of a actor of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogActorId } from "@observatoire/impact-data";
 * const id: CatalogActorId = "anne-robin";
 * catalog.actors.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogActorId = (typeof actors)[number]["id"];
