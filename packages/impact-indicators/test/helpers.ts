import { readFileSync } from "node:fs";
import { isImpactError } from "@observatoire/impact-core";
import { expect } from "vitest";

/** Reads a golden fixture of `src/__fixtures__`, written by the scripts in `scripts/`. */
export function readFixture<T>(name: string): T {
  const url = new URL(`../src/__fixtures__/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as T;
}

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
  expect(error.code, error.message).toBe(code);
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

/**
 * Entry-by-entry agreement within `|a - e| <= tolerance * max(1, |e|)`; a `null` expected
 * entry wants a `null`.
 */
export function expectAllClose(
  actual: ArrayLike<number | null>,
  expected: readonly (number | null)[],
  tolerance: number,
  label = "",
): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as number | null;
    const a = actual[i] as number | null;
    if (e === null) {
      expect(a, `${label}[${i}]`).toBeNull();
      continue;
    }
    expect(a, `${label}[${i}]`).not.toBeNull();
    const gap = Math.abs((a as number) - e);
    if (!(gap <= tolerance * Math.max(1, Math.abs(e)))) {
      expect.fail(`${label}[${i}]: got ${a}, expected ${e} (gap ${gap})`);
    }
  }
}
