import * as z from "zod";
import {
  FigureIdSchema,
  FragilityIdSchema,
  ImpactAxisIdSchema,
  PartnershipTypeIdSchema,
  PopulationIdSchema,
  ProgrammeIdSchema,
  SourceIdSchema,
  StudyIdSchema,
  TerritoryIdSchema,
} from "./ids";
import { TextSchema } from "./localized-text";
import { PartialDateSchema } from "./partial-date";

// A pure IIFE, so that bundlers drop these schemas when only zod-free helpers are imported.
const figureBase = /* @__PURE__ */ (() => ({
  id: FigureIdSchema,
  /**
   * What is measured, as a kebab-case key shared by every figure of the same measure
   * (`"partnerships-source-of-innovation"`); two figures of one measure, population,
   * territory and date with different values are a conflict between their sources.
   */
  measure: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a kebab-case key" }),
  /**
   * What the figure says, in French and English (a plain string for a one-language
   * catalog); the source's own wording is in `evidence`.
   */
  statement: TextSchema,
  /** The question asked, when the source gives its wording. */
  question: z.string().min(1).optional(),
  population: PopulationIdSchema,
  study: StudyIdSchema.optional(),
  programme: ProgrammeIdSchema.optional(),
  source: SourceIdSchema,
  /** Where in the source (a page, a section). */
  locator: z.string().min(1).optional(),
  /**
   * The passage of the source that supports the figure, so that a reader can check it
   * from the catalog alone: the source's own wording where it is known (quoted), else
   * what the source states, with the place in the source (`locator`) where known.
   */
  evidence: z.string().min(1).optional(),
  /** The survey wave or reference date the figure describes. */
  date: PartialDateSchema.optional(),
  /** Respondents behind the figure, when the source gives it. */
  sampleSize: z.number().int().positive().optional(),
  territory: TerritoryIdSchema.optional(),
  axis: ImpactAxisIdSchema.optional(),
  fragility: FragilityIdSchema.optional(),
  partnershipType: PartnershipTypeIdSchema.optional(),
  note: TextSchema.optional(),
}))();

const finite = /* @__PURE__ */ (() =>
  z.number().refine(Number.isFinite, {
    error: "must be a finite number",
    params: { code: "not_finite" },
  }))();

/**
 * A published statistic: its value and `unit` (a `proportion` in [0, 1], a `score` on a
 * stated scale, a `count`, a change in `points`), the population, study and source it
 * comes from, the wording, and the sample size when known.
 *
 * @example
 * import { FigureSchema } from "@observatoire/impact-core";
 * const figure = FigureSchema.parse({
 *   id: "impact-citoyens-innovation", measure: "partnerships-source-of-innovation",
 *   statement: "74 % des Français pensent que les partenariats sont source d'innovation",
 *   unit: "proportion", value: 0.74, population: "citoyens", study: "impact-citoyens", source: "impact-citoyens-2019",
 * });
 * [figure.unit, figure.value];
 * //=> ["proportion", 0.74]
 * FigureSchema.safeParse({ ...figure, value: 74 }).success;
 * //=> false
 */
export const FigureSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("unit", [
    z
      .object({
        ...figureBase,
        unit: z.literal("proportion"),
        value: z
          .number()
          .min(0, { error: "a proportion lies in [0, 1]" })
          .max(1, {
            error: (issue) =>
              `a proportion lies in [0, 1], got ${String(issue.input)} (write 74 % as 0.74)`,
          }),
      })
      .readonly(),
    z
      .object({
        ...figureBase,
        unit: z.literal("score"),
        value: finite,
        scale: z
          .object({ min: finite, max: finite })
          .refine((scale) => scale.min < scale.max, {
            error: "scale.min must be below scale.max",
            path: ["max"],
            params: { code: "invalid_scale" },
          })
          .readonly(),
      })
      .check((ctx) => {
        const { value, scale } = ctx.value;
        if (scale.min < scale.max && (value < scale.min || value > scale.max)) {
          ctx.issues.push({
            code: "custom",
            input: value,
            path: ["value"],
            message: `a score on the scale [${scale.min}, ${scale.max}] cannot be ${value}`,
            params: { code: "out_of_range" },
          });
        }
      })
      .readonly(),
    z
      .object({ ...figureBase, unit: z.literal("count"), value: z.number().int().nonnegative() })
      .readonly(),
    z.object({ ...figureBase, unit: z.literal("points"), value: finite }).readonly(),
  ]))();
/** A validated figure. */
export type Figure = z.output<typeof FigureSchema>;
/** The input accepted by {@link FigureSchema}. */
export type FigureInput = z.input<typeof FigureSchema>;
