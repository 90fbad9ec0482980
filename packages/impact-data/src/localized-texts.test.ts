import { LocalizedTextSchema } from "@observatoire/impact-core";
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";

/** Every text of the catalog that a fact sheet or an app shows a reader, with its path. */
function readerTexts(): [string, unknown][] {
  const texts: [string, unknown][] = [];
  for (const p of catalog.programmes) {
    texts.push([`programmes.${p.id}.title`, p.title]);
    if (p.aim !== undefined) texts.push([`programmes.${p.id}.aim`, p.aim]);
    p.milestones.forEach((milestone, k) => {
      texts.push([`programmes.${p.id}.milestones.${k}.title`, milestone.title]);
    });
  }
  for (const phase of catalog.phases) {
    texts.push([`phases.${phase.id}.name`, phase.name]);
    if (phase.description !== undefined) {
      texts.push([`phases.${phase.id}.description`, phase.description]);
    }
  }
  for (const axis of catalog.impactAxes) {
    texts.push([`impactAxes.${axis.id}.name`, axis.name]);
    texts.push([`impactAxes.${axis.id}.description`, axis.description]);
  }
  for (const population of catalog.populations) {
    texts.push([`populations.${population.id}.name`, population.name]);
    if (population.description !== undefined) {
      texts.push([`populations.${population.id}.description`, population.description]);
    }
  }
  for (const figure of catalog.figures) {
    texts.push([`figures.${figure.id}.statement`, figure.statement]);
    if (figure.note !== undefined) texts.push([`figures.${figure.id}.note`, figure.note]);
  }
  return texts;
}

// Words that give a sentence away as English or French; proper names and quoted titles
// in « » are removed before looking.
const ENGLISH = /\b(the|and|of|with|think|have|wish|say|their|partnerships|which|who)\b/i;
const FRENCH =
  /\b(les|des|une|pensent|ont|leur|partenariats|avec|qui|est|sont)\b|\b[ldjnsqu]’\p{L}/iu;
const PROPER_NAMES = [
  ...catalog.actors.flatMap((actor) => (actor.kind === "organisation" ? [actor.name] : [])),
  ...catalog.studies.map((study) => study.name),
  ...catalog.territories.map((territory) => territory.name),
];
const withoutQuotes = (text: string) =>
  PROPER_NAMES.reduce((rest, name) => rest.replaceAll(name, ""), text.replace(/«[^»]*»/g, ""));

describe("every catalog text a reader sees", () => {
  it("exists in French and English, as a validated localized text", () => {
    const texts = readerTexts();
    expect(texts.length).toBeGreaterThan(60);
    for (const [path, text] of texts) {
      expect(LocalizedTextSchema.safeParse(text).success, path).toBe(true);
    }
  });

  it("is French in `fr` and English in `en`, quoted titles aside", () => {
    for (const [path, text] of readerTexts()) {
      const { fr, en } = LocalizedTextSchema.parse(text);
      expect(ENGLISH.test(withoutQuotes(fr)), `${path}.fr: ${fr}`).toBe(false);
      expect(FRENCH.test(withoutQuotes(en)), `${path}.en: ${en}`).toBe(false);
    }
  });

  it("marks as original only the wordings the sources published", () => {
    for (const [path, text] of readerTexts()) {
      const { original } = LocalizedTextSchema.parse(text);
      // Every source of this catalog publishes in French.
      expect(original === undefined || original === "fr", path).toBe(true);
    }
  });
});
