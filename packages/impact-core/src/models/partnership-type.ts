import * as z from "zod";
import { PartnershipTypeIdSchema, SourceIdsFieldSchema } from "./ids";

/**
 * A type of partnership (pratiques responsables, mécénat, coopération économique,
 * innovation sociétale) with its definition as a source gives it.
 *
 * @example
 * import { PartnershipTypeSchema } from "@observatoire/impact-core";
 * PartnershipTypeSchema.parse({ id: "mecenat", name: "Mécénat" }).name;
 * //=> "Mécénat"
 */
export const PartnershipTypeSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: PartnershipTypeIdSchema,
      name: z.string().min(1),
      definition: z.string().min(1).optional(),
      sources: SourceIdsFieldSchema,
    })
    .readonly())();
/** A validated partnership type. */
export type PartnershipType = z.output<typeof PartnershipTypeSchema>;
/** The input accepted by {@link PartnershipTypeSchema}. */
export type PartnershipTypeInput = z.input<typeof PartnershipTypeSchema>;
