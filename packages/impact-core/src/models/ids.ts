import * as z from "zod";
import { ValidationIssueCode } from "../errors/issue-codes";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case slug: lowercase ASCII letters and digits in dash-separated words. */
const slug = () =>
  z.string().regex(SLUG, {
    error: "must be a kebab-case slug (lowercase letters, digits and single dashes)",
  });

/**
 * Id of a {@link Programme}: a kebab-case slug such as `"impact"`.
 *
 * @example
 * import { ProgrammeIdSchema } from "@observatoire/impact-core";
 * [ProgrammeIdSchema.safeParse("impact").success, ProgrammeIdSchema.safeParse("IMPACT").success];
 * //=> [true, false]
 */
export const ProgrammeIdSchema = /* @__PURE__ */ (() => slug().brand<"ProgrammeId">())();
/** Branded id of a programme. */
export type ProgrammeId = z.output<typeof ProgrammeIdSchema>;

/**
 * Id of a {@link Phase}: a kebab-case slug such as `"impact-quantitative"`.
 *
 * @example
 * import { PhaseIdSchema } from "@observatoire/impact-core";
 * [PhaseIdSchema.safeParse("impact-quantitative").success, PhaseIdSchema.safeParse("impact quantitative").success];
 * //=> [true, false]
 */
export const PhaseIdSchema = /* @__PURE__ */ (() => slug().brand<"PhaseId">())();
/** Branded id of a phase. */
export type PhaseId = z.output<typeof PhaseIdSchema>;

/**
 * Id of a {@link Study}: a kebab-case slug such as `"impact-citoyens-2019"`.
 *
 * @example
 * import { StudyIdSchema } from "@observatoire/impact-core";
 * [StudyIdSchema.safeParse("impact-citoyens-2019").success, StudyIdSchema.safeParse("impact--citoyens").success];
 * //=> [true, false]
 */
export const StudyIdSchema = /* @__PURE__ */ (() => slug().brand<"StudyId">())();
/** Branded id of a study. */
export type StudyId = z.output<typeof StudyIdSchema>;

/**
 * Id of an {@link Actor}: a kebab-case slug such as `"caisse-des-depots"`.
 *
 * @example
 * import { ActorIdSchema } from "@observatoire/impact-core";
 * [ActorIdSchema.safeParse("caisse-des-depots").success, ActorIdSchema.safeParse("Caisse des Dépôts").success];
 * //=> [true, false]
 */
export const ActorIdSchema = /* @__PURE__ */ (() => slug().brand<"ActorId">())();
/** Branded id of an actor. */
export type ActorId = z.output<typeof ActorIdSchema>;

/**
 * Id of a {@link Population}: a kebab-case slug such as `"maires"`.
 *
 * @example
 * import { PopulationIdSchema } from "@observatoire/impact-core";
 * [PopulationIdSchema.safeParse("maires").success, PopulationIdSchema.safeParse("-maires").success];
 * //=> [true, false]
 */
export const PopulationIdSchema = /* @__PURE__ */ (() => slug().brand<"PopulationId">())();
/** Branded id of a population. */
export type PopulationId = z.output<typeof PopulationIdSchema>;

/**
 * Id of a {@link Fragility}: a kebab-case slug such as `"emploi"`.
 *
 * @example
 * import { FragilityIdSchema } from "@observatoire/impact-core";
 * [FragilityIdSchema.safeParse("emploi").success, FragilityIdSchema.safeParse("emploi_").success];
 * //=> [true, false]
 */
export const FragilityIdSchema = /* @__PURE__ */ (() => slug().brand<"FragilityId">())();
/** Branded id of a fragility. */
export type FragilityId = z.output<typeof FragilityIdSchema>;

/**
 * Id of an {@link ImpactAxis}: `"innovation"`, `"performance"` or `"confiance"` in the reference catalog.
 *
 * @example
 * import { ImpactAxisIdSchema } from "@observatoire/impact-core";
 * [ImpactAxisIdSchema.safeParse("confiance").success, ImpactAxisIdSchema.safeParse("").success];
 * //=> [true, false]
 */
export const ImpactAxisIdSchema = /* @__PURE__ */ (() => slug().brand<"ImpactAxisId">())();
/** Branded id of an impact axis. */
export type ImpactAxisId = z.output<typeof ImpactAxisIdSchema>;

/**
 * Id of a {@link Territory}: a kebab-case slug such as `"auvergne-rhone-alpes"`.
 *
 * @example
 * import { TerritoryIdSchema } from "@observatoire/impact-core";
 * [TerritoryIdSchema.safeParse("auvergne-rhone-alpes").success, TerritoryIdSchema.safeParse("Rhône-Alpes").success];
 * //=> [true, false]
 */
export const TerritoryIdSchema = /* @__PURE__ */ (() => slug().brand<"TerritoryId">())();
/** Branded id of a territory. */
export type TerritoryId = z.output<typeof TerritoryIdSchema>;

/**
 * Id of a {@link PartnershipType}: a kebab-case slug such as `"mecenat"`.
 *
 * @example
 * import { PartnershipTypeIdSchema } from "@observatoire/impact-core";
 * [PartnershipTypeIdSchema.safeParse("mecenat").success, PartnershipTypeIdSchema.safeParse("mécénat").success];
 * //=> [true, false]
 */
export const PartnershipTypeIdSchema = /* @__PURE__ */ (() =>
  slug().brand<"PartnershipTypeId">())();
/** Branded id of a partnership type. */
export type PartnershipTypeId = z.output<typeof PartnershipTypeIdSchema>;

/**
 * Id of a {@link Figure}: a kebab-case slug such as `"impact-citoyens-innovation-2019"`.
 *
 * @example
 * import { FigureIdSchema } from "@observatoire/impact-core";
 * [FigureIdSchema.safeParse("impact-citoyens-innovation-2019").success, FigureIdSchema.safeParse("figure 1").success];
 * //=> [true, false]
 */
export const FigureIdSchema = /* @__PURE__ */ (() => slug().brand<"FigureId">())();
/** Branded id of a figure. */
export type FigureId = z.output<typeof FigureIdSchema>;

/**
 * Id of a {@link Source}. Unlike the other ids it is any non-empty string without
 * surrounding spaces, because CSL-JSON exports (Zotero: `"http://zotero.org/users/…"`,
 * `"ITEM-1"`) must load as they are; the reference catalog uses kebab-case slugs.
 *
 * @example
 * import { SourceIdSchema } from "@observatoire/impact-core";
 * [SourceIdSchema.safeParse("http://zotero.org/users/1/items/ABCD1234").success, SourceIdSchema.safeParse(" ITEM-1").success];
 * //=> [true, false]
 */
export const SourceIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1, { error: "must not be empty" })
    .refine((value) => value.trim() === value, {
      error: "must not start or end with spaces",
      params: { code: ValidationIssueCode.INVALID_FORMAT },
    })
    .brand<"SourceId">())();
/** Branded id of a source. */
export type SourceId = z.output<typeof SourceIdSchema>;

/**
 * The `sources` field of every entity: the ids of the sources that back it, `[]` when
 * left out. One schema, shared by the models.
 *
 * @internal
 */
export const SourceIdsFieldSchema = /* @__PURE__ */ (() =>
  z.array(SourceIdSchema).readonly().prefault([]))();
