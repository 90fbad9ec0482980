import type { ValidationIssue } from "../errors/impact-error";

/**
 * Sorts issues in document order: the order in which a reader of the JSON document meets
 * the offending fields. Object keys rank by their position in the document (a key the
 * document lacks, such as a missing required field, ranks after the present ones), array
 * indices by value, and an issue about a whole value comes before issues inside it.
 * The sort is stable, so issues on one field keep the order in which they were found.
 *
 * @internal
 */
export function sortIssuesInDocumentOrder(
  issues: readonly ValidationIssue[],
  document: unknown,
): ValidationIssue[] {
  const keyRanks = new Map<object, Map<string, number>>();
  const rankOf = (container: unknown, key: string): number => {
    if (typeof container !== "object" || container === null || Array.isArray(container)) {
      return Number.MAX_SAFE_INTEGER;
    }
    let ranks = keyRanks.get(container);
    if (ranks === undefined) {
      ranks = new Map(Object.keys(container).map((name, index) => [name, index]));
      keyRanks.set(container, ranks);
    }
    return ranks.get(key) ?? Number.MAX_SAFE_INTEGER;
  };
  const child = (container: unknown, key: string | number): unknown =>
    typeof container === "object" && container !== null
      ? (container as Record<string | number, unknown>)[key]
      : undefined;

  const compare = (a: ValidationIssue, b: ValidationIssue): number => {
    let container: unknown = document;
    const length = Math.min(a.path.length, b.path.length);
    for (let depth = 0; depth < length; depth += 1) {
      const sa = a.path[depth] as string | number;
      const sb = b.path[depth] as string | number;
      if (sa !== sb) {
        if (typeof sa === "number" && typeof sb === "number") return sa - sb;
        if (typeof sa === "number") return -1;
        if (typeof sb === "number") return 1;
        return rankOf(container, sa) - rankOf(container, sb) || (sa < sb ? -1 : 1);
      }
      container = child(container, sa);
    }
    return a.path.length - b.path.length;
  };
  return [...issues].sort(compare);
}
