/**
 * The zod-free kernel of impact-core (`@observatoire/impact-core/kernel`): errors and
 * their codes, validation issue codes, the one locale type and its reader, the input
 * readers, partial dates and the text rules. Indicators and citations import only this
 * entry, so an app that wants a Wilson interval or a reference never loads zod.
 * `@observatoire/impact-core` re-exports all of it.
 *
 * @module
 */

export { assertPlainJson, MAX_NESTING_DEPTH } from "./_lib/forbidden-keys";
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
export type { ImpactLocale, Locale, LocaleInput, ReadLocaleOptions } from "./locale/locale";
export { LOCALES, localeOf, readLocale } from "./locale/locale";
export { cslDateShapeMessage, MISSING_SOURCE_ID_MESSAGE } from "./models/guessed-shapes";
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
