import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validCatalogArbitrary } from "../__fixtures__/catalog-arbitrary";
import { formatPath, ImpactValidationError, type IssuePath } from "../errors/impact-error";
import { parseCatalog } from "./parse-catalog";

// biome-ignore lint/suspicious/noExplicitAny: documents are plain JSON.
type Json = any;

const everyObjectFrozen = (value: unknown): boolean =>
  typeof value !== "object" ||
  value === null ||
  (Object.isFrozen(value) && Object.values(value).every(everyObjectFrozen));

/** One corruption of a valid document, and where parseCatalog must report it. */
interface Corruption {
  readonly name: string;
  readonly apply: (doc: Json) => void;
  readonly path: IssuePath;
  readonly code: string;
}

/** Every single corruption that applies to this document. */
function corruptionsOf(doc: Json): Corruption[] {
  const out: Corruption[] = [];
  const collections = Object.keys(doc) as string[];
  for (const name of collections) {
    const entities = doc[name] as Json[];
    entities.forEach((_, index) => {
      out.push({
        name: `duplicate ${name}[${index}]`,
        apply: (d) => d[name].push(structuredClone(d[name][index])),
        path: [name, entities.length, "id"],
        code: "duplicate_id",
      });
    });
  }
  doc.figures.forEach((figure: Json, index: number) => {
    out.push({
      name: `figures[${index}] cites an unknown source`,
      apply: (d) => {
        d.figures[index].source = "no-such-source";
      },
      path: ["figures", index, "source"],
      code: "unknown_reference",
    });
    out.push({
      name: `figures[${index}] names an unknown population`,
      apply: (d) => {
        d.figures[index].population = "no-such-population";
      },
      path: ["figures", index, "population"],
      code: "unknown_reference",
    });
    if (figure.unit === "proportion") {
      out.push({
        name: `figures[${index}] is a percentage`,
        apply: (d) => {
          d.figures[index].value = 74;
        },
        path: ["figures", index, "value"],
        code: "too_big",
      });
    }
    out.push({
      name: `figures[${index}] has a date off the calendar`,
      apply: (d) => {
        d.figures[index].date = "2019-02-29";
      },
      path: ["figures", index, "date"],
      code: "invalid_date",
    });
  });
  doc.studies.forEach((_: Json, index: number) => {
    out.push({
      name: `studies[${index}] surveys an unknown population`,
      apply: (d) => {
        d.studies[index].populations.push("no-such-population");
      },
      path: ["studies", index, "populations", doc.studies[index].populations.length],
      code: "unknown_reference",
    });
  });
  doc.programmes.forEach((programme: Json, index: number) => {
    out.push({
      name: `programmes[${index}] period cites an unknown source`,
      apply: (d) => {
        d.programmes[index].periods[0].source = "no-such-source";
      },
      path: ["programmes", index, "periods", 0, "source"],
      code: "unknown_reference",
    });
    out.push({
      name: `programmes[${index}] period starts in month 13`,
      apply: (d) => {
        d.programmes[index].periods[0].start = `${programme.periods[0].start}-13`;
      },
      path: ["programmes", index, "periods", 0, "start"],
      code: "invalid_date",
    });
  });
  doc.populations.forEach((_: Json, index: number) => {
    out.push({
      name: `populations[${index}] has an empty name`,
      apply: (d) => {
        d.populations[index].name = "";
      },
      path: ["populations", index, "name"],
      code: "too_small",
    });
  });
  return out;
}

describe("parseCatalog properties", () => {
  it("returns any valid catalog frozen, and unchanged by a JSON round trip", () => {
    fc.assert(
      fc.property(validCatalogArbitrary, (doc) => {
        const catalog = parseCatalog(doc);
        expect(everyObjectFrozen(catalog)).toBe(true);
        expect(parseCatalog(JSON.parse(JSON.stringify(catalog)))).toEqual(catalog);
        expect(catalog.figures.map((figure) => figure.id)).toEqual(
          doc.figures.map((figure: Json) => figure.id),
        );
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("reports any single corruption of a valid catalog at its path", () => {
    const withCorruption = validCatalogArbitrary.chain((doc) =>
      fc.constantFrom(...corruptionsOf(doc)).map((corruption) => ({ doc, corruption })),
    );
    fc.assert(
      fc.property(withCorruption, ({ doc, corruption }) => {
        const corrupted = structuredClone(doc);
        corruption.apply(corrupted);
        let issues: readonly { path: IssuePath; code: string }[] = [];
        try {
          parseCatalog(corrupted);
        } catch (error) {
          if (!(error instanceof ImpactValidationError)) throw error;
          issues = error.issues;
        }
        const found = issues.map((issue) => `${formatPath(issue.path)} ${issue.code}`);
        expect(found, corruption.name).toContain(
          `${formatPath(corruption.path)} ${corruption.code}`,
        );
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
