import { isImpactError } from "@observatoire/impact-core";
import { describe, expect, it } from "vitest";
import { catalog } from "../catalog";
import { figuresByAxis } from "./figures-by-axis";
import { figuresByFragility } from "./figures-by-fragility";
import { figuresByPopulation } from "./figures-by-population";
import { figuresBySource } from "./figures-by-source";
import { figuresByStudy } from "./figures-by-study";
import { sourcesCitedBy } from "./sources-cited-by";
import { studiesOfProgramme } from "./studies-of-programme";

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};

describe("lookups", () => {
  it("agree with a plain filter of the catalog, for every population, study, axis and source", () => {
    for (const { id } of catalog.populations) {
      expect(figuresByPopulation(id)).toEqual(catalog.figures.filter((f) => f.population === id));
    }
    for (const { id } of catalog.studies) {
      expect(figuresByStudy(id)).toEqual(catalog.figures.filter((f) => f.study === id));
    }
    for (const { id } of catalog.impactAxes) {
      expect(figuresByAxis(id)).toEqual(catalog.figures.filter((f) => f.axis === id));
    }
    for (const { id } of catalog.sources) {
      expect(figuresBySource(id)).toEqual(catalog.figures.filter((f) => f.source === id));
    }
    for (const { id } of catalog.fragilities) {
      expect(figuresByFragility(id)).toEqual(catalog.figures.filter((f) => f.fragility === id));
    }
  });

  it("add the narrower populations on request: maires under élus locaux", () => {
    const populations = new Set(
      figuresByPopulation("elus-locaux", { includeDescendants: true }).map((f) => f.population),
    );
    expect([...populations].sort()).toEqual(["elus-locaux", "maires"]);
    const associations = new Set(
      figuresByPopulation("responsables-associatifs", { includeDescendants: true }).map(
        (f) => f.population,
      ),
    );
    expect([...associations].sort()).toEqual([
      "associations-employeuses",
      "associations-non-employeuses",
      "responsables-associatifs",
    ]);
  });

  it("list the studies of each programme, through the study or its phase", () => {
    expect(studiesOfProgramme("arpea").map((s) => s.id)).toEqual([
      "arpea-citoyens",
      "arpea-associations",
      "arpea-entreprises-territoires",
    ]);
    expect(studiesOfProgramme("phare").map((s) => s.id)).toEqual([
      "phare-citoyens",
      "phare-entreprises",
      "phare-associations",
      "phare-institutions",
    ]);
  });

  it("list the sources of a set of figures once each, in first-citation order", () => {
    const figures = figuresByAxis("innovation");
    const sources = sourcesCitedBy(figures);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    expect(sources.map((s) => s.id)).toEqual([
      ...new Set(figures.map((figure) => figure.source as string)),
    ]);
    expect(sourcesCitedBy([])).toEqual([]);
  });

  it("list the figures that measure each fragility; an alias is not an id", () => {
    expect(figuresByFragility("emploi").map((f) => f.id)).toEqual([
      "phare-citoyens-priorite-emploi",
      "phare-entreprises-fragilite-emploi",
      "phare-associations-fragilite-emploi",
    ]);
    expect(figuresByFragility("securite").map((f) => [f.value, f.source])).toEqual([
      [6.6, "etude-phare-citoyens-2015"],
      [7, "carenews-phare-citoyens"],
    ]);
    expect(figuresByFragility("education")).toEqual([]);
    expect(thrown(() => figuresByFragility("chômage" as never))).toMatchObject({
      code: "UNKNOWN_REFERENCE",
      path: ["fragility"],
    });
    expect(thrown(() => figuresByFragility(7 as never))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["fragility"],
    });
  });

  it("hand out frozen arrays", () => {
    expect(Object.isFrozen(figuresByStudy("phare-citoyens"))).toBe(true);
    expect(Object.isFrozen(figuresByStudy("arpea-associations"))).toBe(true);
    expect(Object.isFrozen(sourcesCitedBy(catalog.figures))).toBe(true);
  });

  it("throw UNKNOWN_REFERENCE with the path of the bad id, naming it", () => {
    const unknown = thrown(() => figuresByPopulation("mayors" as never));
    expect(isImpactError(unknown)).toBe(true);
    expect(unknown).toMatchObject({ code: "UNKNOWN_REFERENCE", path: ["population"] });
    expect((unknown as Error).message).toContain('"mayors"');
    expect(
      thrown(() => sourcesCitedBy([catalog.figures[0], { source: "x" }] as never)),
    ).toMatchObject({
      code: "UNKNOWN_REFERENCE",
      path: ["figures", 1, "source"],
    });
  });

  it("throw INVALID_INPUT for values that are not ids or options", () => {
    expect(thrown(() => figuresByStudy(42 as never))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["study"],
    });
    expect(
      thrown(() => figuresByPopulation("maires", { includeDescendants: "yes" as never })),
    ).toMatchObject({ code: "INVALID_INPUT", path: ["options", "includeDescendants"] });
    expect(thrown(() => sourcesCitedBy("figures" as never))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["figures"],
    });
    expect(thrown(() => sourcesCitedBy([null] as never))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["figures", 0],
    });
  });
});
