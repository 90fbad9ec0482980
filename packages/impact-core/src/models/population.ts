import * as z from "zod";
import { POPULATION_GROUPS } from "./enums";
import { PopulationIdSchema, SourceIdSchema } from "./ids";
import { TextSchema } from "./localized-text";

/**
 * A surveyed population: one of the four actor groups (`group`), possibly narrowed
 * (`parent`: maires within élus locaux; employer associations within associations).
 *
 * @example
 * import { PopulationSchema } from "@observatoire/impact-core";
 * PopulationSchema.parse({ id: "maires", name: "Maires", group: "local-elected-officials", parent: "elus-locaux" }).parent;
 * //=> "elus-locaux"
 */
export const PopulationSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: PopulationIdSchema,
      name: TextSchema,
      group: z.enum(POPULATION_GROUPS),
      parent: PopulationIdSchema.optional(),
      description: TextSchema.optional(),
      sources: z.array(SourceIdSchema).readonly().prefault([]),
    })
    .readonly())();
/** A validated population. */
export type Population = z.output<typeof PopulationSchema>;
/** The input accepted by {@link PopulationSchema}. */
export type PopulationInput = z.input<typeof PopulationSchema>;
