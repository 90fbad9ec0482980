import { ImpactError, type IssuePath } from "@observatoire/impact-core/kernel";
import { describe, isNumericColumn } from "../../_lib/validate";

/** Population targets read into arrays, one slot per category. */
export interface TargetTable {
  /** Category keys as strings, in the order of the targets object or map. */
  readonly keys: readonly string[];
  /** Target total of each category, same order as `keys`. */
  readonly totals: Float64Array;
  /** Sum of the targets. */
  readonly total: number;
  /** Category index of each key. */
  readonly index: ReadonlyMap<string, number>;
}

/** A margin whose codes were mapped once to integer category indices. */
export interface EncodedCells extends TargetTable {
  /** Category index of each respondent. */
  readonly cells: Int32Array;
}

const MAX_LISTED = 8;

/**
 * How messages write a category key: its label when the codes are integer indices into
 * `labels` (a streaming caller's encoding), the key itself otherwise.
 */
type KeyName = (key: string) => string;

const asWritten: KeyName = (key) => key;

/** @internal The key namer of a margin's `labels`. */
export function keyNames(labels: readonly string[] | undefined): KeyName {
  if (labels === undefined) return asWritten;
  return (key) => (/^(?:0|[1-9]\d*)$/.test(key) ? (labels[Number(key)] ?? key) : key);
}

/**
 * Reads a targets object or map. Map keys and object keys are both compared as
 * strings (`String(key)`), so numeric codes can be matched by `{ "1": 480 }` or by
 * `new Map([[1, 480]])`.
 *
 * @internal
 */
export function readTargets(
  targets: unknown,
  path: IssuePath,
  name: KeyName = asWritten,
): TargetTable {
  const entries: [string, unknown][] = [];
  if (targets instanceof Map) {
    const seen = new Set<string>();
    for (const [rawKey, value] of targets as Map<unknown, unknown>) {
      if (typeof rawKey !== "string" && !(typeof rawKey === "number" && Number.isFinite(rawKey))) {
        throw new ImpactError(
          "INVALID_INPUT",
          `target keys must be strings or finite numbers, got ${describe(rawKey)}`,
          { path },
        );
      }
      const key = String(rawKey);
      if (seen.has(key)) {
        throw new ImpactError(
          "INVALID_INPUT",
          `targets has two keys that read as ${JSON.stringify(name(key))} (a number and a string); keep one`,
          { path: [...path, key] },
        );
      }
      seen.add(key);
      entries.push([key, value]);
    }
  } else if (typeof targets === "object" && targets !== null && !Array.isArray(targets)) {
    for (const key of Object.keys(targets)) {
      entries.push([key, (targets as Record<string, unknown>)[key]]);
    }
  } else {
    throw new ImpactError(
      "INVALID_INPUT",
      `targets must be an object or a Map from category code to population total, got ${describe(targets)}`,
      { path },
    );
  }
  if (entries.length === 0) {
    throw new ImpactError("INVALID_INPUT", "targets has no category", { path });
  }
  const keys: string[] = [];
  const totals = new Float64Array(entries.length);
  const index = new Map<string, number>();
  let total = 0;
  for (const [key, value] of entries) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new ImpactError(
        "INVALID_INPUT",
        `target of category ${JSON.stringify(name(key))} must be a finite number >= 0, got ${describe(value)}`,
        { path: [...path, key] },
      );
    }
    index.set(key, keys.length);
    totals[keys.length] = value;
    keys.push(key);
    total += value;
  }
  if (!(total > 0)) {
    throw new ImpactError("INVALID_INPUT", "targets sum to 0: the population total must be > 0", {
      path,
    });
  }
  return { keys, totals, total, index };
}

/**
 * Maps each respondent's code to its category index once, so that every later pass
 * is a typed-array loop. Checks the length, the type of every code, and that every
 * code has a target; then checks that every category with a positive target holds
 * some weight.
 *
 * @internal
 */
export function encodeCells(
  codes: unknown,
  targets: unknown,
  weights: Float64Array,
  path: IssuePath,
  lengthSource: string,
  name: KeyName = asWritten,
): EncodedCells {
  const table = readTargets(targets, [...path, "targets"], name);
  const codesPath = [...path, "codes"];
  if (!isNumericColumn(codes)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `codes must be an array of category codes (strings or numbers), got ${describe(codes)}`,
      { path: codesPath },
    );
  }
  const n = weights.length;
  if (codes.length !== n) {
    throw new ImpactError(
      "INVALID_INPUT",
      `codes has ${codes.length} entries but ${lengthSource} has ${n}`,
      { path: codesPath },
    );
  }
  const cells = new Int32Array(n);
  const byNumber = new Map<number, number>();
  const { index } = table;
  for (let i = 0; i < n; i++) {
    const code = codes[i];
    let cell: number | undefined;
    if (typeof code === "string") {
      cell = index.get(code);
    } else if (typeof code === "number" && Number.isFinite(code)) {
      cell = byNumber.get(code);
      if (cell === undefined) {
        cell = index.get(String(code));
        if (cell !== undefined) byNumber.set(code, cell);
      }
    } else {
      throw new ImpactError(
        "INVALID_INPUT",
        `codes[${i}] must be a string or a finite number, got ${describe(code)}; drop or impute respondents with a missing code first`,
        { path: [...codesPath, i] },
      );
    }
    if (cell === undefined) {
      throw new ImpactError(
        "INCONSISTENT_MARGINS",
        `respondent ${i} has code ${typeof code === "number" ? JSON.stringify(name(String(code))) : describe(code)}, which has no target (known codes: ${listKeys(table.keys, name)})`,
        { path: [...codesPath, i] },
      );
    }
    cells[i] = cell;
  }
  const count = new Float64Array(table.keys.length);
  const sum = new Float64Array(table.keys.length);
  for (let i = 0; i < n; i++) {
    const c = cells[i] as number;
    count[c] = (count[c] as number) + 1;
    sum[c] = (sum[c] as number) + (weights[i] as number);
  }
  for (let k = 0; k < table.keys.length; k++) {
    if ((table.totals[k] as number) > 0 && !((sum[k] as number) > 0)) {
      const key = table.keys[k] as string;
      const why =
        count[k] === 0
          ? "no respondent has this code"
          : `its ${count[k]} respondent(s) all have weight 0`;
      throw new ImpactError(
        "INCONSISTENT_MARGINS",
        `category ${JSON.stringify(name(key))} has target ${table.totals[k]} but ${why}: merge it with a neighbouring category or drop its target`,
        { path: [...path, "targets", key] },
      );
    }
  }
  return { ...table, cells };
}

function listKeys(keys: readonly string[], name: KeyName): string {
  const shown = keys.slice(0, MAX_LISTED).map((k) => JSON.stringify(name(k)));
  return keys.length > MAX_LISTED ? `${shown.join(", ")}, ...` : shown.join(", ");
}
