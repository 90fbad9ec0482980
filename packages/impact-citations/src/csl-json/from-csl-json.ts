import {
  ImpactValidationError,
  type Source,
  SourceSchema,
  type ValidationIssue,
} from "@observatoire/impact-core";

/**
 * Loads a CSL-JSON export (Zotero's "Export > CSL JSON": an array of items) into
 * validated sources. Unknown CSL fields are kept as they are; numeric strings in
 * `date-parts` become numbers.
 *
 * @param items - the parsed JSON array
 * @returns the sources, in order
 * @throws {ImpactValidationError} `VALIDATION_FAILED` listing every problem at once, each
 *   with the item index and field path (`[2, "issued", "date-parts", 0, 1]`): a missing
 *   id, an unknown type, an impossible date, a duplicate id, a prototype-polluting key, a value
 *   that is not plain JSON in an extra field, a cycle or nesting past `MAX_NESTING_DEPTH` (at the
 *   deepest point reached)
 * @example
 * import { fromCslJson } from "@observatoire/impact-citations";
 * const [source] = fromCslJson([
 *   { id: "impact-citoyens-2019", type: "report", title: "IMPACT-Citoyens",
 *     issued: { "date-parts": [["2019", "10"]] }, "zotero-key": "ABCD1234" },
 * ]);
 * [source?.issued?.["date-parts"]?.[0], source?.["zotero-key"]];
 * //=> [[2019, 10], "ABCD1234"]
 * fromCslJson([{ id: "a", type: "repport" }, { id: "a", type: "book" }]);
 * //=> throws VALIDATION_FAILED
 */
export function fromCslJson(items: unknown): Source[] {
  if (!Array.isArray(items)) {
    throw new ImpactValidationError("CSL-JSON", [
      { path: [], code: "invalid_type", message: "a CSL-JSON export must be an array of items" },
    ]);
  }
  const issues: ValidationIssue[] = [];
  const sources: Source[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item: unknown, index: number) => {
    const id =
      typeof item === "object" && item !== null && typeof (item as { id?: unknown }).id === "string"
        ? (item as { id: string }).id
        : undefined;
    const label = id === undefined ? `item ${index}` : `item ${index} ("${id}")`;
    const result = SourceSchema.safeParse(item);
    if (result.success) sources.push(result.data);
    else {
      for (const issue of result.error.issues) {
        issues.push({
          path: [index, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))],
          // Custom checks carry their own code (forbidden_key, cycle, too_deep, not_json...).
          code:
            issue.code === "custom" && typeof issue.params?.code === "string"
              ? issue.params.code
              : issue.code,
          message: `${label}: ${issue.message}`,
        });
      }
    }
    if (id !== undefined) {
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, index);
      else {
        issues.push({
          path: [index, "id"],
          code: "duplicate_id",
          message: `${label}: the id is already used by item ${first}`,
        });
      }
    }
  });
  if (issues.length > 0) throw new ImpactValidationError("CSL-JSON", issues);
  return sources;
}
