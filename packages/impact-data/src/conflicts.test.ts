import { findConflicts } from "@observatoire/impact-core";
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";

describe("conflicts between sources, kept rather than resolved", () => {
  it("are exactly PHARE's period, the Observatoire's founding year, PHARE-Citoyens' sécurité score and the dirigeants' final figure", () => {
    const conflicts = findConflicts(catalog).map((conflict) =>
      conflict.kind === "programme-period"
        ? [
            conflict.programme,
            conflict.periods.map((period) => `${period.start}-${period.end}`),
            conflict.sources,
          ]
        : conflict.kind === "actor-founding"
          ? [conflict.actor, conflict.dates.map((d) => d.date), conflict.sources]
          : [
              `${conflict.key.measure} ${conflict.key.population} ${conflict.key.date}`,
              conflict.values,
              conflict.sources,
            ],
    );
    expect(conflicts).toEqual([
      [
        "phare",
        ["2013-2018", "2013-2017"],
        ["lerameau-le-programme-impact", "observatoire-le-cheminement"],
      ],
      [
        "observatoire-des-partenariats",
        ["2008", "2007"],
        ["lerameau-d-comme-donnees", "documents-arpea-2011-2012"],
      ],
      [
        "observatoire-des-partenariats",
        ["2008", "2007"],
        ["isbl-consultants-fr", "documents-arpea-2011-2012"],
      ],
      [
        "priority-score-securite citoyens 2015-09-30",
        [6.6, 7],
        ["etude-phare-citoyens-2015", "carenews-phare-citoyens"],
      ],
      [
        "partnerships-source-of-innovation dirigeants-entreprise 2023-01-26",
        [0.84, 0.83],
        ["carenews-2023-01-26", "reseau-alliances-org"],
      ],
    ]);
  });

  it("name sources that the catalog holds, on both sides", () => {
    const sourceIds = new Set(catalog.sources.map((source) => source.id));
    for (const conflict of findConflicts(catalog)) {
      expect(conflict.sources[0]).not.toBe(conflict.sources[1]);
      for (const source of conflict.sources) expect(sourceIds.has(source)).toBe(true);
    }
  });
});
