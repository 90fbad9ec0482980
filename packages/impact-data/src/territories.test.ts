import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";

interface EtalabRegion {
  readonly code: string;
  readonly nom: string;
  readonly zone: string;
}

const require = createRequire(import.meta.url);
const etalabRegions =
  require("@etalab/decoupage-administratif/data/regions.json") as readonly EtalabRegion[];

describe("territories", () => {
  it("holds the 13 metropolitan regions with the names and INSEE codes of @etalab/decoupage-administratif", () => {
    const expected = etalabRegions
      .filter((region) => region.zone === "metro")
      .map((region) => [region.code, region.nom])
      .sort();
    expect(expected).toHaveLength(13);
    const actual = catalog.territories
      .flatMap((territory) =>
        territory.level === "region" ? [[territory.inseeCode, territory.name]] : [],
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  it("does not model PACA as a former region: the sources speak of « PACA et Corse »", () => {
    expect(catalog.territories.map((territory) => territory.id)).not.toContain("paca");
  });

  it("links each former region to a current region, and every region to France", () => {
    const byId = new Map<string, (typeof catalog.territories)[number]>(
      catalog.territories.map((territory) => [territory.id, territory]),
    );
    const former = catalog.territories.flatMap((territory) =>
      territory.level === "former-region" ? [[territory.name, territory.successor]] : [],
    );
    expect(former).toEqual([["Rhône-Alpes", "auvergne-rhone-alpes"]]);
    for (const [, successor] of former) expect(byId.get(successor ?? "")?.level).toBe("region");
    expect(byId.get("france")?.level).toBe("country");
    for (const territory of catalog.territories) {
      if (territory.level !== "country") expect(territory.parent).toBe("france");
    }
  });
});
