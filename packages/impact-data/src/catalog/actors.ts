import type { ActorInput } from "@observatoire/impact-core";
import type { CatalogSourceId } from "./sources";

type CatalogActorInput = ActorInput & { readonly sources?: readonly CatalogSourceId[] };

const CREATION: readonly CatalogSourceId[] = ["lerameau-d-comme-donnees", "isbl-consultants-fr"];

/**
 * The organisations and people of FACTS.md and the seed. The Observatoire's founding year
 * is left out of `founded`: FACTS.md line 10-12 gives 2008 and quotes ARPEA documents of
 * 2011-2012 saying 2007, and an actor holds a single founding date, so both stay in the
 * description with their sources rather than one being picked.
 *
 * @internal
 */
export const actors = [
  // FACTS.md lines 10-15.
  {
    id: "observatoire-des-partenariats",
    kind: "organisation",
    name: "Observatoire des partenariats",
    roles: ["research", "publisher"],
    description:
      "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, avec le MEDEF et le Mouvement associatif (lerameau.fr/d-comme-donnees, isbl-consultants.fr) ; des documents ARPEA de 2011-2012 le disent « créé en 2007 ». Ses 10 ans ont été marqués par le colloque du 23 novembre 2017 à la Caisse des Dépôts.",
    sources: [...CREATION, "lerameau-le-programme-impact"],
  },
  // FACTS.md lines 10, 24; seed.
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
  // FACTS.md line 24; seed.
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
  // FACTS.md lines 10-11: associated with the creation of the Observatoire.
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
  // FACTS.md lines 12-13 and the institute column of lines 48-59.
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
  // FACTS.md line 49: ARPEA-Associations was run by Comisis with the CPCA and Avise.
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
  // Named by the brief of issue 6; reseau-alliances.org (FACTS.md line 90) is its site.
  {
    id: "reseau-des-pionniers-des-alliances-en-territoire",
    kind: "organisation",
    name: "Réseau des pionniers des alliances en Territoire",
    roles: ["network"],
    sources: ["reseau-alliances-org"],
  },
  // FACTS.md lines 12-13.
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
