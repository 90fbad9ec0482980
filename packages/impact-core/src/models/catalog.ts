import * as z from "zod";
import { CATALOG_COLLECTIONS, type CollectionName } from "./collections";

type Rows = typeof CATALOG_COLLECTIONS;

/** The zod type of one collection: a readonly array of its schema, `[]` when optional and left out. */
type CollectionSchema<K extends CollectionName> = Rows[K]["optional"] extends true
  ? z.ZodPrefault<z.ZodReadonly<z.ZodArray<Rows[K]["schema"]>>>
  : z.ZodReadonly<z.ZodArray<Rows[K]["schema"]>>;

function collectionSchemas(): { [K in CollectionName]: CollectionSchema<K> } {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, row] of Object.entries(CATALOG_COLLECTIONS)) {
    const array = z.array(row.schema).readonly();
    shape[name] = row.optional ? array.prefault([]) : array;
  }
  return shape as { [K in CollectionName]: CollectionSchema<K> };
}

/**
 * The shape of a catalog: one array of entities per model, built from the collections
 * table. This schema checks each entity; `parseCatalog` adds the checks across entities
 * (ids resolve, no duplicates, dates inside programme periods) and reports every problem
 * at once.
 *
 * @example
 * import { CatalogSchema } from "@observatoire/impact-core";
 * CatalogSchema.parse({
 *   programmes: [], phases: [], studies: [], actors: [], populations: [], fragilities: [],
 *   impactAxes: [], territories: [], sources: [], figures: [],
 * }).partnershipTypes;
 * //=> []
 */
export const CatalogSchema = /* @__PURE__ */ (() => z.object(collectionSchemas()).readonly())();
/** A validated catalog (see `parseCatalog` for the integrity checks). */
export type Catalog = z.output<typeof CatalogSchema>;
/** The input accepted by {@link CatalogSchema}. */
export type CatalogInput = z.input<typeof CatalogSchema>;
