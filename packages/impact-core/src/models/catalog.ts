import * as z from "zod";
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
 * The shape of a catalog: one array of entities per model. This schema checks each
 * entity; `parseCatalog` adds the checks across entities (ids resolve, no duplicates,
 * dates inside programme periods) and reports every problem at once.
 *
 * @example
 * import { CatalogSchema } from "@observatoire/impact-core";
 * CatalogSchema.parse({
 *   programmes: [], phases: [], studies: [], actors: [], populations: [], fragilities: [],
 *   impactAxes: [], territories: [], sources: [], figures: [],
 * }).partnershipTypes;
 * //=> []
 */
export const CatalogSchema = /* @__PURE__ */ (() =>
  z
    .object({
      programmes: z.array(ProgrammeSchema).readonly(),
      phases: z.array(PhaseSchema).readonly(),
      studies: z.array(StudySchema).readonly(),
      actors: z.array(ActorSchema).readonly(),
      populations: z.array(PopulationSchema).readonly(),
      fragilities: z.array(FragilitySchema).readonly(),
      impactAxes: z.array(ImpactAxisSchema).readonly(),
      territories: z.array(TerritorySchema).readonly(),
      partnershipTypes: z.array(PartnershipTypeSchema).readonly().prefault([]),
      sources: z.array(SourceObjectSchema).readonly(),
      figures: z.array(FigureSchema).readonly(),
    })
    .readonly())();
/** A validated catalog (see `parseCatalog` for the integrity checks). */
export type Catalog = z.output<typeof CatalogSchema>;
/** The input accepted by {@link CatalogSchema}. */
export type CatalogInput = z.input<typeof CatalogSchema>;
