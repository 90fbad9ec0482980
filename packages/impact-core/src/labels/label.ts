import { ImpactError } from "../errors/impact-error";
import { type LocaleInput, readLocale } from "../locale/locale";
import type {
  FigureUnit,
  FragilitySpace,
  MilestoneKind,
  OrganisationRole,
  PhaseKind,
  PopulationGroup,
  SampleQualifier,
  SurveyMode,
  TerritoryLevel,
} from "../models/enums";
import type { CslItemType } from "../models/source";

/** A French and an English label. */
type Labels = readonly [fr: string, en: string];

// One table per enumeration, each typed by its enumeration so that a value added to an
// enumeration without its labels fails to compile.
const POPULATION_GROUP_LABELS: Record<PopulationGroup, Labels> = {
  citizens: ["citoyens", "citizens"],
  "local-elected-officials": ["élus locaux", "local elected officials"],
  "business-leaders": ["dirigeants d’entreprise", "business leaders"],
  "association-leaders": ["responsables associatifs", "association leaders"],
};

const PHASE_KIND_LABELS: Record<PhaseKind, Labels> = {
  exploratory: ["études exploratoires", "exploratory studies"],
  quantitative: ["études quantitatives", "quantitative studies"],
  "territorial-debate": ["mises en débats territoriaux", "territorial debates"],
};

const FRAGILITY_SPACE_LABELS: Record<FragilitySpace, Labels> = {
  vital: ["«\u00a0le vital\u00a0» du citoyen", "the citizen’s “vital” needs"],
  "territorial-dynamics": [
    "la dynamique du territoire et ses leviers",
    "the territory’s dynamics and levers",
  ],
  "societal-foundation": ["le socle sociétal", "the societal foundation"],
};

const TERRITORY_LEVEL_LABELS: Record<TerritoryLevel, Labels> = {
  country: ["pays", "country"],
  region: ["région", "region"],
  "former-region": ["ancienne région", "former region"],
  department: ["département", "department"],
  commune: ["commune", "municipality"],
};

const ORGANISATION_ROLE_LABELS: Record<OrganisationRole, Labels> = {
  founder: ["fondateur", "founder"],
  research: ["recherche", "research"],
  "programme-partner": ["partenaire de programme", "programme partner"],
  "polling-institute": ["institut d’études", "polling institute"],
  network: ["réseau", "network"],
  publisher: ["éditeur", "publisher"],
  academic: ["partenaire académique", "academic partner"],
};

const FIGURE_UNIT_LABELS: Record<FigureUnit, Labels> = {
  proportion: ["proportion", "proportion"],
  score: ["score", "score"],
  count: ["effectif", "count"],
  points: ["points de pourcentage", "percentage points"],
};

const SURVEY_MODE_LABELS: Record<SurveyMode, Labels> = {
  phone: ["par téléphone", "by phone"],
  online: ["en ligne", "online"],
  "face-to-face": ["en face à face", "face to face"],
  mixed: ["mode mixte", "mixed mode"],
  postal: ["par voie postale", "by post"],
};

const MILESTONE_KIND_LABELS: Record<MilestoneKind, Labels> = {
  launch: ["lancement", "launch"],
  colloque: ["colloque", "conference"],
  publication: ["publication", "publication"],
  results: ["résultats", "results"],
  other: ["autre", "other"],
};

const SAMPLE_QUALIFIER_LABELS: Record<SampleQualifier, Labels> = {
  exact: ["exactement", "exactly"],
  "more-than": ["plus de", "more than"],
  approximately: ["environ", "approximately"],
};

