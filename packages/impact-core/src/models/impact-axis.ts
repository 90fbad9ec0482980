import * as z from "zod";
import { ImpactAxisIdSchema, SourceIdSchema } from "./ids";
import { TextSchema } from "./localized-text";

/**
 * An impact axis of innovative alliances (innovation, performance, confiance), with the
 * wordings its sources use.
 *
 * @example
 * import { ImpactAxisSchema } from "@observatoire/impact-core";
 * ImpactAxisSchema.parse({ id: "confiance", order: 3, name: "Confiance", description: "la confiance, moteur de l'engagement" }).order;
 * //=> 3
 */
export const ImpactAxisSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: ImpactAxisIdSchema,
      order: z.number().int().min(1),
      name: TextSchema,
      description: TextSchema,
      wordings: z
        .array(z.object({ text: z.string().min(1), source: SourceIdSchema }).readonly())
        .readonly()
        .prefault([]),
      sources: z.array(SourceIdSchema).readonly().prefault([]),
    })
    .readonly())();
/** A validated impact axis. */
export type ImpactAxis = z.output<typeof ImpactAxisSchema>;
/** The input accepted by {@link ImpactAxisSchema}. */
export type ImpactAxisInput = z.input<typeof ImpactAxisSchema>;
