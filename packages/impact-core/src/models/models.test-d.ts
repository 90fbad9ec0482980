import { describe, expectTypeOf, it } from "vitest";
import type { Conflict } from "../catalog/find-conflicts";
import { findConflicts } from "../catalog/find-conflicts";
import { parseCatalog } from "../catalog/parse-catalog";
import { label } from "../labels/label";
import type { Actor } from "./actor";
import type { Catalog, CatalogInput } from "./catalog";
import type { FragilitySpace } from "./enums";
import type { Figure, FigureInput } from "./figure";
import type { Fragility, FragilityInput } from "./fragility";
import type { FigureId, PopulationId, ProgrammeId, SourceId, StudyId } from "./ids";
import { StudyIdSchema } from "./ids";
import type { Phase } from "./phase";
import type { Programme, ProgrammeInput } from "./programme";
import type { Study, StudyInput } from "./study";
import type { Territory } from "./territory";

describe("branded ids", () => {
  it("are not assignable from a plain string, nor from one another", () => {
    expectTypeOf<string>().not.toExtend<StudyId>();
    expectTypeOf<StudyId>().toExtend<string>();
    expectTypeOf<StudyId>().not.toExtend<ProgrammeId>();
    expectTypeOf<PopulationId>().not.toExtend<FigureId>();
    expectTypeOf(StudyIdSchema.parse("impact-citoyens")).toEqualTypeOf<StudyId>();
  });

  it("are what entities and references hold", () => {
    expectTypeOf<Figure["source"]>().toEqualTypeOf<SourceId>();
    expectTypeOf<Figure["study"]>().toEqualTypeOf<StudyId | undefined>();
    expectTypeOf<Study["populations"]>().toEqualTypeOf<readonly PopulationId[]>();
  });
});

describe("input and output types", () => {
  it("make a fragility's space optional, in inputs and outputs", () => {
    expectTypeOf<Fragility["space"]>().toEqualTypeOf<FragilitySpace | undefined>();
    expectTypeOf<{ id: string; name: string }>().toExtend<FragilityInput>();
    // @ts-expect-error a space outside FRAGILITY_SPACES
    const input: FragilityInput = { id: "x", name: "X", space: "jobs" };
    expectTypeOf(input).toEqualTypeOf<FragilityInput>();
  });

  it("take plain strings in, and make defaulted fields optional in inputs only", () => {
    expectTypeOf<{ id: string }>().toExtend<Pick<StudyInput, "id">>();
    expectTypeOf<undefined>().toExtend<StudyInput["waves"]>();
    expectTypeOf<string[]>().toExtend<StudyInput["waves"]>();
    expectTypeOf<Study["waves"]>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<undefined>().toExtend<ProgrammeInput["partners"]>();
    expectTypeOf<Programme["partners"]>().toEqualTypeOf<readonly Actor["id"][]>();
    expectTypeOf<undefined>().toExtend<CatalogInput["partnershipTypes"]>();
    expectTypeOf<Catalog["partnershipTypes"]>().not.toExtend<undefined>();
  });

  it("give readonly outputs", () => {
    expectTypeOf<Catalog["figures"]>().toEqualTypeOf<readonly Figure[]>();
    expectTypeOf<Figure>().toExtend<{ readonly id: FigureId }>();
    // biome-ignore lint/suspicious/noExplicitAny: checking that no writable field exists.
    const assign = (figure: Figure): any => {
      // @ts-expect-error outputs are readonly
      figure.value = 1;
      // @ts-expect-error arrays of outputs are readonly
      (figure as unknown as Study).populations.push("x" as PopulationId);
    };
    expectTypeOf(assign).toBeFunction();
  });

  it("accept a figure input with plain strings", () => {
    const input: FigureInput = {
      id: "x",
      measure: "m",
      statement: "s",
      unit: "proportion",
      value: 0.5,
      population: "p",
      source: "s",
    };
    expectTypeOf(input).toExtend<FigureInput>();
    // @ts-expect-error a score needs its scale
    const score: FigureInput = { ...input, unit: "score" };
    expectTypeOf(score).not.toBeNever();
  });
});

describe("discriminated unions", () => {
  it("narrow on unit, kind and level", () => {
    const narrow = (figure: Figure, phase: Phase, territory: Territory, actor: Actor): void => {
      if (figure.unit === "score")
        expectTypeOf(figure.scale).toEqualTypeOf<Readonly<{ min: number; max: number }>>();
      // @ts-expect-error only scores have a scale
      if (figure.unit === "proportion") figure.scale;
      if (phase.kind === "quantitative")
        expectTypeOf(phase.populations).toEqualTypeOf<readonly PopulationId[]>();
      if (territory.level === "former-region") expectTypeOf(territory.successor).toExtend<string>();
      if (actor.kind === "person") expectTypeOf(actor.family).toBeString();
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("type conflicts by kind", () => {
    const conflicts = findConflicts(parseCatalog({}));
    expectTypeOf(conflicts).toEqualTypeOf<readonly Conflict[]>();
    const first = conflicts[0];
    if (first?.kind === "figure-value")
      expectTypeOf(first.figures).toEqualTypeOf<readonly [Figure, Figure]>();
    if (first?.kind === "programme-period")
      expectTypeOf(first.programme).toEqualTypeOf<ProgrammeId>();
  });
});

describe("label", () => {
  it("accepts enumeration values and rejects other strings at compile time", () => {
    expectTypeOf(label("citizens", "fr")).toBeString();
    expectTypeOf(label("report", "en")).toBeString();
    // @ts-expect-error not a value of a labelled enumeration
    label("voters", "fr");
    // Any BCP 47 tag type-checks; readLocale rejects other languages than French and English at run time.
    expectTypeOf(label("citizens", "fr-FR")).toBeString();
  });
});
