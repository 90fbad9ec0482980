/**
 * Mulberry32: a small seeded generator of uniform numbers in [0, 1). The same seed gives the
 * same sample on every machine, so the printed table and the tests are reproducible.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws one key of `shares` (weights that need not sum to 1) with the generator `random`. */
export function drawFrom<K extends string>(
  shares: Readonly<Record<K, number>>,
  random: () => number,
): K {
  const keys = Object.keys(shares) as K[];
  const total = keys.reduce((sum, key) => sum + shares[key], 0);
  let u = random() * total;
  for (const key of keys) {
    u -= shares[key];
    if (u < 0) return key;
  }
  return keys[keys.length - 1] as K;
}
