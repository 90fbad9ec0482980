export { ImpactErrorCode } from "./errors/codes";
export type { ImpactErrorOptions, IssuePath, ValidationIssue } from "./errors/impact-error";
export {
  formatPath,
  ImpactError,
  ImpactValidationError,
  isImpactError,
} from "./errors/impact-error";
