import { describe, expect, it } from "vitest";
import { validCatalog } from "../__fixtures__/catalog";
import { formatPath, ImpactValidationError, type ValidationIssue } from "../errors/impact-error";
import { parseCatalog } from "./parse-catalog";

type Mutable = ReturnType<typeof copy>;
// biome-ignore lint/suspicious/noExplicitAny: tests corrupt the document freely.
const copy = (): any => structuredClone(validCatalog);

const issuesOf = (input: unknown): ValidationIssue[] => {
  try {
    parseCatalog(input);
  } catch (error) {
    if (error instanceof ImpactValidationError) return [...error.issues];
    throw error;
  }
  throw new Error("expected parseCatalog to throw");
};
const summary = (input: unknown): string[] =>
  issuesOf(input).map((issue) => `${formatPath(issue.path)} ${issue.code}`);

describe("parseCatalog on valid input", () => {
  it("returns the parsed catalog with defaults filled in", () => {
    const catalog = parseCatalog(copy());
    expect(catalog.figures).toHaveLength(3);
    expect(catalog.programmes[0]?.partners).toEqual([]);
    expect(catalog.studies[0]?.waves).toEqual([]);
    expect(parseCatalog({ ...copy(), partnershipTypes: undefined }).partnershipTypes).toEqual([]);
  });

  it("freezes the catalog all the way down, unknown CSL fields included", () => {
    const input = copy();
    input.sources[2]["zotero-extra"] = { nested: { list: [1, 2] } };
    const catalog = parseCatalog(input);
    const source = catalog.sources[2] as Record<string, unknown>;
    const extra = source["zotero-extra"] as { nested: { list: number[] } };
    for (const value of [
      catalog,
      catalog.figures,
      catalog.figures[0],
      catalog.programmes[0]?.periods,
      catalog.programmes[0]?.periods[0],
      catalog.sources[2]?.issued?.["date-parts"],
      extra,
      extra.nested,
      extra.nested.list,
    ]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
  });

  it("does not modify its input", () => {
    const input = copy();
    const before = JSON.stringify(input);
    parseCatalog(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input.figures)).toBe(false);
  });

  it("accepts a $schema key for editors", () => {
    expect(() => parseCatalog({ $schema: "./catalog.schema.json", ...copy() })).not.toThrow();
  });
});

