import * as z from "zod";
import { MILESTONE_KINDS } from "./enums";
import { ActorIdSchema, ProgrammeIdSchema, SourceIdSchema } from "./ids";
import { TextSchema } from "./localized-text";
import { PartialDateSchema, PeriodSchema } from "./partial-date";

/**
 * A period as one source gives it. A programme keeps every period its sources give
 * (PHARE: 2013-2018 and 2013-2017), each with its own source, so that a disagreement is
 * kept and reported (`findConflicts`) instead of being resolved silently.
 *
 * @example
 * import { SourcedPeriodSchema } from "@observatoire/impact-core";
 * SourcedPeriodSchema.parse({ start: "2013", end: "2018", source: "seed-impact" }).end;
 * //=> "2018"
 */
export const SourcedPeriodSchema = /* @__PURE__ */ (() =>
  z
    .object({
      ...PeriodSchema.unwrap().shape,
      source: SourceIdSchema,
      /** Other sources that give the same period (the seed page gives PHARE's 2013-2017 too). */
      alsoGivenBy: z.array(SourceIdSchema).readonly().optional(),
    })
    .check((ctx) => {
      const check = PeriodSchema.safeParse({ start: ctx.value.start, end: ctx.value.end });
      if (!check.success) {
        for (const issue of check.error.issues) {
          ctx.issues.push({
            code: "custom",
            input: ctx.value,
            path: issue.path,
            message: issue.message,
            ...(issue.code === "custom" && issue.params !== undefined
              ? { params: issue.params }
              : {}),
          });
        }
      }
    })
    .readonly())();
/** A period with its source. */
export type SourcedPeriod = z.output<typeof SourcedPeriodSchema>;

/**
 * A dated event that frames a programme: its launch, a colloque, a report, final results.
 *
 * @example
 * import { MilestoneSchema } from "@observatoire/impact-core";
 * MilestoneSchema.parse({ date: "2017-11-23", kind: "colloque", title: "Colloque", source: "seed" }).kind;
 * //=> "colloque"
 */
export const MilestoneSchema = /* @__PURE__ */ (() =>
  z
    .object({
      date: PartialDateSchema,
      kind: z.enum(MILESTONE_KINDS),
      title: TextSchema,
      place: TextSchema.optional(),
      source: SourceIdSchema,
    })
    .readonly())();
/** A dated event of a programme. */
export type Milestone = z.output<typeof MilestoneSchema>;

/**
 * A five-year research programme of the Observatoire des partenariats (ARPEA, PHARE,
 * IMPACT): its name, title, aim, the periods its sources give, partners and milestones.
 *
 * @example
 * import { ProgrammeSchema } from "@observatoire/impact-core";
 * const impact = ProgrammeSchema.parse({
 *   id: "impact",
 *   name: "IMPACT",
 *   title: "Impacts des Alliances innovantes au service du bien commun",
 *   periods: [{ start: "2018", end: "2022", source: "seed" }],
 * });
 * [impact.periods[0]?.start, impact.partners.length];
 * //=> ["2018", 0]
 */
export const ProgrammeSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: ProgrammeIdSchema,
      name: z.string().min(1),
      title: TextSchema,
      aim: TextSchema.optional(),
      periods: z
        .array(SourcedPeriodSchema)
        .min(1, { error: "a programme needs at least one period" })
        .readonly(),
      milestones: z.array(MilestoneSchema).readonly().prefault([]),
      partners: z.array(ActorIdSchema).readonly().prefault([]),
      sources: z.array(SourceIdSchema).readonly().prefault([]),
    })
    .readonly())();
/** A validated programme. */
export type Programme = z.output<typeof ProgrammeSchema>;
/** The input accepted by {@link ProgrammeSchema}. */
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;
