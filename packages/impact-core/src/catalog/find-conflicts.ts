import { ImpactError } from "../errors/impact-error";
import type { SourcedDate } from "../models/actor";
import type { Catalog } from "../models/catalog";
import type { FigureUnit } from "../models/enums";
import type { Figure } from "../models/figure";
import type { ActorId, PopulationId, ProgrammeId, SourceId, TerritoryId } from "../models/ids";
import type { SourcedPeriod } from "../models/programme";

/** What two figures must share to measure the same thing. */
export interface FigureConflictKey {
  readonly measure: string;
  readonly population: PopulationId;
  /** The figures' territory; `undefined` when neither names one. */
  readonly territory: TerritoryId | undefined;
  /** The figures' date; `undefined` when neither gives one. */
  readonly date: string | undefined;
}

/** Two figures of one measure, population, territory and date whose values or units differ. */
export interface FigureValueConflict {
  readonly kind: "figure-value";
  readonly key: FigureConflictKey;
  /** Both figures, in catalog order. */
  readonly figures: readonly [Figure, Figure];
  /** The source of each figure (they may be one source contradicting itself). */
  readonly sources: readonly [SourceId, SourceId];
  /** The value of each figure. */
  readonly values: readonly [number, number];
  /** The unit of each figure. */
  readonly units: readonly [FigureUnit, FigureUnit];
}

/** Two periods that two sources give for one programme. */
export interface ProgrammePeriodConflict {
  readonly kind: "programme-period";
  readonly programme: ProgrammeId;
  /** Both periods, in the programme's order. */
  readonly periods: readonly [SourcedPeriod, SourcedPeriod];
  /** The source of each period. */
  readonly sources: readonly [SourceId, SourceId];
}

/** Two founding dates that two sources give for one organisation. */
export interface ActorFoundingConflict {
  readonly kind: "actor-founding";
  readonly actor: ActorId;
  /** Both dates, in the actor's order. */
  readonly dates: readonly [SourcedDate, SourcedDate];
  /** The source of each date. */
  readonly sources: readonly [SourceId, SourceId];
}

/** A place where two sources disagree, discriminated by `kind`. */
export type Conflict = ProgrammePeriodConflict | ActorFoundingConflict | FigureValueConflict;

const sameReading = (a: Figure, b: Figure): boolean =>
  a.unit === b.unit &&
  a.value === b.value &&
  (a.unit !== "score" ||
    b.unit !== "score" ||
    (a.scale.min === b.scale.min && a.scale.max === b.scale.max));

/**
 * Finds where the catalog's sources disagree: two periods for one programme, two founding
 * dates for one organisation, and two values (or units, or score scales) for the same measure of the same population,
 * territory and date. Disagreements are listed pairwise: three figures with three
 * different values give three conflicts; equal figures are no conflict, even from
 * different sources. The order is stable: programme conflicts in catalog order, then
 * founding-date conflicts in catalog order, then figure conflicts by the catalog position of their first, then second figure.
 *
 * Figures are compared only when their keys are equal, date included, and an absent date
 * is a key like any other: a dated and an undated figure never conflict, and two undated
 * figures of one measure, population and territory are taken as two readings of the
 * same figure. A catalog that holds several waves of a measure must therefore date
 * them (with the publication date when the survey date is unknown), or their different
 * values are reported as conflicts.
 *
 * @param catalog - a catalog returned by `parseCatalog`
 * @returns the conflicts, frozen, each naming both sides and both sources
 * @throws {ImpactError} `INVALID_INPUT` when `catalog` has no `programmes` or `figures` array
 * @example
 * import { findConflicts } from "@observatoire/impact-core";
 * const conflicts = findConflicts({
 *   programmes: [{
 *     id: "phare", name: "PHARE", title: "Fragilités et co-construction en territoire",
 *     periods: [
 *       { start: "2013", end: "2018", source: "seed" },
 *       { start: "2013", end: "2017", source: "le-cheminement" },
 *     ],
 *     milestones: [], partners: [], sources: [],
 *   }],
 *   figures: [],
 * } as never);
 * conflicts.map((c) => [c.kind, ...c.sources]);
 * //=> [["programme-period", "seed", "le-cheminement"]]
 */
export function findConflicts(catalog: Catalog): readonly Conflict[] {
  if (typeof catalog !== "object" || catalog === null) {
    throw new ImpactError("INVALID_INPUT", "findConflicts expects a catalog from parseCatalog", {
      path: ["catalog"],
    });
  }
  for (const name of ["programmes", "figures"] as const) {
    if (!Array.isArray(catalog[name])) {
      throw new ImpactError("INVALID_INPUT", `the catalog has no ${name} array`, {
        path: ["catalog", name],
      });
    }
  }
  const conflicts: Conflict[] = [];

  for (const programme of catalog.programmes) {
    const { periods } = programme;
    for (let i = 0; i < periods.length; i += 1) {
      for (let j = i + 1; j < periods.length; j += 1) {
        const a = periods[i] as SourcedPeriod;
        const b = periods[j] as SourcedPeriod;
        if (a.start !== b.start || a.end !== b.end) {
          conflicts.push(
            Object.freeze({
              kind: "programme-period",
              programme: programme.id,
              periods: Object.freeze([a, b] as const),
              sources: Object.freeze([a.source, b.source] as const),
            }),
          );
        }
      }
    }
  }

  for (const actor of Array.isArray(catalog.actors) ? catalog.actors : []) {
    if (actor.kind !== "organisation" || actor.foundingDates === undefined) continue;
    const dates = actor.foundingDates;
    for (let i = 0; i < dates.length; i += 1) {
      for (let j = i + 1; j < dates.length; j += 1) {
        const a = dates[i] as SourcedDate;
        const b = dates[j] as SourcedDate;
        if (a.date !== b.date) {
          conflicts.push(
            Object.freeze({
              kind: "actor-founding",
              actor: actor.id,
              dates: Object.freeze([a, b] as const),
              sources: Object.freeze([a.source, b.source] as const),
            }),
          );
        }
      }
    }
  }

  // Group by key first: a catalog of 100,000 figures compares within groups only.
  const groups = new Map<string, Figure[]>();
  for (const figure of catalog.figures) {
    const key = JSON.stringify([figure.measure, figure.population, figure.territory, figure.date]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [figure]);
    else group.push(figure);
  }
  const position = new Map<Figure, number>(catalog.figures.map((figure, index) => [figure, index]));
  const found: {
    readonly order: readonly [number, number];
    readonly conflict: FigureValueConflict;
  }[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i] as Figure;
        const b = group[j] as Figure;
        if (sameReading(a, b)) continue;
        found.push({
          order: [position.get(a) ?? 0, position.get(b) ?? 0],
          conflict: Object.freeze({
            kind: "figure-value",
            key: Object.freeze({
              measure: a.measure,
              population: a.population,
              territory: a.territory,
              date: a.date,
            }),
            figures: Object.freeze([a, b] as const),
            sources: Object.freeze([a.source, b.source] as const),
            values: Object.freeze([a.value, b.value] as const),
            units: Object.freeze([a.unit, b.unit] as const),
          }),
        });
      }
    }
  }
  found.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1]);
  for (const { conflict } of found) conflicts.push(conflict);
  return Object.freeze(conflicts);
}
