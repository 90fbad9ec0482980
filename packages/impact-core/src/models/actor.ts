import * as z from "zod";
import { ORGANISATION_ROLES } from "./enums";
import { ActorIdSchema, SourceIdSchema } from "./ids";
import { PartialDateSchema } from "./partial-date";

/**
 * A date as one source gives it, with the source's wording where known. An organisation
 * keeps every founding date its sources give, so that a disagreement is reported by
 * `findConflicts` instead of being resolved silently.
 *
 * @example
 * import { SourcedDateSchema } from "@observatoire/impact-core";
 * SourcedDateSchema.parse({ date: "2008", source: "lerameau-d-comme-donnees" }).date;
 * //=> "2008"
 */
export const SourcedDateSchema = /* @__PURE__ */ (() =>
  z
    .object({
      date: PartialDateSchema,
      source: SourceIdSchema,
      /** The source's wording, where known (`"créé en 2007"`). */
      evidence: z.string().min(1).optional(),
    })
    .readonly())();
/** A date with its source. */
export type SourcedDate = z.output<typeof SourcedDateSchema>;

/**
 * An actor: an `organisation` (Caisse des Dépôts, Le RAMEAU, Comisis, OpinionWay...) or
 * a `person` (a scientific director), discriminated by `kind`.
 *
 * @example
 * import { ActorSchema } from "@observatoire/impact-core";
 * const actor = ActorSchema.parse({ id: "le-rameau", kind: "organisation", name: "Le RAMEAU", roles: ["founder"] });
 * actor.kind === "organisation" ? actor.roles : [];
 * //=> ["founder"]
 */
export const ActorSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("kind", [
    z
      .object({
        id: ActorIdSchema,
        kind: z.literal("organisation"),
        name: z.string().min(1),
        shortName: z.string().min(1).optional(),
        roles: z.array(z.enum(ORGANISATION_ROLES)).readonly().prefault([]),
        founded: PartialDateSchema.optional(),
        /** Every founding date the sources give, each with its source (see `findConflicts`). */
        foundingDates: z.array(SourcedDateSchema).readonly().optional(),
        description: z.string().min(1).optional(),
        url: z.url({ protocol: /^https?$/ }).optional(),
        sources: z.array(SourceIdSchema).readonly().prefault([]),
      })
      .readonly(),
    z
      .object({
        id: ActorIdSchema,
        kind: z.literal("person"),
        family: z.string().min(1),
        given: z.string().min(1),
        affiliations: z.array(ActorIdSchema).readonly().prefault([]),
        role: z.string().min(1).optional(),
        sources: z.array(SourceIdSchema).readonly().prefault([]),
      })
      .readonly(),
  ]))();
/** A validated actor. */
export type Actor = z.output<typeof ActorSchema>;
/** The input accepted by {@link ActorSchema}. */
export type ActorInput = z.input<typeof ActorSchema>;
