import { readFileSync } from "node:fs";
import { parseCatalog } from "@observatoire/impact-core";
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";

const committed = readFileSync(new URL("../catalog.json", import.meta.url), "utf8");

describe("catalog.json, the JSON copy of the catalog", () => {
  it("is what the build writes from the TypeScript catalog (run `npm run build` if not)", () => {
    expect(committed).toBe(`${JSON.stringify(catalog, null, 2)}\n`);
  });

  it("passes parseCatalog and gives back the same catalog", () => {
    expect(parseCatalog(JSON.parse(committed))).toEqual(catalog);
  });
});
