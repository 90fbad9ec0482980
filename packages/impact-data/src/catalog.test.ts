import { type Catalog, parseCatalog } from "@observatoire/impact-core";
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";

const ids = (entities: readonly { readonly id: string }[]): string[] =>
  entities.map((entity) => entity.id);

describe("catalog", () => {
  it("passes parseCatalog after a JSON round trip, unchanged", () => {
    const reparsed: Catalog = parseCatalog(JSON.parse(JSON.stringify(catalog)));
    expect(reparsed).toEqual(catalog);
  });

  it("is frozen all the way down: mutating it throws (ES modules run in strict mode)", () => {
    const figure = catalog.figures[0] as unknown as { value: number };
    expect(() => {
      figure.value = 1;
    }).toThrow(TypeError);
    expect(() => {
      (catalog.figures as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    const period = catalog.programmes[1]?.periods[0] as unknown as { end: string };
    expect(() => {
      period.end = "2030";
    }).toThrow(TypeError);
    const name = catalog.sources[0]?.author?.[0] as unknown as { literal: string };
    expect(() => {
      name.literal = "x";
    }).toThrow(TypeError);
    const dateParts = catalog.sources[0]?.issued?.["date-parts"]?.[0] as unknown as number[];
    expect(() => {
      dateParts[0] = 1900;
    }).toThrow(TypeError);
  });

  it("holds the three programmes with their periods, each period with its source", () => {
    expect(
      catalog.programmes.map((p) => [
        p.id,
        p.periods.map((period) => `${period.start}-${period.end} ${period.source}`),
      ]),
    ).toEqual([
      ["arpea", ["2008-2012 lerameau-le-programme-impact"]],
      [
        "phare",
        ["2013-2018 lerameau-le-programme-impact", "2013-2017 observatoire-le-cheminement"],
      ],
      ["impact", ["2018-2022 lerameau-le-programme-impact"]],
    ]);
  });

  it("frames IMPACT with the colloque of 23 November 2017, its partners and its three phases", () => {
    const impact = catalog.programmes.find((p) => p.id === "impact");
    expect(impact?.milestones.find((m) => m.kind === "colloque")).toMatchObject({
      date: "2017-11-23",
      place: "Caisse des Dépôts",
    });
    expect(impact?.partners).toEqual([
      "caisse-des-depots",
      "institut-cdc-pour-la-recherche",
      "groupe-la-poste",
      "fondation-total",
      "le-rameau",
    ]);
    expect(
      catalog.phases.filter((phase) => phase.programme === "impact").map((phase) => phase.kind),
    ).toEqual(["exploratory", "quantitative", "territorial-debate"]);
  });

  it("holds the three impact axes in order, the four partnership types and the four groups", () => {
    expect(catalog.impactAxes.map((axis) => [axis.order, axis.id])).toEqual([
      [1, "innovation"],
      [2, "performance"],
      [3, "confiance"],
    ]);
    expect(catalog.partnershipTypes.map((type) => type.name)).toEqual([
      "Pratiques responsables",
      "Mécénat",
      "Coopération économique",
      "Innovation sociétale",
    ]);
    const groups = new Set(catalog.populations.map((population) => population.group));
    expect([...groups].sort()).toEqual([
      "association-leaders",
      "business-leaders",
      "citizens",
      "local-elected-officials",
    ]);
    expect(catalog.populations.find((population) => population.id === "maires")?.parent).toBe(
      "elus-locaux",
    );
  });

  it("names no actor without a source", () => {
    for (const actor of catalog.actors) expect(actor.sources.length, actor.id).toBeGreaterThan(0);
    expect(catalog.actors.map((actor) => actor.id)).not.toContain(
      "reseau-des-pionniers-des-alliances-en-territoire",
    );
  });

  it("keeps the evidence of every figure in the catalog itself", () => {
    for (const figure of catalog.figures) {
      expect(figure.evidence, figure.id).toBeDefined();
      // The evidence states the figure's value as the source wrote it.
      const percent = figure.unit === "proportion" ? `${Math.round(figure.value * 100)}` : "";
      if (percent !== "") expect(figure.evidence, figure.id).toContain(percent);
    }
  });

  it("names the organisations and Anne Robin as a person", () => {
    const organisations = catalog.actors.flatMap((actor) =>
      actor.kind === "organisation" ? [actor.name] : [],
    );
    expect(organisations).toEqual(
      expect.arrayContaining([
        "Observatoire des partenariats",
        "Le RAMEAU",
        "Caisse des Dépôts",
        "Institut CDC pour la Recherche",
        "Le Groupe La Poste",
        "Fondation TOTAL",
        "Comisis",
        "OpinionWay",
        "MEDEF",
        "Mouvement associatif",
        "CPCA",
        "Avise",
      ]),
    );
    const people = catalog.actors.filter((actor) => actor.kind === "person");
    expect(people.map((person) => `${person.given} ${person.family}`)).toEqual(["Anne Robin"]);
  });

  it("holds every study, with the samples its sources give and no other", () => {
    expect(catalog.studies.map((study) => study.name)).toEqual([
      "ARPEA-Citoyens",
      "ARPEA-Associations",
      "ARPEA Entreprises & Territoires",
      "PHARE-Citoyens",
      "PHARE-Entreprises",
      "PHARE-Associations",
      "PHARE-Institutions",
      "IMPACT-Citoyens",
      "URGENCE-Covid-Citoyens",
      "IMPACT-Elus locaux",
      "IMPACT - Associations & Territoires",
      "IMPACTS & TRAJECTOIRES - Elus locaux",
    ]);
    expect(
      catalog.studies.flatMap((study) =>
        study.sample === undefined ? [] : [[study.id, study.sample]],
      ),
    ).toEqual([
      ["phare-citoyens", { size: 2000, qualifier: "more-than" }],
      ["impacts-trajectoires-elus-locaux", { size: 302, qualifier: "exact" }],
    ]);
  });

  it("holds at least 25 figures, each citing a source of the catalog", () => {
    expect(catalog.figures.length).toBeGreaterThanOrEqual(25);
    const sourceIds = new Set(ids(catalog.sources));
    const unsourced = catalog.figures.filter((figure) => !sourceIds.has(figure.source));
    expect(unsourced).toEqual([]);
  });

  it("gives every entity at least one source", () => {
    const withoutSources = [
      ...catalog.programmes,
      ...catalog.phases,
      ...catalog.studies,
      ...catalog.actors,
      ...catalog.populations,
      ...catalog.fragilities,
      ...catalog.impactAxes,
      ...catalog.territories,
      ...catalog.partnershipTypes,
    ].filter((entity) => entity.sources.length === 0);
    expect(ids(withoutSources)).toEqual([]);
  });

  it("writes proportions in [0, 1], scores out of 10, and one unit per measure", () => {
    const units = new Map<string, string>();
    for (const figure of catalog.figures) {
      if (figure.unit === "proportion") expect(figure.value).toBeLessThanOrEqual(1);
      if (figure.unit === "score") expect(figure.scale).toEqual({ min: 0, max: 10 });
      const unit = units.get(figure.measure) ?? figure.unit;
      expect([figure.id, figure.unit]).toEqual([figure.id, unit]);
      units.set(figure.measure, unit);
    }
  });

  it("gives the measure shared by the headline figures to every source of it", () => {
    const innovation = catalog.figures
      .filter((figure) => figure.measure === "partnerships-source-of-innovation")
      .map((figure) => [figure.population, figure.value, figure.source]);
    expect(innovation).toEqual(
      expect.arrayContaining([
        ["citoyens", 0.74, "etude-impact-citoyens-2019"],
        ["dirigeants-entreprise", 0.81, "rapport-quinquennal-phare-2018-note-2"],
        ["responsables-associatifs", 0.86, "rapport-quinquennal-phare-2018-note-2"],
        ["maires", 0.87, "rapport-quinquennal-phare-2018-note-2"],
        ["dirigeants-entreprise", 0.84, "carenews-2023-01-26"],
        ["dirigeants-entreprise", 0.83, "reseau-alliances-org"],
      ]),
    );
  });

  it("cites every source from some entity, except those tied to no fact", () => {
    const cited = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) for (const item of value) collect(item);
      else if (typeof value === "object" && value !== null) {
        for (const [key, field] of Object.entries(value)) {
          if (key === "source" && typeof field === "string") cited.add(field);
          else if (key === "sources" && Array.isArray(field)) for (const id of field) cited.add(id);
          else collect(field);
        }
      }
    };
    const { sources, ...entities } = catalog;
    collect(entities);
    expect(ids(sources).filter((id) => !cited.has(id))).toEqual([
      "note-modeles-co-construction-2016",
      "rapport-regard-croise-2019",
      "emergence-co-construction-2019",
      "lerameau-la-co-construction-territoriale",
      "lerameau-diner-elus-entreprises-quel-menu",
      "latwoconseil-fr",
      "letowski-fr",
      "villesaucarre-org",
    ]);
  });

  it("holds PHARE's nine fragilities, none placed in a space no source gives", () => {
    expect(catalog.fragilities.map((f) => [f.id, f.aliases])).toEqual([
      ["emploi", ["chômage", "insertion"]],
      ["pouvoir-d-achat", []],
      ["developpement-economique", ["développement économique"]],
      ["securite", ["délinquance"]],
      ["environnement", []],
      ["exclusion", ["exclusion", "pauvreté", "précarité"]],
      ["education", []],
      ["vieillissement", []],
      ["lien-social", []],
    ]);
    expect(catalog.fragilities.filter((f) => "space" in f)).toEqual([]);
    for (const fragility of catalog.fragilities) {
      expect(fragility.sources[0]).toBe("observatoire-le-programme-phare");
    }
  });

  it("names the fragility of every fragility figure, and cites its figures' sources", () => {
    const measuresFragility = (measure: string): boolean =>
      measure.startsWith("priority-score-") || measure.startsWith("fragility-");
    expect(
      catalog.figures.filter((f) => measuresFragility(f.measure) !== (f.fragility !== undefined)),
    ).toEqual([]);
    const fragilities = new Map(catalog.fragilities.map((f) => [f.id as string, f]));
    for (const figure of catalog.figures) {
      if (figure.fragility === undefined) continue;
      expect([figure.id, fragilities.get(figure.fragility)?.sources]).toEqual([
        figure.id,
        expect.arrayContaining([figure.source]),
      ]);
      // The measure keys spell the fragility: a figure filed under the wrong one shows here.
      expect(figure.measure.endsWith(figure.fragility)).toBe(true);
    }
  });

  it("has no duplicate figure (same measure, population, territory, date, value and source)", () => {
    const keys = catalog.figures.map((f) =>
      [f.measure, f.population, f.territory, f.date, f.value, f.source].join("|"),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
