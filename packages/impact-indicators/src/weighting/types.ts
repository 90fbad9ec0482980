/** A respondent's category in a weighting variable: a label such as `"F"` or a number such as `3`. */
export type CategoryCode = string | number;

/**
 * Population totals per category. Keys are compared as strings, so the numeric code
 * `3` matches the key `"3"` of an object and the key `3` (or `"3"`) of a Map.
 */
export type WeightingTargets =
  | Readonly<Record<string, number>>
  | ReadonlyMap<string, number>
  | ReadonlyMap<number, number>
  | ReadonlyMap<string | number, number>;
