import { describe, expect, it } from "vitest";
import { validCatalog } from "../__fixtures__/catalog";
import { createCatalogIndex } from "./create-catalog-index";
import { parseCatalog } from "./parse-catalog";

const catalog = parseCatalog(structuredClone(validCatalog));
const index = createCatalogIndex(catalog);
const ids = (items: readonly { readonly id: string }[]): string[] => items.map((item) => item.id);

describe("createCatalogIndex", () => {
  it("maps every collection by id", () => {
    expect(index.byId.studies.get("impact-citoyens")?.name).toBe("IMPACT-Citoyens");
    expect(index.byId.sources.size).toBe(3);
    expect(index.get("populations", "maires").parent).toBe("elus-locaux");
    expect(() => index.get("populations", "nobody")).toThrow(
      expect.objectContaining({ code: "UNKNOWN_REFERENCE", path: ["id"] }),
    );
    expect(() => index.get("people" as "actors", "x")).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
  });

  it("rejects a collection name inherited from Object.prototype as INVALID_INPUT", () => {
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"]) {
      expect(() => index.get(name as "actors", "x")).toThrow(
        expect.objectContaining({
          code: "INVALID_INPUT",
          path: ["collection"],
          message: `unknown collection ${JSON.stringify(name)}`,
        }),
      );
    }
  });

  it("lists figures by population, with or without the populations below", () => {
    expect(ids(index.figuresByPopulation("citoyens"))).toEqual([
      "impact-citoyens-innovation",
      "phare-citoyens-emploi",
    ]);
    expect(index.figuresByPopulation("elus-locaux")).toEqual([]);
    expect(ids(index.figuresByPopulation("elus-locaux", { includeDescendants: true }))).toEqual([
      "phare-maires-co-construction",
    ]);
  });

  it("lists figures by study, axis, source and measure", () => {
    expect(ids(index.figuresByStudy("phare-institutions"))).toEqual([
      "phare-maires-co-construction",
    ]);
    expect(ids(index.figuresByAxis("innovation"))).toEqual(["impact-citoyens-innovation"]);
    expect(ids(index.figuresByFragility("emploi"))).toEqual(["phare-citoyens-emploi"]);
    expect(ids(index.figuresBySource("seed-impact"))).toEqual([
      "phare-maires-co-construction",
      "phare-citoyens-emploi",
    ]);
    expect(index.figuresBySource("le-cheminement")).toEqual([]);
    expect(ids(index.figuresByMeasure("fragility-priority-score"))).toEqual([
      "phare-citoyens-emploi",
    ]);
    expect(Object.isFrozen(index.figuresByStudy("impact-citoyens"))).toBe(true);
  });

  it("lists studies and phases of a programme", () => {
    expect(ids(index.studiesOfProgramme("impact"))).toEqual(["impact-citoyens"]);
    expect(ids(index.phasesOfProgramme("impact"))).toEqual(["impact-quantitative"]);
    expect(index.phasesOfProgramme("phare")).toEqual([]);
  });

  it("lists the sources cited by figures once each, in order of first citation", () => {
    expect(ids(index.sourcesCitedBy(catalog.figures))).toEqual([
      "impact-citoyens-2019",
      "seed-impact",
    ]);
    expect(() =>
      index.sourcesCitedBy([
        { ...catalog.figures[0], source: "x" } as (typeof catalog.figures)[number],
      ]),
    ).toThrow(
      expect.objectContaining({ code: "UNKNOWN_REFERENCE", path: ["figures", 0, "source"] }),
    );
  });

  it("rejects unknown ids instead of answering with nothing", () => {
    for (const lookup of [
      () => index.figuresByPopulation("voters"),
      () => index.figuresByStudy("x"),
      () => index.figuresByAxis("x"),
      () => index.figuresByFragility("x"),
      () => index.figuresBySource("x"),
      () => index.figuresByMeasure("x"),
      () => index.studiesOfProgramme("x"),
      () => index.phasesOfProgramme("x"),
    ]) {
      expect(lookup).toThrow(expect.objectContaining({ code: "UNKNOWN_REFERENCE" }));
    }
    expect(() => createCatalogIndex({ figures: [] } as never)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
  });
});
