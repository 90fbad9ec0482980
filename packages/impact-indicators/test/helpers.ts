import { isImpactError } from "@observatoire/impact-core";
import { expect } from "vitest";

/** Runs `fn` and checks it throws an ImpactError with `code` and, when given, `path`. */
export function expectImpactError(
  fn: () => unknown,
  code: string,
  path?: readonly (string | number)[],
): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isImpactError(caught), `expected an ImpactError, got ${String(caught)}`).toBe(true);
  const error = caught as { code: string; path: readonly (string | number)[]; message: string };
  expect(error.code).toBe(code);
  if (path !== undefined) expect(error.path).toEqual(path);
  expect(error.message.length).toBeGreaterThan(10);
}

/** Absolute agreement within `tolerance`, with a readable failure. */
export function expectClose(
  actual: number,
  expected: number,
  tolerance: number,
  what: string,
): void {
  const gap = Math.abs(actual - expected);
  if (!(gap <= tolerance)) {
    expect.fail(`${what}: got ${actual}, expected ${expected} (gap ${gap} > ${tolerance})`);
  }
}
