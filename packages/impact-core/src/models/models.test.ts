import { describe, expect, it } from "vitest";
import { validCatalog } from "../__fixtures__/catalog";
import { ActorSchema } from "./actor";
import { CatalogSchema } from "./catalog";
import { FigureSchema } from "./figure";
import { FragilitySchema } from "./fragility";
import { ImpactAxisSchema } from "./impact-axis";
import { LocalizedTextSchema } from "./localized-text";
import { PartialDateSchema, PeriodSchema } from "./partial-date";
import { PartnershipTypeSchema } from "./partnership-type";
import { PhaseSchema } from "./phase";
import { PopulationSchema } from "./population";
import { ProgrammeSchema, SourcedPeriodSchema } from "./programme";
import { CslDateSchema, SourceSchema } from "./source";
import { StudySchema } from "./study";
import { TerritorySchema } from "./territory";

// biome-ignore lint/suspicious/noExplicitAny: tests build invalid inputs freely.
const fixture = (): any => structuredClone(validCatalog);
const codes = (result: {
  success: boolean;
  error?: { issues: readonly { code: string; path: readonly PropertyKey[]; params?: unknown }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}:${issue.code}`);

describe("PartialDateSchema and PeriodSchema", () => {
  it("accepts real calendar dates of year, month or day precision", () => {
    for (const date of [
      "2019",
      "2019-10",
      "2017-11-23",
      "2016-02-29",
      "2000-02-29",
      "0001-01-01",
    ]) {
      expect(PartialDateSchema.safeParse(date).success).toBe(true);
    }
  });

  it("rejects dates off the calendar and other forms", () => {
    for (const date of [
      "2019-02-29",
      "1900-02-29",
      "2019-04-31",
      "2019-13",
      "2019-00",
      "19",
      "2019-1",
      "2019/10",
      "2019-10-01T00:00",
      2019,
      null,
    ]) {
      expect(PartialDateSchema.safeParse(date).success).toBe(false);
    }
  });

  it("rejects a period that ends before it starts, at its end", () => {
    expect(PeriodSchema.safeParse({ start: "2019", end: "2019-01" }).success).toBe(true);
    expect(codes(PeriodSchema.safeParse({ start: "2019-02", end: "2019-01-31" }))).toEqual([
      "end:custom",
    ]);
    expect(
      codes(SourcedPeriodSchema.safeParse({ start: "2019", end: "2018", source: "s" })),
    ).toEqual(["end:custom"]);
  });
});

describe("SourceSchema (CSL-JSON subset)", () => {
  const zotero = {
    id: "http://zotero.org/users/12345/items/ABCD1234",
    type: "report",
    title: "IMPACT-Citoyens",
    publisher: "Comisis-OpinionWay",
    author: [
      { literal: "Observatoire des partenariats" },
      { family: "Robin", given: "Anne", "parse-names": true },
    ],
    issued: { "date-parts": [["2019", "10"]], season: 4 },
    accessed: { "date-parts": [[2024, 3, 1]] },
    "citation-key": "observatoire2019",
    "event-place": "Paris",
    custom: { nested: [1, 2] },
  };

  it("loads a Zotero export as it is and keeps unknown fields", () => {
    const source = SourceSchema.parse(zotero) as Record<string, unknown>;
    expect(source["citation-key"]).toBe("observatoire2019");
    expect(source.custom).toEqual({ nested: [1, 2] });
    expect((source.author as Record<string, unknown>[])[1]?.["parse-names"]).toBe(true);
    expect(source.issued).toEqual({ "date-parts": [[2019, 10]], season: 4 });
  });

  it("checks date-parts against the calendar and requires a date's content", () => {
    expect(CslDateSchema.safeParse({ "date-parts": [[2016, 2, 29]] }).success).toBe(true);
    expect(codes(CslDateSchema.safeParse({ "date-parts": [[2019, 2, 29]] }))).toEqual([
      "date-parts.0.2:custom",
    ]);
    expect(codes(CslDateSchema.safeParse({ "date-parts": [[2019, 13]] }))).toEqual([
      "date-parts.0.1:custom",
    ]);
    expect(codes(CslDateSchema.safeParse({ season: 1 }))).toEqual([":custom"]);
    expect(CslDateSchema.safeParse({ literal: "printemps 2019" }).success).toBe(true);
  });

  it("rejects unknown item types, names without a name, bad URLs and DOIs", () => {
    expect(codes(SourceSchema.safeParse({ ...zotero, type: "blogpost" }))).toEqual([
      "type:invalid_value",
    ]);
    expect(codes(SourceSchema.safeParse({ ...zotero, author: [{ given: "Anne" }] }))).toEqual([
      "author.0:custom",
    ]);
    expect(codes(SourceSchema.safeParse({ ...zotero, URL: "javascript:alert(1)" }))).toEqual([
      "URL:invalid_format",
    ]);
    expect(codes(SourceSchema.safeParse({ ...zotero, DOI: "doi:10.1/x" }))).toEqual([
      "DOI:invalid_format",
    ]);
    expect(codes(SourceSchema.safeParse({ ...zotero, id: " padded" }))).toEqual(["id:custom"]);
  });

  it("rejects __proto__, constructor and prototype keys at any depth", () => {
    const polluted = JSON.parse(
      '{"id":"x","type":"report","__proto__":{"admin":true},"author":[{"literal":"A","constructor":{"prototype":1}}]}',
    );
    expect(codes(SourceSchema.safeParse(polluted))).toEqual([
      "__proto__:custom",
      "author.0.constructor:custom",
    ]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe("entity schemas", () => {
  const catalog = fixture();

  it("accept every entity of the fixture", () => {
    const pairs = [
      [ProgrammeSchema, catalog.programmes],
      [PhaseSchema, catalog.phases],
      [StudySchema, catalog.studies],
      [ActorSchema, catalog.actors],
      [PopulationSchema, catalog.populations],
      [FragilitySchema, catalog.fragilities],
      [ImpactAxisSchema, catalog.impactAxes],
      [TerritorySchema, catalog.territories],
      [PartnershipTypeSchema, catalog.partnershipTypes],
      [SourceSchema, catalog.sources],
      [FigureSchema, catalog.figures],
    ] as const;
    for (const [schema, entities] of pairs) {
      for (const entity of entities) expect(codes(schema.safeParse(entity))).toEqual([]);
    }
    expect(CatalogSchema.safeParse(catalog).success).toBe(true);
  });

  it("leave a fragility's space absent when no source assigns one", () => {
    const fragility = FragilitySchema.parse({ id: "education", name: "Éducation" });
    expect(fragility).toEqual({ id: "education", name: "Éducation", aliases: [], sources: [] });
    expect("space" in fragility).toBe(false);
    expect(FragilitySchema.parse({ id: "emploi", name: "Emploi", space: "vital" }).space).toBe(
      "vital",
    );
    expect(codes(FragilitySchema.safeParse({ id: "x", name: "X", space: "jobs" }))).toEqual([
      "space:invalid_value",
    ]);
  });

  it("reject invalid entities at the offending field", () => {
    const [programme] = catalog.programmes;
    expect(codes(ProgrammeSchema.safeParse({ ...programme, periods: [] }))).toEqual([
      "periods:too_small",
    ]);
    expect(codes(ProgrammeSchema.safeParse({ ...programme, id: "PHARE" }))).toEqual([
      "id:invalid_format",
    ]);
    const [phase] = catalog.phases;
    expect(codes(PhaseSchema.safeParse({ ...phase, kind: "debate" }))).toEqual([
      "kind:invalid_union",
    ]);
    expect(codes(PhaseSchema.safeParse({ ...phase, populations: [] }))).toEqual([
      "populations:too_small",
    ]);
    expect(codes(PhaseSchema.safeParse({ ...phase, order: 0 }))).toEqual(["order:too_small"]);
    const [study] = catalog.studies;
    expect(codes(StudySchema.safeParse({ ...study, published: "2019-02-29" }))).toEqual([
      "published:custom",
    ]);
    expect(codes(StudySchema.safeParse({ ...study, sample: { size: 0 } }))).toEqual([
      "sample.size:too_small",
    ]);
    expect(codes(StudySchema.safeParse({ ...study, mode: "telepathy" }))).toEqual([
      "mode:invalid_value",
    ]);
    expect(codes(ActorSchema.safeParse({ id: "x", kind: "person", family: "Robin" }))).toEqual([
      "given:invalid_type",
    ]);
    expect(
      codes(ActorSchema.safeParse({ id: "x", kind: "organisation", name: "X", url: "ftp://x" })),
    ).toEqual(["url:invalid_format"]);
    expect(codes(PopulationSchema.safeParse({ id: "x", name: "X", group: "voters" }))).toEqual([
      "group:invalid_value",
    ]);
    expect(
      codes(FragilitySchema.safeParse({ id: "x", name: "X", space: "vital", aliases: [""] })),
    ).toEqual(["aliases.0:too_small"]);
    expect(codes(ImpactAxisSchema.safeParse({ id: "x", order: 1, name: "X" }))).toEqual([
      "description:invalid_union",
    ]);
    // A localized text needs both languages; `original` names one of them.
    expect(
      codes(ImpactAxisSchema.safeParse({ id: "x", order: 1, name: { fr: "X" }, description: "d" })),
    ).toEqual(["name:invalid_union"]);
    expect(
      LocalizedTextSchema.safeParse({ fr: "Emploi", en: "Jobs", original: "de" }).success,
    ).toBe(false);
    expect(LocalizedTextSchema.safeParse({ fr: " ", en: "Jobs" }).success).toBe(false);
    expect(
      codes(TerritorySchema.safeParse({ id: "x", level: "region", name: "X", inseeCode: "8" })),
    ).toEqual(["inseeCode:invalid_format"]);
    expect(
      codes(TerritorySchema.safeParse({ id: "x", level: "former-region", name: "X" })),
    ).toEqual(["successor:invalid_type"]);
    expect(codes(PartnershipTypeSchema.safeParse({ id: "x" }))).toEqual(["name:invalid_type"]);
  });

  it("check figures by unit", () => {
    const [proportion, , score] = catalog.figures;
    expect(codes(FigureSchema.safeParse({ ...proportion, value: 74 }))).toEqual(["value:too_big"]);
    expect(codes(FigureSchema.safeParse({ ...proportion, value: -0.1 }))).toEqual([
      "value:too_small",
    ]);
    expect(codes(FigureSchema.safeParse({ ...proportion, unit: "percent" }))).toEqual([
      "unit:invalid_union",
    ]);
    expect(codes(FigureSchema.safeParse({ ...score, value: 11 }))).toEqual(["value:custom"]);
    expect(codes(FigureSchema.safeParse({ ...score, scale: { min: 10, max: 0 } }))).toEqual([
      "scale.max:custom",
    ]);
    expect(codes(FigureSchema.safeParse({ ...score, value: Number.POSITIVE_INFINITY }))).toEqual([
      "value:invalid_type",
    ]);
    expect(codes(FigureSchema.safeParse({ ...proportion, unit: "count", value: 1.5 }))).toEqual([
      "value:invalid_type",
    ]);
    expect(codes(FigureSchema.safeParse({ ...proportion, unit: "points", value: -8.5 }))).toEqual(
      [],
    );
    expect(
      codes(FigureSchema.safeParse({ ...proportion, measure: "Source Of Innovation" })),
    ).toEqual(["measure:invalid_format"]);
    expect(codes(FigureSchema.safeParse({ ...proportion, sampleSize: 0 }))).toEqual([
      "sampleSize:too_small",
    ]);
  });

  it("freeze their outputs", () => {
    const study = StudySchema.parse(catalog.studies[0]);
    expect(Object.isFrozen(study)).toBe(true);
    expect(Object.isFrozen(study.populations)).toBe(true);
  });
});