describe("parseCatalog on invalid input", () => {
  it("rejects non-objects with one root issue", () => {
    for (const bad of [null, [], "catalog", 3]) {
      expect(summary(bad)).toEqual([" invalid_type"]);
    }
  });

  it("reports missing and mistyped collections and unknown keys, not references into them", () => {
    const input = copy();
    delete input.figures;
    input.phases = {};
    input.figure = [];
    expect(summary(input)).toEqual([
      "phases invalid_type",
      "figure unrecognized_keys",
      "figures invalid_type",
    ]);
  });

  it("reports every problem at once, in document order, across collections", () => {
    const input: Mutable = copy();
    input.figures[0].value = 74;
    input.figures[1].source = "nowhere";
    input.studies[0].populations = ["inconnue"];
    input.actors.push({ ...input.actors[0] });
    input.programmes[1].periods[0].end = "2022-02-30";
    const issues = issuesOf(input);
    expect(issues.map((issue) => `${formatPath(issue.path)} ${issue.code}`)).toEqual([
      "programmes[1].periods[0].end invalid_date",
      "studies[0].populations[0] unknown_reference",
      "actors[5].id duplicate_id",
      "figures[0].value too_big",
      "figures[1].source unknown_reference",
    ]);
    expect(issues[3]?.message).toBe("a proportion lies in [0, 1], got 74 (write 74 % as 0.74)");
    expect(issues[1]?.message).toBe(
      'unknown population "inconnue" (no entry of populations has this id)',
    );
    expect(issues[2]?.message).toBe('duplicate id "caisse-des-depots": actors[0] already has it');
  });

  it("rejects prototype-polluting keys at any depth and reports the rest too", () => {
    const text = JSON.stringify(copy()).replace(
      '"id":"seed-impact",',
      '"id":"seed-impact","__proto__":{"polluted":true},"constructor":1,',
    );
    const issues = summary(JSON.parse(text));
    expect(issues).toEqual([
      "sources[0].__proto__ forbidden_key",
      "sources[0].constructor forbidden_key",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("maps zod issues to stable codes and readable messages", () => {
    const input = copy();
    input.figures[0].unit = "percent";
    input.figures[1].id = "Pas Un Slug";
    delete input.figures[2].statement;
    input.populations[0].group = "voters";
    input.studies[1].published = "2019-02-29";
    input.phases[0].period = { start: "2021", end: "2019" };
    input.sources[2].issued = { "date-parts": [[2019, 2, 30]] };
    input.sources[1].URL = "ftp://example.org";
    const issues = issuesOf(input);
    const byPath = Object.fromEntries(
      issues.map((i) => [formatPath(i.path), `${i.code}: ${i.message}`]),
    );
    expect(byPath).toMatchObject({
      "figures[0].unit":
        'invalid_value: must be one of "proportion", "score", "count", "points", got "percent"',
      "figures[1].id":
        "invalid_format: must be a kebab-case slug (lowercase letters, digits and single dashes)",
      "figures[2].statement":
        "invalid_union: is required (expected a string or a localized text { fr, en, original? })",
      "populations[0].group":
        'invalid_value: must be one of "citizens", "local-elected-officials", "business-leaders", "association-leaders", got "voters"',
      "studies[1].published":
        'invalid_date: must be a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD, got "2019-02-29"',
      "phases[0].period.end": "invalid_period: end 2019 comes before start 2021",
      "sources[2].issued.date-parts[0][2]": "invalid_date: day must be 1 to 28 for 2019-02, got 30",
      "sources[1].URL": "invalid_format: must be an http(s) URL",
    });
  });

  it("checks that phases and studies lie inside their programme's period", () => {
    const input = copy();
    input.phases[0].period = { start: "2017-06", end: "2023" };
    input.studies[0].waves = ["2019-10", "2024"];
    input.studies[1].fieldwork = { start: "2012-12", end: "2013-01" };
    // PHARE's envelope is 2013 to 2018 across its two sourced periods.
    input.studies[1].published = "2018-12-31";
    expect(summary(input)).toEqual([
      "phases[0].period.start outside_programme_period",
      "phases[0].period.end outside_programme_period",
      "studies[0].waves[1] outside_programme_period",
      "studies[1].fieldwork.start outside_programme_period",
    ]);
  });

  it("checks that a figure's study surveys its population, above or below it", () => {
    const input = copy();
    input.figures[1].study = "impact-citoyens";
    input.figures[1].programme = "impact";
    input.figures[1].date = "2019";
    expect(summary(input)).toEqual(["figures[1].population population_not_surveyed"]);
    const broader = copy();
    broader.figures[1].population = "elus-locaux"; // the study surveys maires, below élus locaux
    expect(() => parseCatalog(broader)).not.toThrow();
  });

  it("checks programme consistency between figure, study and phase", () => {
    const input = copy();
    input.studies[0].programme = "phare";
    input.studies[0].published = "2015";
    input.figures[1].programme = "impact";
    expect(summary(input)).toEqual([
      "studies[0].phase programme_mismatch",
      "figures[0].programme programme_mismatch",
      "figures[1].programme programme_mismatch",
    ]);
  });

  it("resolves every kind of reference", () => {
    const input = copy();
    input.programmes[0].periods[1].source = "x-1";
    input.programmes[1].milestones[0].source = "x-2";
    input.programmes[1].partners = ["x-3"];
    input.phases[0].programme = "x-4";
    input.phases[0].populations = ["x-5"];
    input.studies[0].institutes = ["x-6"];
    input.studies[1].territory = "x-7";
    input.actors[4].affiliations = ["x-8"];
    input.populations[2].parent = "x-9";
    input.fragilities[0].sources = ["x-10"];
    input.impactAxes[0].wordings[0].source = "x-11";
    input.territories[1].parent = "x-12";
    input.territories[2].successor = "x-13";
    input.partnershipTypes[0].sources = ["x-14"];
    Object.assign(input.figures[0], {
      territory: "x-15",
      axis: "x-16",
      fragility: "x-17",
      partnershipType: "x-18",
    });
    const issues = issuesOf(input);
    const references = issues.filter((issue) => issue.code === "unknown_reference");
    expect(references.map((issue) => issue.message.match(/"(x-\d+)"/)?.[1])).toEqual(
      Array.from({ length: 18 }, (_, k) => `x-${k + 1}`),
    );
  });

  it("reports cycles among population and territory parents", () => {
    const input = copy();
    input.populations[1].parent = "maires";
    input.territories[0] = {
      ...input.territories[1],
      id: "france-bis",
      parent: "auvergne-rhone-alpes",
      inseeCode: "11",
    };
    input.territories[1].parent = "france-bis";
    const issues = summary(input).filter((line) => line.endsWith("cyclic_reference"));
    expect(issues).toEqual([
      "populations[1].parent cyclic_reference",
      "populations[2].parent cyclic_reference",
      "territories[0].parent cyclic_reference",
      "territories[1].parent cyclic_reference",
    ]);
  });

  it("does not report a reference to an entity that exists but failed its schema", () => {
    const input = copy();
    input.studies[0].published = "2019-13";
    expect(summary(input)).toEqual(["studies[0].published invalid_date"]);
  });

  it("reports a duplicate id at the second occurrence, even when the first is invalid", () => {
    const input = copy();
    input.figures[0].value = -1;
    input.figures.push({ ...input.figures[1], id: input.figures[0].id });
    expect(summary(input)).toEqual(["figures[0].value too_small", "figures[3].id duplicate_id"]);
  });
});

describe("parseCatalog defaults", () => {
  it("freezes the arrays that defaults fill in", () => {
    const input = copy();
    input.impactAxes.push({
      id: "confiance",
      order: 3,
      name: "Confiance",
      description: "la confiance",
    });
    const catalog = parseCatalog(input);
    const axis = catalog.impactAxes[1];
    expect(axis?.wordings).toEqual([]);
    expect(Object.isFrozen(axis?.wordings)).toBe(true);
    expect(Object.isFrozen(catalog.programmes[0]?.partners)).toBe(true);
    expect(Object.isFrozen(catalog.studies[0]?.waves)).toBe(true);
  });
});

describe("parseCatalog issue order", () => {
  it("follows the document's own key order, not the schema's", () => {
    const { figures, ...rest } = copy();
    const input = { figures, ...rest };
    input.figures[0].source = "nowhere";
    input.figures[0].value = 2;
    input.programmes[0].name = "";
    expect(summary(input)).toEqual([
      "figures[0].value too_big",
      "figures[0].source unknown_reference",
      "programmes[0].name too_small",
    ]);
  });

  it("words messages for people, naming the bad value", () => {
    const input = copy();
    input.phases[0].order = 0;
    input.studies[0].populations = [];
    input.figures[0].sampleSize = "302";
    const messages = issuesOf(input).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    expect(messages).toEqual([
      "phases[0].order: must be at least 1, got 0",
      "studies[0].populations: a study surveys at least one population",
      'figures[0].sampleSize: expected a number, got "302"',
    ]);
  });
});
