import * as z from "zod";
import { SAMPLE_QUALIFIERS, SURVEY_MODES } from "./enums";
import {
  ActorIdSchema,
  PhaseIdSchema,
  PopulationIdSchema,
  ProgrammeIdSchema,
  SourceIdsFieldSchema,
  StudyIdSchema,
  TerritoryIdSchema,
} from "./ids";
import { PartialDateSchema, PeriodSchema } from "./partial-date";

/**
 * A sample size as published: exact (`302`) or a bound (« plus de 2 000 »).
 *
 * @example
 * import { SampleSizeSchema } from "@observatoire/impact-core";
 * SampleSizeSchema.parse({ size: 2000, qualifier: "more-than" }).qualifier;
 * //=> "more-than"
 */
export const SampleSizeSchema = /* @__PURE__ */ (() =>
  z
    .object({
      size: z.number().int().positive(),
      qualifier: z.enum(SAMPLE_QUALIFIERS).default("exact"),
    })
    .readonly())();
/** A published sample size. */
export type SampleSize = z.output<typeof SampleSizeSchema>;

/**
 * A study: a survey of one or more populations by polling institutes, with its
 * fieldwork, publication date and sample when the sources give them (unknown stays absent).
 *
 * @example
 * import { StudySchema } from "@observatoire/impact-core";
 * const study = StudySchema.parse({
 *   id: "impact-citoyens", name: "IMPACT-Citoyens", programme: "impact",
 *   populations: ["citoyens"], institutes: ["comisis", "opinionway"], published: "2019-10",
 * });
 * [study.sample, study.waves];
 * //=> [undefined, []]
 */
export const StudySchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: StudyIdSchema,
      name: z.string().min(1),
      programme: ProgrammeIdSchema.optional(),
      phase: PhaseIdSchema.optional(),
      populations: z
        .array(PopulationIdSchema)
        .min(1, { error: "a study surveys at least one population" })
        .readonly(),
      institutes: z.array(ActorIdSchema).readonly().prefault([]),
      fieldwork: PeriodSchema.optional(),
      waves: z.array(PartialDateSchema).readonly().prefault([]),
      published: PartialDateSchema.optional(),
      sample: SampleSizeSchema.optional(),
      mode: z.enum(SURVEY_MODES).optional(),
      territory: TerritoryIdSchema.optional(),
      description: z.string().min(1).optional(),
      sources: SourceIdsFieldSchema,
    })
    .readonly())();
/** A validated study. */
export type Study = z.output<typeof StudySchema>;
/** The input accepted by {@link StudySchema}. */
export type StudyInput = z.input<typeof StudySchema>;
