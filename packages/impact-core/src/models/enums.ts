/**
 * The enumerations of the domain model. Each is a readonly tuple usable with
 * `z.enum`, and each value has French and English labels (see `label`).
 */

/**
 * The four actor groups the Observatoire surveys.
 *
 * @example
 * import { POPULATION_GROUPS } from "@observatoire/impact-core";
 * POPULATION_GROUPS;
 * //=> ["citizens", "local-elected-officials", "business-leaders", "association-leaders"]
 */
export const POPULATION_GROUPS = [
  "citizens",
  "local-elected-officials",
  "business-leaders",
  "association-leaders",
] as const;
/** One of {@link POPULATION_GROUPS}. */
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

/**
 * The kinds of phase of a programme (IMPACT's three phases).
 *
 * @example
 * import { PHASE_KINDS } from "@observatoire/impact-core";
 * PHASE_KINDS.length;
 * //=> 3
 */
export const PHASE_KINDS = ["exploratory", "quantitative", "territorial-debate"] as const;
/** One of {@link PHASE_KINDS}. */
export type PhaseKind = (typeof PHASE_KINDS)[number];

/**
 * The three spaces in which PHARE groups territorial fragilities: « le vital » du
 * citoyen, la dynamique du territoire et ses leviers, le socle sociétal. `label` gives
 * these French names.
 *
 * @example
 * import { FRAGILITY_SPACES, label } from "@observatoire/impact-core";
 * FRAGILITY_SPACES;
 * //=> ["vital", "territorial-dynamics", "societal-foundation"]
 * FRAGILITY_SPACES.map((space) => label(space, "fr"));
 * //=> ["«\u00a0le vital\u00a0» du citoyen", "la dynamique du territoire et ses leviers", "le socle sociétal"]
 */
export const FRAGILITY_SPACES = ["vital", "territorial-dynamics", "societal-foundation"] as const;
/** One of {@link FRAGILITY_SPACES}. */
export type FragilitySpace = (typeof FRAGILITY_SPACES)[number];

/**
 * The levels of a territory; `former-region` names the regions before the 2016 reform
 * (Rhône-Alpes, Provence-Alpes-Côte d'Azur as named by older figures).
 *
 * @example
 * import { TERRITORY_LEVELS } from "@observatoire/impact-core";
 * TERRITORY_LEVELS.includes("former-region");
 * //=> true
 */
export const TERRITORY_LEVELS = [
  "country",
  "region",
  "former-region",
  "department",
  "commune",
] as const;
/** One of {@link TERRITORY_LEVELS}. */
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

/**
 * The roles an organisation plays in the Observatoire's work.
 *
 * @example
 * import { ORGANISATION_ROLES } from "@observatoire/impact-core";
 * ORGANISATION_ROLES.includes("polling-institute");
 * //=> true
 */
export const ORGANISATION_ROLES = [
  "founder",
  "research",
  "programme-partner",
  "polling-institute",
  "network",
  "publisher",
  "academic",
] as const;
/** One of {@link ORGANISATION_ROLES}. */
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/**
 * The units of a published figure: a `proportion` in [0, 1], a `score` on a stated
 * scale (7,1/10), a `count`, or a change in percentage `points`.
 *
 * @example
 * import { FIGURE_UNITS } from "@observatoire/impact-core";
 * FIGURE_UNITS;
 * //=> ["proportion", "score", "count", "points"]
 */
export const FIGURE_UNITS = ["proportion", "score", "count", "points"] as const;
/** One of {@link FIGURE_UNITS}. */
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * How a survey collected its answers.
 *
 * @example
 * import { SURVEY_MODES } from "@observatoire/impact-core";
 * SURVEY_MODES.includes("phone");
 * //=> true
 */
export const SURVEY_MODES = ["phone", "online", "face-to-face", "mixed", "postal"] as const;
/** One of {@link SURVEY_MODES}. */
export type SurveyMode = (typeof SURVEY_MODES)[number];

/**
 * The kinds of dated event that frame a programme.
 *
 * @example
 * import { MILESTONE_KINDS } from "@observatoire/impact-core";
 * MILESTONE_KINDS;
 * //=> ["launch", "colloque", "publication", "results", "other"]
 */
export const MILESTONE_KINDS = ["launch", "colloque", "publication", "results", "other"] as const;
/** One of {@link MILESTONE_KINDS}. */
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/**
 * How exact a published sample size is: `exact` (302), `more-than` (« plus de 2 000 »),
 * or `approximately`.
 *
 * @example
 * import { SAMPLE_QUALIFIERS } from "@observatoire/impact-core";
 * SAMPLE_QUALIFIERS.includes("more-than");
 * //=> true
 */
export const SAMPLE_QUALIFIERS = ["exact", "more-than", "approximately"] as const;
/** One of {@link SAMPLE_QUALIFIERS}. */
export type SampleQualifier = (typeof SAMPLE_QUALIFIERS)[number];
