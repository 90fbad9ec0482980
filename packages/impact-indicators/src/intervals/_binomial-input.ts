import { describe, invalid, readBinomial, readLevel, readOptions } from "../_lib/validate";
import type { ProportionMethod } from "../types";

/** Options of the one-method interval functions ({@link wilsonInterval} and the others). */
export interface BinomialIntervalOptions {
  /**
   * Confidence level strictly between 0 and 1; 0.95 by default. Every such level gives a finite
   * interval: the tail probability is used directly, so even `1 - 2 ** -53` works.
   */
  level?: number | undefined;
}

/**
 * @internal Checks the arguments of a one-method interval function as
 * {@link proportionInterval} checks its own (options, level, then counts) and returns the
 * level. A `method` option is accepted only when it names the function's own method.
 */
export function readBinomialInput(
  successes: number,
  trials: number,
  options: BinomialIntervalOptions | undefined,
  method: ProportionMethod,
): number {
  const opts = readOptions(options as { level?: unknown; method?: unknown } | undefined);
  const level = readLevel(opts.level);
  if (opts.method !== undefined && opts.method !== method) {
    throw invalid(
      `this function computes the "${method}" interval only, got method ${describe(opts.method)}: call proportionInterval(successes, trials, { method }) to choose the method`,
      ["options", "method"],
    );
  }
  readBinomial(successes, trials, ["successes"], ["trials"]);
  return level;
}

/** @internal Clips a bound to [0, 1]. */
export function clip01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
