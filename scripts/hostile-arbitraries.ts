// fast-check arbitraries for the hostile-input property suite (issue 16), shared by the
// packages' `*.hostile.test.ts` files. `npm test` runs each property a few hundred times
// (seeded as every property test, see fast-check-setup.ts); `npm run fuzz` runs them with
// HOSTILE_RUNS=10000.
import fc from "fast-check";

/** Runs per hostile property: HOSTILE_RUNS when set (`npm run fuzz`), 300 otherwise. */
export function hostileRuns(): number {
  const fromEnv = Number(process.env.HOSTILE_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 300;
}

/** Doubles at the edges of the format: huge, tiny, subnormal, signed zeros, non-finite. */
const EDGES = [
  0,
  -0,
  1,
  Number.MAX_VALUE,
  Number.MAX_VALUE / 2,
  1e308,
  1e200,
  1e154,
  2 ** 400,
  2 ** -400,
  1e-160,
  1e-300,
  Number.MIN_VALUE,
  2.2250738585072014e-308,
  1 + 2 ** -52,
  1 - 2 ** -53,
  Number.EPSILON,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
];

/** Any double, edges of the format over-represented: the inputs a function must survive. */
export const extremeFloat: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGES),
  fc.double(),
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
  fc.integer({ min: -1074, max: 1023 }).map((e) => 2 ** e),
);

/** A finite non-negative double at any scale (a weight a function should accept). */
export const extremeWeight: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 1, Number.MAX_VALUE, 1e308, 1e200, 1e-160, 1e-300, Number.MIN_VALUE),
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
  fc.integer({ min: -1074, max: 1023 }).map((e) => 2 ** e),
);

/** Anything JavaScript may put in an array slot instead of a number. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, "", "1", true, {}, [], 1n),
  fc.string(),
);

/**
 * An array built from `item`, then made holey or sparse: some slots deleted, some set to
 * `undefined`, or its length pushed far past its last element (up to 2^32 - 1).
 */
export function holeyArray<T>(item: fc.Arbitrary<T>): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(
      fc.array(item, { maxLength: 20 }),
      fc.array(fc.nat({ max: 19 }), { maxLength: 3 }),
      fc.array(fc.nat({ max: 19 }), { maxLength: 2 }),
      fc.option(fc.constantFrom(25, 1e6, 1e9, 2 ** 32 - 1), { nil: undefined }),
    )
    .map(([items, holes, undefs, length]) => {
      const out: unknown[] = [...items];
      for (const h of holes) if (h < out.length) delete out[h];
      for (const u of undefs) if (u < out.length) out[u] = undefined;
      if (length !== undefined) out.length = length;
      return out;
    });
}

/** Text with C0/C1 controls, bidi overrides and isolates, zero-width characters, joiners. */
export const controlText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom(
        "\u001b[2J",
        "\u001b]8;;https://evil.example\u0007",
        "\u0000",
        "\u0007",
        "\r",
        "\u007f",
        "\u0085",
        "\u009b",
        "\u202e",
        "\u2066",
        "\u200b",
        "\u2060",
        "\ufeff",
        "\u200d",
        "\u200c",
        "👩\u200d👩",
        "=SUM(1)",
        "<script>",
        "*",
        "[x](javascript:1)",
      ),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

/** A value nested `depth` levels deep in objects and arrays (built without recursion). */
export function deeplyNested(depth: number, leaf: unknown = "leaf"): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

/**
 * JSON-like values that may also hold what JSON cannot: deep nesting (up to 20,000 levels),
 * cycles, functions, BigInt, Map, Date, class instances, prototype keys, control characters.
 */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => deeplyNested(depth)),
  fc.constant(null).map(() => {
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = [loop];
    return loop;
  }),
  fc.constantFrom<unknown>(() => 1, 10n, new Map([["a", 1]]), new Date(0), Symbol("s")),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  controlText,
);

/**
 * The test oracle for text output, written independently of core's rule: whether `text` holds
 * a C0 control other than tab and newline, DEL, a C1 control, a bidi embedding, override or
 * isolate, or a zero-width space (U+200B, U+2060, U+FEFF).
 */
export function hasUnsafeCharacter(text: string): boolean {
  for (const char of text) {
    const c = char.codePointAt(0) as number;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
    if (c === 0x200b || c === 0x2060 || c === 0xfeff) return true;
  }
  return false;
}
