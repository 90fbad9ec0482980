import * as z from "zod";
import { ImpactError } from "../errors/impact-error";
import { ActorSchema } from "../models/actor";
import { CatalogSchema } from "../models/catalog";
import { FigureSchema } from "../models/figure";
import { FragilitySchema } from "../models/fragility";
import { ImpactAxisSchema } from "../models/impact-axis";
import { PartialDateSchema, PeriodSchema } from "../models/partial-date";
import { PartnershipTypeSchema } from "../models/partnership-type";
import { PhaseSchema } from "../models/phase";
import { PopulationSchema } from "../models/population";
import { ProgrammeSchema } from "../models/programme";
import { SourceObjectSchema } from "../models/source";
import { StudySchema } from "../models/study";
import { TerritorySchema } from "../models/territory";

const MODELS = {
  catalog: CatalogSchema,
  programme: ProgrammeSchema,
  phase: PhaseSchema,
  study: StudySchema,
  actor: ActorSchema,
  population: PopulationSchema,
  fragility: FragilitySchema,
  impactAxis: ImpactAxisSchema,
  territory: TerritorySchema,
  partnershipType: PartnershipTypeSchema,
  // The source schema without its prototype-key guard, a zod preprocess step that JSON
  // Schema cannot express.
  source: SourceObjectSchema,
  figure: FigureSchema,
  partialDate: PartialDateSchema,
  period: PeriodSchema,
} as const;

/** The models {@link modelJsonSchema} describes. */
export type ModelName = keyof typeof MODELS;

/** A JSON Schema document (draft 2020-12): open-ended JSON that callers index freely. */
// biome-ignore lint/suspicious/noExplicitAny: JSON Schema keywords nest arbitrarily.
export type JsonSchema = Record<string, any>;

const TITLES: Readonly<Record<ModelName, string>> = {
  catalog: "Catalog of the Observatoire des partenariats",
  programme: "Programme",
  phase: "Phase of a programme",
  study: "Study",
  actor: "Actor (organisation or person)",
  population: "Surveyed population",
  fragility: "Territorial fragility",
  impactAxis: "Impact axis",
  territory: "Territory",
  partnershipType: "Partnership type",
  source: "Source (CSL-JSON item)",
  figure: "Published figure",
  partialDate: "Partial date (YYYY, YYYY-MM or YYYY-MM-DD)",
  period: "Period",
};

const cache = new Map<ModelName, string>();

/**
 * The JSON Schema (draft 2020-12) of one model, generated from its zod schema with
 * `z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" })`, for users of other
 * languages and for editors. It describes the *input* a document may hold (fields with
 * defaults are optional). It is looser than the zod schema: refinements do not translate,
 * so the schema does not check that a date is on the calendar (`2019-02-29` passes), that
 * a period ends after it starts, that a score lies on its scale or that numbers are
 * finite, and ids are plain strings (brands exist only in TypeScript). Nor can it check
 * the catalog-wide rules (references, duplicates, periods): validate with `parseCatalog`
 * for those.
 *
 * @param model - `"catalog"`, `"programme"`, `"phase"`, `"study"`, `"actor"`,
 *   `"population"`, `"fragility"`, `"impactAxis"`, `"territory"`, `"partnershipType"`,
 *   `"source"`, `"figure"`, `"partialDate"` or `"period"`
 * @returns a fresh JSON Schema object (safe to modify)
 * @throws {ImpactError} `INVALID_INPUT` for another model name
 * @example
 * import { modelJsonSchema } from "@observatoire/impact-core";
 * const schema = modelJsonSchema("population");
 * [schema.$schema, schema.type, schema.properties.group.enum];
 * //=> ["https://json-schema.org/draft/2020-12/schema", "object", ["citizens", "local-elected-officials", "business-leaders", "association-leaders"]]
 * modelJsonSchema("person" as "actor");
 * //=> throws INVALID_INPUT
 */
export function modelJsonSchema(model: ModelName): JsonSchema {
  if (typeof model !== "string" || !Object.hasOwn(MODELS, model)) {
    throw new ImpactError(
      "INVALID_INPUT",
      `no JSON Schema for ${JSON.stringify(model)}; models are ${Object.keys(MODELS).join(", ")}`,
      { path: ["model"] },
    );
  }
  let text = cache.get(model);
  if (text === undefined) {
    const generated = z.toJSONSchema(MODELS[model], {
      target: "draft-2020-12",
      io: "input",
      // Transforms (CSL date parts given as strings) have no JSON Schema output type;
      // with io: "input" only their input side is described.
      unrepresentable: "any",
    });
    text = JSON.stringify({ ...generated, title: TITLES[model] });
    cache.set(model, text);
  }
  return JSON.parse(text);
}

/**
 * The JSON Schema (draft 2020-12) of a whole catalog document; the same as
 * `modelJsonSchema("catalog")`. See {@link modelJsonSchema} for what it cannot check.
 *
 * @returns a fresh JSON Schema object (safe to modify)
 * @example
 * import { catalogJsonSchema } from "@observatoire/impact-core";
 * const schema = catalogJsonSchema();
 * [schema.type, schema.required.includes("figures"), schema.required.includes("partnershipTypes")];
 * //=> ["object", true, false]
 */
export function catalogJsonSchema(): JsonSchema {
  return modelJsonSchema("catalog");
}
