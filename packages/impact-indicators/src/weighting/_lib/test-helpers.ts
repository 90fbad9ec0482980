import { readFileSync } from "node:fs";
import { isImpactError } from "@observatoire/impact-core/kernel";
import { expect } from "vitest";

/**
 * Reads a golden fixture written by the scripts in `scripts/`.
 *
 * @internal
 */
export function readFixture<T>(name: string): T {
  const url = new URL(`../../__fixtures__/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as T;
}

/**
 * Asserts that `run` throws an ImpactError with this code and, when given, this path.
 *
 * @internal
 */
export function expectImpactError(
  run: () => unknown,
  code: string,
  path?: readonly (string | number)[],
): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isImpactError(thrown), `expected an ImpactError ${code}, got ${String(thrown)}`).toBe(
    true,
  );
  const error = thrown as { code: string; path: readonly (string | number)[]; message: string };
  expect(error.code, error.message).toBe(code);
  if (path !== undefined) expect(error.path).toEqual(path);
}

/**
 * Asserts `actual` matches `expected` entry by entry within `|a - e| <= tolerance * max(1, |e|)`.
 *
 * @internal
 */
export function expectClose(
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
