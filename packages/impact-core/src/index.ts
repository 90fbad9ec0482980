export { assertPlainJson, MAX_NESTING_DEPTH } from "./_lib/forbidden-keys";
export { toValidationIssue } from "./_lib/zod-issues";
export type {
  CatalogIndex,
  CatalogMaps,
  FiguresByPopulationOptions,
} from "./catalog/create-catalog-index";
export { createCatalogIndex } from "./catalog/create-catalog-index";
export type {
  ActorFoundingConflict,
  Conflict,
  FigureConflictKey,
  FigureValueConflict,
  ProgrammePeriodConflict,
} from "./catalog/find-conflicts";
export { findConflicts } from "./catalog/find-conflicts";
export { parseCatalog } from "./catalog/parse-catalog";
export { formatPartialDate, formatPeriod } from "./dates/format-partial-date";
export type { DatePrecision, PartialDateParts } from "./dates/partial-date";
export { comparePartialDates, isPartialDate, parsePartialDate } from "./dates/partial-date";
export { ImpactErrorCode } from "./errors/codes";
export type { ImpactErrorOptions, IssuePath, ValidationIssue } from "./errors/impact-error";
export {
  formatPath,
  ImpactError,
  ImpactValidationError,
  isImpactError,
} from "./errors/impact-error";
export { isValidationIssueCode, ValidationIssueCode } from "./errors/issue-codes";
export { describeValue } from "./input/describe-value";
export type { NumericColumn } from "./input/read-input";
export {
  invalidInput,
  isNumericColumn,
  readNumericColumn,
  readOneOf,
  readOptions,
} from "./input/read-input";
export type { JsonSchema, ModelName } from "./json-schema/model-json-schema";
export { catalogJsonSchema, modelJsonSchema } from "./json-schema/model-json-schema";
export type { LabelledValue } from "./labels/label";
export { label } from "./labels/label";
export type { ImpactLocale, Locale, LocaleInput, ReadLocaleOptions } from "./locale/locale";
export { LOCALES, localeOf, readLocale } from "./locale/locale";
export type { Actor, ActorInput, SourcedDate } from "./models/actor";
export { ActorSchema, SourcedDateSchema } from "./models/actor";
export type { Catalog, CatalogInput } from "./models/catalog";
export { CatalogSchema } from "./models/catalog";
export type {
  CollectionName,
  CollectionReference,
  CollectionRow,
} from "./models/collections";
export { CATALOG_COLLECTIONS, COLLECTION_NAMES } from "./models/collections";
export type {
  FigureUnit,
  FragilitySpace,
  MilestoneKind,
  OrganisationRole,
  PhaseKind,
  PopulationGroup,
  SampleQualifier,
  SurveyMode,
  TerritoryLevel,
} from "./models/enums";
export {
  FIGURE_UNITS,
  FRAGILITY_SPACES,
  MILESTONE_KINDS,
  ORGANISATION_ROLES,
  PHASE_KINDS,
  POPULATION_GROUPS,
  SAMPLE_QUALIFIERS,
  SURVEY_MODES,
  TERRITORY_LEVELS,
} from "./models/enums";
export type { Figure, FigureInput } from "./models/figure";
export { FigureSchema } from "./models/figure";
export type { Fragility, FragilityInput } from "./models/fragility";
export { FragilitySchema } from "./models/fragility";
export { cslDateShapeMessage, MISSING_SOURCE_ID_MESSAGE } from "./models/guessed-shapes";
export type {
  ActorId,
  FigureId,
  FragilityId,
  ImpactAxisId,
  PartnershipTypeId,
  PhaseId,
  PopulationId,
  ProgrammeId,
  SourceId,
  StudyId,
  TerritoryId,
} from "./models/ids";
export {
  ActorIdSchema,
  FigureIdSchema,
  FragilityIdSchema,
  ImpactAxisIdSchema,
  PartnershipTypeIdSchema,
  PhaseIdSchema,
  PopulationIdSchema,
  ProgrammeIdSchema,
  SourceIdSchema,
  StudyIdSchema,
  TerritoryIdSchema,
} from "./models/ids";
export type { ImpactAxis, ImpactAxisInput } from "./models/impact-axis";
export { ImpactAxisSchema } from "./models/impact-axis";
export type { LocalizedText, Text } from "./models/localized-text";
export { LocalizedTextSchema, TextSchema } from "./models/localized-text";
export type { PartialDate, Period, PeriodInput } from "./models/partial-date";
export { PartialDateSchema, PeriodSchema } from "./models/partial-date";
export type { PartnershipType, PartnershipTypeInput } from "./models/partnership-type";
export { PartnershipTypeSchema } from "./models/partnership-type";
export type { Phase, PhaseInput } from "./models/phase";
export { PhaseSchema } from "./models/phase";
export type { Population, PopulationInput } from "./models/population";
export { PopulationSchema } from "./models/population";
export type { Milestone, Programme, ProgrammeInput, SourcedPeriod } from "./models/programme";
export { MilestoneSchema, ProgrammeSchema, SourcedPeriodSchema } from "./models/programme";
export type { CslDate, CslItemType, CslName, Source, SourceInput } from "./models/source";
export { CSL_ITEM_TYPES, CslDateSchema, CslNameSchema, SourceSchema } from "./models/source";
export type { SampleSize, Study, StudyInput } from "./models/study";
export { SampleSizeSchema, StudySchema } from "./models/study";
export type { Territory, TerritoryInput } from "./models/territory";
export { TerritorySchema } from "./models/territory";
export { escapeHtml, escapeMarkdown, httpUrl } from "./text/escape";
export type { LocalizedTextLike, LocalizedWording } from "./text/localize";
export { localize, localizeWithOrigin } from "./text/localize";
export {
  cleanText,
  escapeForTerminal,
  MESSAGE_VALUE_LIMIT,
  truncateForMessage,
} from "./text/safe-text";
export { frenchTypography } from "./text/typography";
