import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("states the counts of every collection as measured from the catalog", () => {
    const table = new Map(
      [...readme.matchAll(/^\| *(\w+) *\| *(\d+) *\|$/gm)].map((row) => [row[1], Number(row[2])]),
    );
    const measured = new Map(
      Object.entries(catalog).map(([name, entities]) => [name, (entities as unknown[]).length]),
    );
    expect(table).toEqual(measured);
  });

  it("states the number of figures by unit and of measures", () => {
    const units = catalog.figures.reduce<Record<string, number>>((counts, figure) => {
      counts[figure.unit] = (counts[figure.unit] ?? 0) + 1;
      return counts;
    }, {});
    const measures = new Set(catalog.figures.map((figure) => figure.measure)).size;
    expect(readme).toContain(
      `${catalog.figures.length} (${units.proportion} proportions, ${units.score} scores out of 10, ${units.points} change in points, ${units.count} count) over\n  ${measures} measures`,
    );
  });
});
