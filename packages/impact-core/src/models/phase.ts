import * as z from "zod";
import {
  ActorIdSchema,
  PhaseIdSchema,
  PopulationIdSchema,
  ProgrammeIdSchema,
  SourceIdSchema,
} from "./ids";
import { TextSchema } from "./localized-text";
import { PeriodSchema } from "./partial-date";

// A pure IIFE, so that bundlers drop these schemas when only zod-free helpers are imported.
const phaseBase = /* @__PURE__ */ (() => ({
  id: PhaseIdSchema,
  programme: ProgrammeIdSchema,
  name: TextSchema,
  description: TextSchema.optional(),
  order: z.number().int().min(1),
  period: PeriodSchema.optional(),
  sources: z.array(SourceIdSchema).readonly().prefault([]),
}))();

/**
 * A phase of a programme, by kind: `exploratory` studies with academic partners,
 * `quantitative` studies of surveyed populations, or `territorial-debate` with local
 * actors (élus, « catalyseurs territoriaux »).
 *
 * @example
 * import { PhaseSchema } from "@observatoire/impact-core";
 * const phase = PhaseSchema.parse({
 *   id: "impact-quantitative", programme: "impact", kind: "quantitative", order: 2,
 *   name: "Études quantitatives", populations: ["citoyens", "maires"],
 * });
 * phase.kind === "quantitative" ? phase.populations.length : 0;
 * //=> 2
 */
export const PhaseSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("kind", [
    z
      .object({
        ...phaseBase,
        kind: z.literal("exploratory"),
        partners: z.array(ActorIdSchema).readonly().prefault([]),
      })
      .readonly(),
    z
      .object({
        ...phaseBase,
        kind: z.literal("quantitative"),
        populations: z.array(PopulationIdSchema).min(1).readonly(),
      })
      .readonly(),
    z
      .object({
        ...phaseBase,
        kind: z.literal("territorial-debate"),
        stakeholders: z.array(z.string().min(1)).readonly().prefault([]),
      })
      .readonly(),
  ]))();
/** A validated phase. */
export type Phase = z.output<typeof PhaseSchema>;
/** The input accepted by {@link PhaseSchema}. */
export type PhaseInput = z.input<typeof PhaseSchema>;
