import type { Figure, Source } from "@observatoire/impact-core";
import { ImpactError } from "@observatoire/impact-core";
import { requireKnownId } from "../_lib/require-known-id";
import { catalogIndex } from "../catalog-index";

/**
 * The sources a set of figures cites, each once, in the order the figures first cite
 * them: the bibliography of a table of figures.
 *
 * @param figures - figures of the catalog (or any objects with the `source` of one)
 * @returns the sources, a frozen array
 * @throws {ImpactError} `INVALID_INPUT` when `figures` is not an array of objects,
 * `UNKNOWN_REFERENCE` for a source the catalog does not hold (path `["figures", i, "source"]`)
 * @example
 * import { figuresByPopulation, sourcesCitedBy } from "@observatoire/impact-data";
 * sourcesCitedBy(figuresByPopulation("responsables-associatifs")).map((source) => source.id);
 * //=> ["etude-phare-associations-2015", "rapport-quinquennal-phare-2018-note-2", "carenews-2023-01-26", "observatoire-le-programme-phare"]
 * sourcesCitedBy([{ source: "nowhere" }]);
 * //=> throws UNKNOWN_REFERENCE
 */
export function sourcesCitedBy(
  figures: readonly Pick<Figure, "source">[] | readonly { readonly source: string }[],
): readonly Source[] {
  if (!Array.isArray(figures)) {
    throw new ImpactError("INVALID_INPUT", "expected an array of figures", { path: ["figures"] });
  }
  figures.forEach((figure: unknown, index) => {
    if (typeof figure !== "object" || figure === null) {
      throw new ImpactError(
        "INVALID_INPUT",
        `expected a figure (an object with a source), got ${figure === null ? "null" : typeof figure}`,
        { path: ["figures", index] },
      );
    }
    requireKnownId((figure as { source?: unknown }).source, "source", catalogIndex.byId.sources, [
      "figures",
      index,
      "source",
    ]);
  });
  // Every source is known now; impact-core's index only reads `source`.
  return catalogIndex.sourcesCitedBy(figures as readonly Figure[]);
}
