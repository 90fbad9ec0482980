import { describe, expect, it } from "vitest";
import { validCatalog } from "../__fixtures__/catalog";
import { findConflicts } from "./find-conflicts";
import { parseCatalog } from "./parse-catalog";

// biome-ignore lint/suspicious/noExplicitAny: tests build documents freely.
const copy = (): any => structuredClone(validCatalog);

const headline = (id: string, value: number, source: string, extra: object = {}) => ({
  id,
  measure: "partnerships-source-of-innovation",
  statement: `${Math.round(value * 100)} % des dirigeants d'entreprise`,
  unit: "proportion",
  value,
  population: "citoyens",
  source,
  date: "2022",
  ...extra,
});

describe("findConflicts", () => {
  it("reports a programme's two periods with both sources", () => {
    const conflicts = findConflicts(parseCatalog(copy()));
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict?.kind).toBe("programme-period");
    if (conflict?.kind !== "programme-period") return;
    expect(conflict.programme).toBe("phare");
    expect(conflict.sources).toEqual(["seed-impact", "le-cheminement"]);
    expect(conflict.periods.map((period) => period.end)).toEqual(["2018", "2017"]);
  });

  it("reports an organisation's two founding dates with both sources, after the periods", () => {
    const input = copy();
    input.actors.push({
      id: "observatoire",
      kind: "organisation",
      name: "Observatoire des partenariats",
      foundingDates: [
        { date: "2008", source: "seed-impact" },
        { date: "2008", source: "impact-citoyens-2019" },
        { date: "2007", source: "le-cheminement", evidence: "créé en 2007" },
      ],
    });
    const conflicts = findConflicts(parseCatalog(input));
    expect(conflicts.map((c) => c.kind)).toEqual([
      "programme-period",
      "actor-founding",
      "actor-founding",
    ]);
    const founding = conflicts[1];
    if (founding?.kind !== "actor-founding") throw new Error("expected a founding conflict");
    expect(founding.actor).toBe("observatoire");
    expect(founding.sources).toEqual(["seed-impact", "le-cheminement"]);
    expect(founding.dates.map((d) => d.date)).toEqual(["2008", "2007"]);
  });

  it("reports an unknown source of a founding date or of a period's alsoGivenBy", () => {
    const input = copy();
    input.actors.push({
      id: "observatoire",
      kind: "organisation",
      name: "Observatoire des partenariats",
      foundingDates: [{ date: "2008", source: "nowhere" }],
    });
    input.programmes[0].periods[0].alsoGivenBy = ["elsewhere"];
    expect(() => parseCatalog(input)).toThrow(/nowhere[\s\S]*|elsewhere/);
    try {
      parseCatalog(input);
    } catch (error) {
      const paths = (error as { issues: { path: unknown[] }[] }).issues.map((i) =>
        i.path.join("."),
      );
      expect(paths).toContain("programmes.0.periods.0.alsoGivenBy.0");
      expect(paths.some((p) => p.endsWith("foundingDates.0.source"))).toBe(true);
    }
  });

  it("reports figures of one key with different values, pairwise, in catalog order", () => {
    const input = copy();
    input.programmes[0].periods.pop();
    input.figures.push(
      headline("final-84", 0.84, "seed-impact"),
      headline("final-83", 0.83, "le-cheminement"),
      headline("final-84-again", 0.84, "impact-citoyens-2019"),
      headline("final-82", 0.82, "seed-impact"),
      // A different territory, date or population is another key, not a conflict.
      headline("final-territory", 0.5, "seed-impact", { territory: "france" }),
      headline("final-undated", 0.5, "seed-impact", { date: undefined }),
    );
    const conflicts = findConflicts(parseCatalog(input));
    expect(
      conflicts.map((c) => (c.kind === "figure-value" ? c.figures.map((f) => f.id) : [])),
    ).toEqual([
      ["final-84", "final-83"],
      ["final-84", "final-82"],
      ["final-83", "final-84-again"],
      ["final-83", "final-82"],
      ["final-84-again", "final-82"],
    ]);
    const [first] = conflicts;
    expect(first).toMatchObject({
      kind: "figure-value",
      key: {
        measure: "partnerships-source-of-innovation",
        population: "citoyens",
        territory: undefined,
        date: "2022",
      },
      sources: ["seed-impact", "le-cheminement"],
      values: [0.84, 0.83],
      units: ["proportion", "proportion"],
    });
    expect(Object.isFrozen(conflicts)).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("takes two undated figures of one measure, population and territory for one figure", () => {
    const input = copy();
    input.programmes[0].periods.pop();
    input.figures.push(
      headline("wave-a", 0.86, "seed-impact", { date: undefined }),
      headline("wave-b", 0.84, "seed-impact", { date: undefined }),
      headline("wave-c", 0.8, "seed-impact", { date: "2012" }),
    );
    const conflicts = findConflicts(parseCatalog(input));
    expect(conflicts.map((c) => (c.kind === "figure-value" ? [c.key.date, c.values] : []))).toEqual(
      [[undefined, [0.86, 0.84]]],
    );
  });

  it("treats a different unit or score scale as a disagreement", () => {
    const input = copy();
    input.programmes[0].periods.pop();
    const score = input.figures[2];
    input.figures.push(
      { ...score, id: "same-score", source: "le-cheminement" },
      { ...score, id: "other-scale", scale: { min: 0, max: 20 } },
      { ...score, id: "as-points", unit: "points", scale: undefined },
    );
    const ids = findConflicts(parseCatalog(input)).map((c) =>
      c.kind === "figure-value" ? c.figures.map((f) => f.id).join(" ") : c.kind,
    );
    expect(ids).toEqual([
      "phare-citoyens-emploi other-scale",
      "phare-citoyens-emploi as-points",
      "same-score other-scale",
      "same-score as-points",
      "other-scale as-points",
    ]);
  });

  it("finds nothing in a catalog without disagreement and rejects non-catalogs", () => {
    const input = copy();
    input.programmes[0].periods[1].end = "2018";
    expect(findConflicts(parseCatalog(input))).toEqual([]);
    expect(() => findConflicts(null as never)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
    expect(() => findConflicts({ programmes: [] } as never)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["catalog", "figures"] }),
    );
  });
});