const CSL_ITEM_TYPE_LABELS: Record<CslItemType, Labels> = {
  article: ["article", "article"],
  "article-journal": ["article de revue", "journal article"],
  "article-magazine": ["article de magazine", "magazine article"],
  "article-newspaper": ["article de presse", "newspaper article"],
  bill: ["projet de loi", "bill"],
  book: ["livre", "book"],
  broadcast: ["émission", "broadcast"],
  chapter: ["chapitre", "book chapter"],
  classic: ["œuvre classique", "classic"],
  collection: ["collection", "collection"],
  dataset: ["jeu de données", "dataset"],
  document: ["document", "document"],
  entry: ["entrée", "entry"],
  "entry-dictionary": ["entrée de dictionnaire", "dictionary entry"],
  "entry-encyclopedia": ["entrée d’encyclopédie", "encyclopedia entry"],
  event: ["événement", "event"],
  figure: ["figure", "figure"],
  graphic: ["illustration", "graphic"],
  hearing: ["audition", "hearing"],
  interview: ["entretien", "interview"],
  legal_case: ["affaire judiciaire", "legal case"],
  legislation: ["texte législatif", "legislation"],
  manuscript: ["manuscrit", "manuscript"],
  map: ["carte", "map"],
  motion_picture: ["film", "motion picture"],
  musical_score: ["partition", "musical score"],
  pamphlet: ["brochure", "pamphlet"],
  "paper-conference": ["communication de colloque", "conference paper"],
  patent: ["brevet", "patent"],
  performance: ["représentation", "performance"],
  periodical: ["périodique", "periodical"],
  personal_communication: ["communication personnelle", "personal communication"],
  post: ["message en ligne", "online post"],
  "post-weblog": ["billet de blog", "blog post"],
  regulation: ["règlement", "regulation"],
  report: ["rapport", "report"],
  review: ["compte rendu", "review"],
  "review-book": ["compte rendu de livre", "book review"],
  software: ["logiciel", "software"],
  song: ["chanson", "song"],
  speech: ["discours", "speech"],
  standard: ["norme", "standard"],
  thesis: ["thèse", "thesis"],
  treaty: ["traité", "treaty"],
  webpage: ["page web", "web page"],
};

/** @internal Every labelled enumeration, by name, for the tests and the documentation. */
export const LABEL_TABLES = {
  populationGroup: POPULATION_GROUP_LABELS,
  phaseKind: PHASE_KIND_LABELS,
  fragilitySpace: FRAGILITY_SPACE_LABELS,
  territoryLevel: TERRITORY_LEVEL_LABELS,
  organisationRole: ORGANISATION_ROLE_LABELS,
  figureUnit: FIGURE_UNIT_LABELS,
  surveyMode: SURVEY_MODE_LABELS,
  milestoneKind: MILESTONE_KIND_LABELS,
  sampleQualifier: SAMPLE_QUALIFIER_LABELS,
  cslItemType: CSL_ITEM_TYPE_LABELS,
} as const;

/** A value of one of the labelled enumerations (see {@link label}). */
export type LabelledValue =
  | PopulationGroup
  | PhaseKind
  | FragilitySpace
  | TerritoryLevel
  | OrganisationRole
  | FigureUnit
  | SurveyMode
  | MilestoneKind
  | SampleQualifier
  | CslItemType;

// The enumerations share no value (a test checks it), so one flat table answers all. It
// is built on first use: a module-level call would keep the tables in every bundle.
let flatLabels: ReadonlyMap<string, Labels> | undefined;
const labelsOf = (value: string): Labels | undefined => {
  flatLabels ??= new Map(Object.values(LABEL_TABLES).flatMap((table) => Object.entries(table)));
  return flatLabels.get(value);
};

/**
 * The French or English label of an enumeration value of the domain model: population
 * groups, phase kinds, fragility spaces, territory levels, organisation roles, figure
 * units, survey modes, milestone kinds, sample qualifiers and CSL item types. French
 * labels are lowercase, as they read inside a sentence; capitalise them at the start of
 * one.
 *
 * @param value - a value of one of those enumerations (checked at compile time)
 * @param locale - `"fr"` or `"en"`, or a tag of one of them (`"fr-FR"`)
 * @returns the label
 * @throws {ImpactError} `INVALID_INPUT` for a value of no enumeration (path `["value"]`)
 *   or a locale other than `"fr"` or `"en"` (path `["locale"]`)
 * @example
 * import { label } from "@observatoire/impact-core";
 * label("local-elected-officials", "fr");
 * //=> "élus locaux"
 * label("territorial-debate", "en");
 * //=> "territorial debates"
 * label("report", "fr");
 * //=> "rapport"
 * label("voters" as "citizens", "fr");
 * //=> throws INVALID_INPUT
 */
export function label(value: LabelledValue, locale: LocaleInput): string {
  const checkedLocale = readLocale(locale);
  const labels = typeof value === "string" ? labelsOf(value) : undefined;
  if (labels === undefined) {
    throw new ImpactError(
      "INVALID_INPUT",
      `no label for ${typeof value === "string" ? JSON.stringify(value) : String(value)}: it is not a value of a labelled enumeration`,
      { path: ["value"] },
    );
  }
  return checkedLocale === "fr" ? labels[0] : labels[1];
}
