export { MAX_COLUMN_LENGTH } from "./_lib/validate";
export type { ChiSquareTestOptions, ChiSquareTestResult } from "./comparisons/chi-square-test";
export { chiSquareTest } from "./comparisons/chi-square-test";
export type {
  CompareWavesOptions,
  Wave,
  WaveComparison,
  WaveEstimate,
} from "./comparisons/compare-waves";
export { compareWaves } from "./comparisons/compare-waves";
export type { DifferenceOfProportionsOptions } from "./comparisons/difference-of-proportions";
export { differenceOfProportions } from "./comparisons/difference-of-proportions";
export type { ZTestResult } from "./comparisons/two-proportion-z-test";
export { twoProportionZTest } from "./comparisons/two-proportion-z-test";
export { kishDesignEffect, kishEffectiveSampleSize } from "./design/kish";
export type { MarginOfErrorOptions } from "./design/margin-of-error";
export { marginOfError } from "./design/margin-of-error";
export type { ReplicateDesignOptions, ReplicateMethod } from "./design/replicate-design";
export { replicateDesign } from "./design/replicate-design";
export type {
  LabelColumn,
  LonelyPsu,
  ReplicateDesignInput,
  ReplicateType,
  SurveyDesign,
  SurveyDesignInput,
} from "./design/survey-design";
export {
  isSurveyDesign,
  LONELY_PSU_RULES,
  REPLICATE_TYPES,
  surveyDesign,
} from "./design/survey-design";
export type { ReportLocale } from "./format/_locale";
export type { FormatIntervalOptions } from "./format/format-interval";
export { formatInterval } from "./format/format-interval";
export type { FormatPercentOptions } from "./format/format-percent";
export { formatPercent } from "./format/format-percent";
export type { FormatPointsOptions } from "./format/format-points";
export { formatPoints } from "./format/format-points";
export type {
  IntervalChartRow,
  IntervalChartSpecOptions,
  VegaLiteSpec,
} from "./format/interval-chart-spec";
export { intervalChartSpec } from "./format/interval-chart-spec";
export type { BinomialIntervalOptions } from "./intervals/_binomial-input";
export { agrestiCoullInterval } from "./intervals/agresti-coull-interval";
export { clopperPearsonInterval } from "./intervals/clopper-pearson-interval";
export { jeffreysInterval } from "./intervals/jeffreys-interval";
export type { ProportionIntervalOptions } from "./intervals/proportion-interval";
export { proportionInterval } from "./intervals/proportion-interval";
export { waldInterval } from "./intervals/wald-interval";
export { wilsonInterval } from "./intervals/wilson-interval";
export type {
  DomainAccumulator,
  DomainGroupState,
  ProportionAccumulator,
  ProportionAccumulatorState,
} from "./survey/accumulators";
export { createDomainAccumulator, createProportionAccumulator } from "./survey/accumulators";
export type {
  DesignAccumulator,
  DesignAccumulatorState,
  DesignCellState,
  DesignRow,
} from "./survey/design-accumulator";
export { createDesignAccumulator } from "./survey/design-accumulator";
export type { DomainProportionsOptions } from "./survey/domain-proportions";
export { domainProportions } from "./survey/domain-proportions";
export type {
  DomainStatistic,
  MissingValues,
  SurveyMeanOptions,
  SurveyStatistic,
} from "./survey/survey-mean";
export { domainMeans, domainTotals, surveyMean, surveyTotal } from "./survey/survey-mean";
export type { CheckedSurveyOptions } from "./survey/survey-options";
export { checkSurveyOptions } from "./survey/survey-options";
export type { SurveyProportionOptions } from "./survey/survey-proportion";
export { surveyProportion } from "./survey/survey-proportion";

// shared types
export type {
  BinomialCount,
  DifferenceMethod,
  DomainEstimate,
  Interval,
  NumericColumn,
  ProportionMethod,
  SurveyEstimate,
  SurveyMethod,
} from "./types";

// weighting

export type {
  CalibrateOptions,
  CalibrationFunction,
  CalibrationResult,
} from "./weighting/calibrate";
export { calibrate } from "./weighting/calibrate";
export type { PostStratifyInput, PostStratifyResult } from "./weighting/post-stratify";
export { postStratify } from "./weighting/post-stratify";
export type { RakeInput, RakeMargin, RakeOptions, RakeResult } from "./weighting/rake";
export { rake } from "./weighting/rake";
export type { TrimWeightsOptions, TrimWeightsResult } from "./weighting/trim-weights";
export { trimWeights } from "./weighting/trim-weights";
export type { CategoryCode, WeightingTargets } from "./weighting/types";

// end weighting

export type {
  ComponentArray,
  ComponentRecord,
  CompositeAggregation,
  CompositeIndexOptions,
} from "./composite/composite-index";
// composite
export { compositeIndex } from "./composite/composite-index";
export type {
  DistanceToReferenceOptions,
  GoalpostsOptions,
  MinMaxOptions,
  NormalizeCommonOptions,
  NormalizeMethod,
  NormalizeOptions,
  PercentRankOptions,
  RankOptions,
  ZScoreOptions,
} from "./composite/normalize";
export { normalize } from "./composite/normalize";
// end composite
