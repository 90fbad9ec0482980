import type * as z from "zod";
import { ActorSchema } from "./actor";
import { FigureSchema } from "./figure";
import { FragilitySchema } from "./fragility";
import { ImpactAxisSchema } from "./impact-axis";
import { PartnershipTypeSchema } from "./partnership-type";
import { PhaseSchema } from "./phase";
import { PopulationSchema } from "./population";
import { ProgrammeSchema } from "./programme";
import { SourceObjectSchema } from "./source";
import { StudySchema } from "./study";
import { TerritorySchema } from "./territory";

/**
 * The collections of a catalog, in the order of the document: the one place where the
 * eleven names are written. Each row gives the element schema, the noun messages use
 * ("unknown study ..."), whether the collection may be left out, and the references its
 * entities hold: the path of an id inside an entity (`"*"` standing for every element of
 * an array) and the collection that id names. `CatalogSchema`, `parseCatalog`'s checks,
 * its messages and `createCatalogIndex`'s maps are all derived from it.
 *
 * @example
 * import { CATALOG_COLLECTIONS } from "@observatoire/impact-core";
 * [Object.keys(CATALOG_COLLECTIONS).length, CATALOG_COLLECTIONS.impactAxes.noun];
 * //=> [11, "impact axis"]
 * CATALOG_COLLECTIONS.figures.references[0];
 * //=> { path: ["population"], target: "populations" }
 */
export const CATALOG_COLLECTIONS = {
  programmes: {
    noun: "programme",
    schema: ProgrammeSchema,
    optional: false,
    references: [
      { path: ["periods", "*", "source"], target: "sources" },
      { path: ["periods", "*", "alsoGivenBy", "*"], target: "sources" },
      { path: ["milestones", "*", "source"], target: "sources" },
      { path: ["partners", "*"], target: "actors" },
      { path: ["sources", "*"], target: "sources" },
    ],
  },
  phases: {
    noun: "phase",
    schema: PhaseSchema,
    optional: false,
    references: [
      { path: ["programme"], target: "programmes" },
      { path: ["partners", "*"], target: "actors" },
      { path: ["populations", "*"], target: "populations" },
      { path: ["sources", "*"], target: "sources" },
    ],
  },
  studies: {
    noun: "study",
    schema: StudySchema,
    optional: false,
    references: [
      { path: ["programme"], target: "programmes" },
      { path: ["phase"], target: "phases" },
      { path: ["populations", "*"], target: "populations" },
      { path: ["institutes", "*"], target: "actors" },
      { path: ["territory"], target: "territories" },
      { path: ["sources", "*"], target: "sources" },
    ],
  },
  actors: {
    noun: "actor",
    schema: ActorSchema,
    optional: false,
    references: [
      { path: ["affiliations", "*"], target: "actors" },
      { path: ["foundingDates", "*", "source"], target: "sources" },
      { path: ["sources", "*"], target: "sources" },
    ],
  },
  populations: {
    noun: "population",
    schema: PopulationSchema,
    optional: false,
    references: [
      { path: ["parent"], target: "populations" },
      { path: ["sources", "*"], target: "sources" },
    ],
  },
  fragilities: {
    noun: "fragility",
    schema: FragilitySchema,
    optional: false,
    references: [{ path: ["sources", "*"], target: "sources" }],
  },
  impactAxes: {
    noun: "impact axis",
    schema: ImpactAxisSchema,
    optional: false,
    references: [
      { path: ["wordings", "*", "source"], target: "sources" },
      { path: ["sources", "*"], target: "sources" },
    ],
  },
  territories: {
    noun: "territory",
    schema: TerritorySchema,
    optional: false,
    references: [
      { path: ["parent"], target: "territories" },
      { path: ["successor"], target: "territories" },
      { path: ["sources", "*"], target: "sources" },
    ],
  },
  partnershipTypes: {
    noun: "partnership type",
    schema: PartnershipTypeSchema,
    optional: true,
    references: [{ path: ["sources", "*"], target: "sources" }],
  },
  sources: {
    noun: "source",
    schema: SourceObjectSchema,
    optional: false,
    references: [],
  },
  figures: {
    noun: "figure",
    schema: FigureSchema,
    optional: false,
    references: [
      { path: ["population"], target: "populations" },
      { path: ["study"], target: "studies" },
      { path: ["programme"], target: "programmes" },
      { path: ["source"], target: "sources" },
      { path: ["territory"], target: "territories" },
      { path: ["axis"], target: "impactAxes" },
      { path: ["fragility"], target: "fragilities" },
      { path: ["partnershipType"], target: "partnershipTypes" },
    ],
  },
} as const satisfies Readonly<Record<string, CollectionRow>>;

/** The name of a collection of a catalog (`"programmes"`, `"impactAxes"`, ...). */
export type CollectionName = keyof typeof CATALOG_COLLECTIONS;

/** A row of {@link CATALOG_COLLECTIONS}. */
export interface CollectionRow {
  /** What one entity is called in messages. */
  readonly noun: string;
  /** The schema of one entity. */
  readonly schema: z.ZodType;
  /** Whether a catalog may leave the collection out (it then defaults to `[]`). */
  readonly optional: boolean;
  /** The ids an entity holds, and the collection each names. */
  readonly references: readonly CollectionReference[];
}

/** A reference held by the entities of a collection. */
export interface CollectionReference {
  /** Where the id sits inside an entity; `"*"` stands for every element of an array. */
  readonly path: readonly string[];
  /** The collection whose ids it names. */
  readonly target: string;
}

/**
 * The names of the collections, in document order.
 *
 * @example
 * import { COLLECTION_NAMES } from "@observatoire/impact-core";
 * [COLLECTION_NAMES[0], COLLECTION_NAMES.at(-1)];
 * //=> ["programmes", "figures"]
 */
export const COLLECTION_NAMES: readonly CollectionName[] = /* @__PURE__ */ (() =>
  Object.freeze(Object.keys(CATALOG_COLLECTIONS) as CollectionName[]))();
