import type { IssuePath } from "@observatoire/impact-core/kernel";
import type { BinomialCount } from "../types";
import { describe, invalid, readBinomial } from "./validate";

/** @internal Checks a `{ successes, trials }` argument. */
export function readBinomialCount(value: unknown, name: string): BinomialCount {
  if (typeof value !== "object" || value === null) {
    throw invalid(`${name} must be an object { successes, trials }, got ${describe(value)}`, [
      name,
    ]);
  }
  const { successes, trials } = value as { successes?: unknown; trials?: unknown };
  const base: IssuePath = [name];
  readBinomial(successes, trials, [...base, "successes"], [...base, "trials"]);
  return value as BinomialCount;
}
