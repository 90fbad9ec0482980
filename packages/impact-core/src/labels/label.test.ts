import { describe, expect, it } from "vitest";
import { ImpactError } from "../errors/impact-error";
import {
  FIGURE_UNITS,
  FRAGILITY_SPACES,
  MILESTONE_KINDS,
  ORGANISATION_ROLES,
  PHASE_KINDS,
  POPULATION_GROUPS,
  SAMPLE_QUALIFIERS,
  SURVEY_MODES,
  TERRITORY_LEVELS,
} from "../models/enums";
import { CSL_ITEM_TYPES } from "../models/source";
import { LABEL_TABLES, label } from "./label";

const ENUMERATIONS = {
  populationGroup: POPULATION_GROUPS,
  phaseKind: PHASE_KINDS,
  fragilitySpace: FRAGILITY_SPACES,
  territoryLevel: TERRITORY_LEVELS,
  organisationRole: ORGANISATION_ROLES,
  figureUnit: FIGURE_UNITS,
  surveyMode: SURVEY_MODES,
  milestoneKind: MILESTONE_KINDS,
  sampleQualifier: SAMPLE_QUALIFIERS,
  cslItemType: CSL_ITEM_TYPES,
} as const;

describe("label", () => {
  it("labels exactly the values of each enumeration, in both locales", () => {
    for (const [name, values] of Object.entries(ENUMERATIONS)) {
      const table = LABEL_TABLES[name as keyof typeof LABEL_TABLES];
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      for (const value of values) {
        expect(label(value, "fr")).toMatch(/\S/);
        expect(label(value, "en")).toMatch(/\S/);
      }
    }
  });

  it("has no value shared by two enumerations, so that one flat lookup is unambiguous", () => {
    const all = Object.values(ENUMERATIONS).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it("gives the seed's French wording of the surveyed groups", () => {
    expect(POPULATION_GROUPS.map((group) => label(group, "fr"))).toEqual([
      "citoyens",
      "élus locaux",
      "dirigeants d’entreprise",
      "responsables associatifs",
    ]);
    expect(label("quantitative", "fr")).toBe("études quantitatives");
    expect(label("former-region", "en")).toBe("former region");
  });

  it("rejects unknown values, inherited keys and unknown locales", () => {
    for (const bad of ["voters", "toString", "__proto__", "", 3, null]) {
      expect(() => label(bad as "citizens", "fr")).toThrow(
        expect.objectContaining({ code: "INVALID_INPUT", path: ["value"] }),
      );
    }
    expect(() => label("citizens", "de" as "fr")).toThrow(ImpactError);
    expect(() => label("citizens", "de" as "fr")).toThrow(/locale must be "fr" or "en", got "de"/);
  });
});
