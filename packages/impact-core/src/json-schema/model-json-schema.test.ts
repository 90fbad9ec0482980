import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { validCatalog } from "../__fixtures__/catalog";
import { catalogJsonSchema, type ModelName, modelJsonSchema } from "./model-json-schema";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validator = (model: ModelName) => ajv.compile(modelJsonSchema(model));

describe("JSON Schema", () => {
  it("accepts the valid catalog", () => {
    const validate = ajv.compile(catalogJsonSchema());
    const ok = validate(structuredClone(validCatalog));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(validate({ $schema: "./catalog.schema.json", ...structuredClone(validCatalog) })).toBe(
      true,
    );
  });

  it("accepts a Zotero-like CSL-JSON item with unknown fields", () => {
    const validate = validator("source");
    expect(
      validate({
        id: "http://zotero.org/users/1/items/ABCD1234",
        type: "report",
        title: "IMPACT-Citoyens",
        issued: { "date-parts": [["2019", "10"]] },
        "citation-key": "impactCitoyens2019",
        custom: { anything: true },
      }),
    ).toBe(true);
  });

  it("rejects what the structure forbids", () => {
    const catalog = validator("catalog");
    const broken = structuredClone(validCatalog) as Record<string, unknown>;
    delete broken.figures;
    expect(catalog(broken)).toBe(false);
    const figure = validator("figure");
    const base = structuredClone(validCatalog.figures[0]);
    expect(figure(base)).toBe(true);
    expect(figure({ ...base, value: 74 })).toBe(false);
    expect(figure({ ...base, unit: "percent" })).toBe(false);
    expect(figure({ ...base, id: "Not A Slug" })).toBe(false);
    expect(validator("partialDate")("2019-10")).toBe(true);
    expect(validator("population")({ id: "x", name: "X", group: "voters" })).toBe(false);
  });

  it("takes a fragility with or without its space", () => {
    const fragility = validator("fragility");
    expect(fragility({ id: "education", name: "Éducation" })).toBe(true);
    expect(fragility({ id: "emploi", name: "Emploi", space: "vital" })).toBe(true);
    expect(fragility({ id: "emploi", name: "Emploi", space: "jobs" })).toBe(false);
    expect(modelJsonSchema("fragility").required).toEqual(["id", "name"]);
  });

  it("cannot check refinements: a date off the calendar passes the JSON Schema", () => {
    expect(validator("partialDate")("2019-02-29")).toBe(true);
  });

  it("returns a fresh object each time, and names every model", () => {
    const a = modelJsonSchema("figure");
    a.title = "changed";
    expect(modelJsonSchema("figure").title).toBe("Published figure");
    for (const model of [
      "programme",
      "phase",
      "study",
      "actor",
      "population",
      "fragility",
      "impactAxis",
      "territory",
      "partnershipType",
      "source",
      "figure",
      "partialDate",
      "period",
      "catalog",
    ] as const) {
      expect(modelJsonSchema(model).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    }
    expect(() => modelJsonSchema("toString" as ModelName)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["model"] }),
    );
  });
});
