import fc from "fast-check";
import {
  FRAGILITY_SPACES,
  MILESTONE_KINDS,
  ORGANISATION_ROLES,
  POPULATION_GROUPS,
  SURVEY_MODES,
} from "../models/enums";

// biome-ignore lint/suspicious/noExplicitAny: the generated documents are plain JSON.
type Json = any;

const text = fc.string({ minLength: 1, maxLength: 12 });
// JSON has no -0: map it to 0 so that a round trip compares equal.
const noNegativeZero = (value: number): number => value + 0;

/**
 * Valid catalog documents with consistent references: every id resolves, phases and
 * studies lie inside their programme's period, a figure's study surveys its population.
 * Sizes stay small so that hundreds of runs take well under a second each.
 */
export const validCatalogArbitrary: fc.Arbitrary<Json> = fc.gen().map((g) => {
  const pick = <T>(items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })] as T;
  const maybe = <T>(make: () => T): T | undefined => (g(fc.boolean) ? make() : undefined);
  const subset = <T>(items: readonly T[]): T[] => g(fc.subarray<T>, items as T[], { minLength: 1 });
  const count = (min: number, max: number): number => g(fc.integer, { min, max });
  const defined = (entries: Record<string, unknown>): Json =>
    Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

  const sources = Array.from({ length: count(1, 4) }, (_, k) =>
    defined({
      id: `source-${k}`,
      type: pick(["report", "webpage", "article-journal", "book"] as const),
      title: maybe(() => g(() => text)),
      author: maybe(() => [{ literal: g(() => text) }]),
      issued: maybe(() => ({ "date-parts": [[count(1990, 2030), count(1, 12), count(1, 28)]] })),
      "zotero-extra": maybe(() => ({ note: g(() => text), tags: [g(() => text)] })),
    }),
  );
  const sourceIds = sources.map((source: Json) => source.id as string);

  const programmes = Array.from({ length: count(1, 3) }, (_, k) => {
    const start = count(2000, 2020);
    const periods = Array.from({ length: count(1, 2) }, () => ({
      start: String(start),
      end: String(start + count(0, 6)),
      source: pick(sourceIds),
    }));
    return {
      programme: defined({
        id: `programme-${k}`,
        name: g(() => text),
        title: g(() => text),
        periods,
        milestones: maybe(() => [
          {
            date: `${start}-03-01`,
            kind: pick(MILESTONE_KINDS),
            title: g(() => text),
            source: pick(sourceIds),
          },
        ]),
      }),
      start,
    };
  });

  const populations: Json[] = [];
  for (let k = 0, n = count(1, 4); k < n; k += 1) {
    populations.push(
      defined({
        id: `population-${k}`,
        name: g(() => text),
        group: pick(POPULATION_GROUPS),
        parent: k > 0 ? maybe(() => `population-${count(0, k - 1)}`) : undefined,
      }),
    );
  }
  const populationIds = populations.map((population) => population.id as string);

  const actors: Json[] = Array.from({ length: count(1, 3) }, (_, k) => ({
    id: `organisation-${k}`,
    kind: "organisation",
    name: g(() => text),
    roles: subset(ORGANISATION_ROLES),
  }));
  const organisationIds = actors.map((actor) => actor.id as string);
  if (g(fc.boolean)) {
    actors.push({
      id: "person-0",
      kind: "person",
      family: g(() => text),
      given: g(() => text),
      affiliations: subset(organisationIds),
    });
  }

  const phases = programmes
    .filter(() => g(fc.boolean))
    .map(({ programme, start }, k) =>
      defined({
        id: `phase-${k}`,
        programme: programme.id,
        kind: "quantitative",
        order: k + 1,
        name: g(() => text),
        populations: subset(populationIds),
        period: maybe(() => ({ start: String(start), end: String(start) })),
      }),
    );

  const territories: Json[] = [{ id: "country", level: "country", name: "France" }];
  if (g(fc.boolean)) {
    territories.push({
      id: "region-84",
      level: "region",
      name: "Région",
      inseeCode: "84",
      parent: "country",
    });
    territories.push({
      id: "former-82",
      level: "former-region",
      name: "Ancienne région",
      successor: "region-84",
    });
  }
  const territoryIds = territories.map((territory) => territory.id as string);

  const studies = Array.from({ length: count(0, 3) }, (_, k) => {
    const framing = maybe(() => pick(programmes));
    const month = String(count(1, 12)).padStart(2, "0");
    return defined({
      id: `study-${k}`,
      name: g(() => text),
      programme: framing?.programme.id,
      populations: subset(populationIds),
      institutes: maybe(() => subset(organisationIds)),
      published: framing === undefined ? maybe(() => `2019-${month}`) : `${framing.start}-${month}`,
      mode: maybe(() => pick(SURVEY_MODES)),
      sample: maybe(() => ({ size: count(1, 5000) })),
      territory: maybe(() => pick(territoryIds)),
      sources: maybe(() => subset(sourceIds)),
    });
  });

  const fragilities = Array.from({ length: count(0, 2) }, (_, k) => ({
    id: `fragility-${k}`,
    name: g(() => text),
    space: maybe(() => pick(FRAGILITY_SPACES)),
  }));
  const impactAxes = Array.from({ length: count(0, 2) }, (_, k) => ({
    id: `axis-${k}`,
    order: k + 1,
    name: g(() => text),
    description: g(() => text),
    wordings: [{ text: g(() => text), source: pick(sourceIds) }],
  }));
  const partnershipTypes = Array.from({ length: count(0, 2) }, (_, k) => ({
    id: `type-${k}`,
    name: g(() => text),
  }));

  const figures = Array.from({ length: count(0, 8) }, (_, k) => {
    const study = maybe(() => (studies.length > 0 ? pick(studies) : undefined));
    const population =
      study === undefined ? pick(populationIds) : pick(study.populations as string[]);
    const unit = pick(["proportion", "score", "count", "points"] as const);
    const value =
      unit === "proportion"
        ? noNegativeZero(g(fc.double, { min: 0, max: 1, noNaN: true }))
        : unit === "score"
          ? noNegativeZero(g(fc.double, { min: 0, max: 10, noNaN: true }))
          : unit === "count"
            ? count(0, 1_000_000)
            : noNegativeZero(g(fc.double, { min: -100, max: 100, noNaN: true }));
    return defined({
      id: `figure-${k}`,
      measure: `measure-${count(0, 2)}`,
      statement: g(() => text),
      unit,
      value,
      scale: unit === "score" ? { min: 0, max: 10 } : undefined,
      population,
      study: study?.id,
      programme: study?.programme,
      source: pick(sourceIds),
      date: maybe(() => `${count(1990, 2030)}-${String(count(1, 12)).padStart(2, "0")}`),
      sampleSize: maybe(() => count(1, 5000)),
      territory: maybe(() => pick(territoryIds)),
      axis: impactAxes.length > 0 ? maybe(() => pick(impactAxes).id) : undefined,
      fragility: fragilities.length > 0 ? maybe(() => pick(fragilities).id) : undefined,
      partnershipType:
        partnershipTypes.length > 0 ? maybe(() => pick(partnershipTypes).id) : undefined,
    });
  });

  return {
    programmes: programmes.map(({ programme }) => programme),
    phases,
    studies,
    actors,
    populations,
    fragilities,
    impactAxes,
    territories,
    partnershipTypes,
    sources,
    figures,
  };
});
