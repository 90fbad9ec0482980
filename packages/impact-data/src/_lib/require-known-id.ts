import { ImpactError } from "@observatoire/impact-core";

/**
 * Checks that `id` names an entity of `entities`, else throws an `ImpactError` at `path`:
 * `INVALID_INPUT` for a value that is not a string, `UNKNOWN_REFERENCE` for an unknown id
 * (the message lists the ids the catalog holds, so that a typo is easy to see).
 *
 * @internal
 */
export function requireKnownId(
  id: unknown,
  noun: string,
  entities: ReadonlyMap<string, unknown>,
  path: readonly (string | number)[],
): string {
  if (typeof id !== "string") {
    throw new ImpactError(
      "INVALID_INPUT",
      `expected the id of a ${noun} (a string), got ${id === null ? "null" : typeof id}`,
      { path },
    );
  }
  if (!entities.has(id)) {
    const known = [...entities.keys()].map((key) => JSON.stringify(key)).join(", ");
    throw new ImpactError(
      "UNKNOWN_REFERENCE",
      `unknown ${noun} ${JSON.stringify(id)}; the catalog's are ${known}`,
      { path },
    );
  }
  return id;
}
