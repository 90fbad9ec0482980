import * as z from "zod";
import { SourceIdsFieldSchema, TerritoryIdSchema } from "./ids";

// A pure IIFE, so that bundlers drop these schemas when only zod-free helpers are imported.
const territoryBase = /* @__PURE__ */ (() => ({
  id: TerritoryIdSchema,
  name: z.string().min(1),
  sources: SourceIdsFieldSchema,
}))();

const inseeRegion = /* @__PURE__ */ (() =>
  z.string().regex(/^\d{2}$/, { error: "an INSEE region code has two digits" }))();

/**
 * A territory, by `level`: the `country`; a current `region` with its two-digit INSEE
 * code; a `former-region` (before 2016) with the region that succeeded it; a
 * `department` or a `commune` with its INSEE code and parent.
 *
 * @example
 * import { TerritorySchema } from "@observatoire/impact-core";
 * const t = TerritorySchema.parse({ id: "rhone-alpes", level: "former-region", name: "Rhône-Alpes", successor: "auvergne-rhone-alpes" });
 * t.level === "former-region" ? t.successor : undefined;
 * //=> "auvergne-rhone-alpes"
 */
export const TerritorySchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("level", [
    z
      .object({
        ...territoryBase,
        level: z.literal("country"),
        isoCode: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .optional(),
      })
      .readonly(),
    z
      .object({
        ...territoryBase,
        level: z.literal("region"),
        inseeCode: inseeRegion,
        parent: TerritoryIdSchema.optional(),
      })
      .readonly(),
    z
      .object({
        ...territoryBase,
        level: z.literal("former-region"),
        inseeCode: inseeRegion.optional(),
        successor: TerritoryIdSchema,
        parent: TerritoryIdSchema.optional(),
      })
      .readonly(),
    z
      .object({
        ...territoryBase,
        level: z.literal("department"),
        inseeCode: z.string().regex(/^(\d{2,3}|2A|2B)$/, {
          error: "an INSEE department code is 01-95, 2A, 2B or 971-976",
        }),
        parent: TerritoryIdSchema.optional(),
      })
      .readonly(),
    z
      .object({
        ...territoryBase,
        level: z.literal("commune"),
        inseeCode: z
          .string()
          .regex(/^(\d{5}|2[AB]\d{3})$/, { error: "an INSEE commune code has five characters" }),
        parent: TerritoryIdSchema.optional(),
      })
      .readonly(),
  ]))();
/** A validated territory. */
export type Territory = z.output<typeof TerritorySchema>;
/** The input accepted by {@link TerritorySchema}. */
export type TerritoryInput = z.input<typeof TerritorySchema>;
