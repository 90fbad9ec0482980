import type { Figure, Study } from "@observatoire/impact-core";
import { describe, expectTypeOf, it } from "vitest";
import { catalog } from "../catalog";
import type { CatalogFragilityId } from "../catalog/fragilities";
import type { CatalogPopulationId } from "../catalog/populations";
import type { CatalogSourceId } from "../catalog/sources";
import type { CatalogStudyId } from "../catalog/studies";
import { figuresByFragility } from "./figures-by-fragility";
import { figuresByPopulation } from "./figures-by-population";
import { figuresByStudy } from "./figures-by-study";
import { studiesOfProgramme } from "./studies-of-programme";

describe("typed lookups", () => {
  it("take the catalog's ids as literal types and return readonly entities", () => {
    expectTypeOf(figuresByPopulation("maires")).toEqualTypeOf<readonly Figure[]>();
    expectTypeOf(studiesOfProgramme("impact")).toEqualTypeOf<readonly Study[]>();
    expectTypeOf<"maires">().toExtend<CatalogPopulationId>();
    expectTypeOf<"mayors">().not.toExtend<CatalogPopulationId>();
    // @ts-expect-error an id the catalog does not hold is a compile-time error
    figuresByStudy("phare-citizens");
    expectTypeOf(figuresByFragility("lien-social")).toEqualTypeOf<readonly Figure[]>();
    expectTypeOf<"chômage">().not.toExtend<CatalogFragilityId>();
    // @ts-expect-error an alias is not a fragility id
    figuresByFragility("chômage");
  });

  it("keep the catalog's ids as literals, not widened to string", () => {
    expectTypeOf<string>().not.toExtend<CatalogSourceId>();
    expectTypeOf<string>().not.toExtend<CatalogStudyId>();
    expectTypeOf<"carenews-2023-01-26">().toExtend<CatalogSourceId>();
  });

  it("accept the branded ids the catalog's own entities carry", () => {
    const figure = catalog.figures[0];
    if (figure !== undefined) {
      expectTypeOf(figuresByPopulation(figure.population)).toEqualTypeOf<readonly Figure[]>();
    }
  });
});
