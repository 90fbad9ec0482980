import { readFile } from "node:fs/promises";
import { findConflicts } from "@observatoire/impact-core";
import { catalog } from "@observatoire/impact-data";
import { describe, expect, it } from "vitest";
import { buildFactSheet } from "../src/report/fact-sheet";

// The checks a reader would make before publishing the sheet, on the French and English
// sheets in every format.
const FORMATS = ["text", "markdown", "html"] as const;
const SEED_NOTES = readFile(new URL("./fixtures/seed-notes.txt", import.meta.url), "utf8");

/** The sheet's own sentences: notes (references), markup, quoted titles and proper names removed. */
function prose(sheet: string, format: (typeof FORMATS)[number]): string {
  let body = sheet;
  if (format === "html") {
    body = body
      .replace(/<style>[\s\S]*?<\/style>/, "")
      .replace(/<section class="notes"[\s\S]*<\/section>/, "")
      .replace(/<title>[\s\S]*?<\/title>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replaceAll("&amp;", "&")
      .replaceAll("&#39;", "'")
      .replaceAll("&quot;", '"');
  } else {
    body = body.slice(0, body.lastIndexOf(format === "text" ? "\nNotes\n" : "\n## Notes\n"));
  }
  body = body.replace(/«[^»]*»/g, " ").replaceAll("\\", "");
  const names = [
    ...catalog.actors.flatMap((a) => (a.kind === "organisation" ? [a.name] : [a.family])),
    ...catalog.studies.map((s) => s.name),
    ...catalog.territories.map((t) => t.name),
    ...catalog.programmes.map((p) => p.name),
  ].sort((a, b) => b.length - a.length);
  for (const name of names) body = body.replaceAll(name, " ");
  return body;
}

const ENGLISH_WORDS =
  /\b(the|and|of|with|think|have|wish|say|their|partnerships|which|who|by|in|on|published|respondents|not)\b/i;
const FRENCH_WORDS =
  /\b(les|des|une|pensent|ont|leur|partenariats|avec|qui|est|sont|publié|publiée|répondants|programme de|selon|contre)\b|\b[ldjnsqu]’\p{L}/iu;

describe.each(FORMATS)("the %s fact sheet", (format) => {
  const fr = buildFactSheet(catalog, { format, locale: "fr" });
  const en = buildFactSheet(catalog, { format, locale: "en" });

  it("has no English sentence in French, and no French one in English", () => {
    const frenchProse = prose(fr, format);
    const englishProse = prose(en, format);
    expect(frenchProse.match(ENGLISH_WORDS)?.[0]).toBeUndefined();
    expect(englishProse.match(FRENCH_WORDS)?.[0]).toBeUndefined();
  });

  it("sets French typography on every French text", () => {
    const text = prose(fr, format);
    // No ordinary space (or none) before % : ; ! ? and inside « », no straight apostrophe.
    expect(text).not.toMatch(/\d ?%/);
    expect(text).not.toMatch(/[^\s\u00a0]:|[ ]:/);
    expect(text).not.toMatch(/[ ][;!?]|[^\s\u202f][;!?]/);
    expect(text).not.toMatch(/\p{L}'\p{L}/u);
    expect(fr).not.toMatch(/« |«[^\u00a0]| »/);
    expect(fr).not.toMatch(/"jouer collectif"/);
  });

  it("prints no internal id", () => {
    for (const id of [
      ...catalog.figures.flatMap((f) => [f.id, f.measure]),
      ...catalog.populations.map((p) => p.id).filter((id) => id.includes("-")),
      ...catalog.sources.map((s) => s.id).filter((id) => id.includes("-20")),
    ]) {
      expect(fr).not.toContain(id);
      expect(en).not.toContain(id);
    }
  });

  it("shows every figure with its study or programme and date, series in date order", () => {
    expect(fr).toMatch(/86\u202f% en 2008, 84\u202f% en 2012 \(ARPEA-Citoyens, Comisis\)/);
    expect(en).toMatch(/86% in 2008, 84% in 2012 \(ARPEA-Citoyens, Comisis\)/);
    // A conflict is flagged where the figure is shown, with both sources' note calls.
    expect(fr).toMatch(
      /6,6\/10(\[\d+\]|<sup>.*?<\/sup>) ou 7\/10(\[\d+\]|<sup>.*?<\/sup>) le 30 septembre 2015 \(les sources divergent\)/,
    );
    expect(en).toMatch(
      /84% ?(\[\d+\]|<sup>.*?<\/sup>) or 83%(\[\d+\]|<sup>.*?<\/sup>) on January 26, 2023 \(the sources disagree\)/,
    );
    // A margin of error only with its basis.
    for (const sheet of [fr, en]) {
      const margins = sheet.match(/(marge d’erreur|margin of error)[^)]*/g) ?? [];
      expect(margins.length).toBeGreaterThan(0);
      for (const margin of margins)
        expect(margin).toMatch(/tirage aléatoire simple|simple random sampling/);
    }
  });

  it("gives a methodology notice per study, with « non publié » for what no source gives", () => {
    const studies = catalog.studies.filter((s) => catalog.figures.some((f) => f.study === s.id));
    expect(fr.split("Tout sondage est affecté de marges d’erreur.").length - 1).toBe(
      studies.length,
    );
    expect(en.split("Every poll is subject to margins of error.").length - 1).toBe(studies.length);
    expect(fr).toContain("Commanditaire\u00a0: non publié");
    expect(fr).toMatch(/Méthode \(échantillonnage, mode de recueil\)\u00a0: par téléphone/);
    expect(fr).toContain("Dates du terrain\u00a0: 30 septembre 2024 – 28 octobre 2024");
  });

  it("puts the founding documents in date order, and no note call inside a quoted title", () => {
    const steps = fr.slice(fr.indexOf("Documents fondateurs"), fr.indexOf("objectif du programme"));
    const order = ["23 novembre 2017", "Décembre 2017", "Février 2018"].map((d) =>
      steps.indexOf(d),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(fr).not.toMatch(/rencontrent(\[\d+\]|<sup>)/);
    expect(fr).toMatch(/se rencontrent\u202f\\?!\u00a0»(\[\d+\]|<sup>)/);
  });
});

describe("the French text sheet", () => {
  const fr = buildFactSheet(catalog, { format: "text", locale: "fr" });

  it("keeps the seed's five notes byte for byte as notes 1 to 5", async () => {
    expect(fr).toContain(`Notes\n-----\n\n${await SEED_NOTES}\n\n[6] `);
  });

  it("gives the opening aim its note, and lists every conflict with both sources", () => {
    expect(fr).toMatch(/mouvement émergent\[6\]\./);
    const conflicts = fr.slice(fr.indexOf("Sources en désaccord"), fr.indexOf("\nNotes\n"));
    expect(conflicts.match(/^ {2}• /gm)).toHaveLength(findConflicts(catalog).length);
    expect(conflicts).toMatch(/PHARE\u00a0: 2013–2018\[\d+\] contre 2013–2017\[\d+\]\[\d+\]/);
    expect(conflicts).toMatch(/année de création\u00a0: 2008\[\d+\] contre 2007\[\d+\]/);
  });
});
