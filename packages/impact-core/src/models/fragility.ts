import * as z from "zod";
import { FRAGILITY_SPACES } from "./enums";
import { FragilityIdSchema, SourceIdSchema } from "./ids";

/**
 * A territorial fragility qualified by PHARE (emploi, pouvoir d'achat, lien social...),
 * in one of its three spaces.
 *
 * @example
 * import { FragilitySchema } from "@observatoire/impact-core";
 * FragilitySchema.parse({ id: "emploi", name: "Emploi", space: "vital", aliases: ["chômage"] }).space;
 * //=> "vital"
 */
export const FragilitySchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: FragilityIdSchema,
      name: z.string().min(1),
      space: z.enum(FRAGILITY_SPACES),
      description: z.string().min(1).optional(),
      aliases: z.array(z.string().min(1)).readonly().prefault([]),
      sources: z.array(SourceIdSchema).readonly().prefault([]),
    })
    .readonly())();
/** A validated fragility. */
export type Fragility = z.output<typeof FragilitySchema>;
/** The input accepted by {@link FragilitySchema}. */
export type FragilityInput = z.input<typeof FragilitySchema>;
