import * as z from "zod";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case slug: lowercase ASCII letters and digits in dash-separated words. */
const slug = () =>
  z.string().regex(SLUG, {
    error: "must be a kebab-case slug (lowercase letters, digits and single dashes)",
  });

/** Id of a {@link Programme}: a kebab-case slug such as `"impact"`. */
export const ProgrammeIdSchema = slug().brand<"ProgrammeId">();
/** Branded id of a programme. */
export type ProgrammeId = z.output<typeof ProgrammeIdSchema>;

/** Id of a {@link Phase}: a kebab-case slug such as `"impact-quantitative"`. */
export const PhaseIdSchema = slug().brand<"PhaseId">();
/** Branded id of a phase. */
export type PhaseId = z.output<typeof PhaseIdSchema>;

/** Id of a {@link Study}: a kebab-case slug such as `"impact-citoyens-2019"`. */
export const StudyIdSchema = slug().brand<"StudyId">();
/** Branded id of a study. */
export type StudyId = z.output<typeof StudyIdSchema>;

/** Id of an {@link Actor}: a kebab-case slug such as `"caisse-des-depots"`. */
export const ActorIdSchema = slug().brand<"ActorId">();
/** Branded id of an actor. */
export type ActorId = z.output<typeof ActorIdSchema>;

/** Id of a {@link Population}: a kebab-case slug such as `"maires"`. */
export const PopulationIdSchema = slug().brand<"PopulationId">();
/** Branded id of a population. */
export type PopulationId = z.output<typeof PopulationIdSchema>;

/** Id of a {@link Fragility}: a kebab-case slug such as `"emploi"`. */
export const FragilityIdSchema = slug().brand<"FragilityId">();
/** Branded id of a fragility. */
export type FragilityId = z.output<typeof FragilityIdSchema>;

/** Id of an {@link ImpactAxis}: `"innovation"`, `"performance"` or `"confiance"` in the reference catalog. */
export const ImpactAxisIdSchema = slug().brand<"ImpactAxisId">();
/** Branded id of an impact axis. */
export type ImpactAxisId = z.output<typeof ImpactAxisIdSchema>;

/** Id of a {@link Territory}: a kebab-case slug such as `"auvergne-rhone-alpes"`. */
export const TerritoryIdSchema = slug().brand<"TerritoryId">();
/** Branded id of a territory. */
export type TerritoryId = z.output<typeof TerritoryIdSchema>;

/** Id of a {@link PartnershipType}: a kebab-case slug such as `"mecenat"`. */
export const PartnershipTypeIdSchema = slug().brand<"PartnershipTypeId">();
/** Branded id of a partnership type. */
export type PartnershipTypeId = z.output<typeof PartnershipTypeIdSchema>;

/** Id of a {@link Figure}: a kebab-case slug such as `"impact-citoyens-innovation-2019"`. */
export const FigureIdSchema = slug().brand<"FigureId">();
/** Branded id of a figure. */
export type FigureId = z.output<typeof FigureIdSchema>;

/**
 * Id of a {@link Source}. Unlike the other ids it is any non-empty string without
 * surrounding spaces, because CSL-JSON exports (Zotero: `"http://zotero.org/users/…"`,
 * `"ITEM-1"`) must load as they are; the reference catalog uses kebab-case slugs.
 */
export const SourceIdSchema = z
  .string()
  .min(1, { error: "must not be empty" })
  .refine((value) => value.trim() === value, { error: "must not start or end with spaces" })
  .brand<"SourceId">();
/** Branded id of a source. */
export type SourceId = z.output<typeof SourceIdSchema>;
