import * as z from "zod";
import { FRAGILITY_SPACES } from "./enums";
import { FragilityIdSchema, SourceIdsFieldSchema } from "./ids";

/**
 * A territorial fragility qualified by PHARE (emploi, pouvoir d'achat, lien social...).
 * PHARE groups its fragilities in three spaces ({@link FRAGILITY_SPACES}); `space` holds
 * the one a source assigns, and stays absent when no source says which it is.
 *
 * @example
 * import { FragilitySchema } from "@observatoire/impact-core";
 * const emploi = FragilitySchema.parse({ id: "emploi", name: "Emploi", aliases: ["chômage"] });
 * [emploi.aliases, emploi.space];
 * //=> [["chômage"], undefined]
 * FragilitySchema.parse({ id: "x", name: "X", space: "societal-foundation" }).space;
 * //=> "societal-foundation"
 * FragilitySchema.safeParse({ id: "x", name: "X", space: "jobs" }).success;
 * //=> false
 */
export const FragilitySchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: FragilityIdSchema,
      name: z.string().min(1),
      /** The space a source assigns the fragility to; absent when no source says. */
      space: z.enum(FRAGILITY_SPACES).optional(),
      description: z.string().min(1).optional(),
      aliases: z.array(z.string().min(1)).readonly().prefault([]),
      sources: SourceIdsFieldSchema,
    })
    .readonly())();
/** A validated fragility. */
export type Fragility = z.output<typeof FragilitySchema>;
/** The input accepted by {@link FragilitySchema}. */
export type FragilityInput = z.input<typeof FragilitySchema>;
