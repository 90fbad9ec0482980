import { readFileSync } from "node:fs";
import { catalogJsonSchema } from "@observatoire/impact-core";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(catalogJsonSchema());
const json: unknown = JSON.parse(readFileSync(new URL("../catalog.json", import.meta.url), "utf8"));

describe("catalog.json against the JSON Schema of impact-core", () => {
  it("is valid", () => {
    const valid = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("would be rejected with a proportion written as a percentage", () => {
    const broken = JSON.parse(JSON.stringify(json)) as { figures: { value: number }[] };
    const figure = broken.figures.find((f) => f.value === 0.74);
    if (figure === undefined) throw new Error("the catalog has no 0.74 figure");
    figure.value = 74;
    expect(validate(broken)).toBe(false);
  });
});
