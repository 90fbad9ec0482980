import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectOneLineError, impact, impactInProcess, useTempDir } from "./helpers";

// The five notes of the seed document, copied byte for byte from its last lines
// (blank lines between them, U+00A0 inside the guillemets, no final newline).
const SEED_NOTES = readFile(new URL("./fixtures/seed-notes.txt", import.meta.url), "utf8");

const tmp = useTempDir();

describe("impact report (built bin)", () => {
  it("prints the French fact sheet whose notes 1 to 5 are the seed's, byte for byte", async () => {
    const { code, stdout, stderr } = await impact(["report"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const seed = await SEED_NOTES;
    expect(seed.split("\n\n")).toHaveLength(5);
    expect(seed).toContain("«\u00a0les impacts");
    expect(stdout).toContain(`Notes\n-----\n\n${seed}\n\n[6] `);
    expect(stdout.startsWith("LE PROGRAMME IMPACT\nImpacts des Alliances innovantes")).toBe(true);
  });

  it("holds the timeline, the axes, the phases, the partners, margins of error and conflicts", async () => {
    const { stdout } = await impactInProcess(["report"]);
    for (const heading of [
      "Chiffres clés",
      "Documents fondateurs",
      "Calendrier des programmes",
      "Les trois axes d’impact",
      "Les phases du programme",
      "Partenaires",
      "Les chiffres par population",
      "Fiches techniques des études",
      "Sources en désaccord",
    ]) {
      expect(stdout).toContain(`\n${heading}\n${"-".repeat([...heading].length)}\n`);
    }
    expect(stdout).toMatch(
      /PHARE, .*: 2013–2018\[\d+\] ou 2013–2017\[\d+\]\[\d+\] \(les sources divergent\)/,
    );
    expect(stdout).toContain("1. Innovation\u00a0: l’innovation sociétale et territoriale");
    expect(stdout).toContain(
      "  • Caisse des Dépôts\n  • Institut CDC pour la Recherche\n  • Le Groupe La Poste\n",
    );
    // 91 % of 302 mayors: 1.96 sqrt(0.91 x 0.09 / 302) = 3.2 points, computed, and said so.
    expect(stdout).toContain(
      "91\u202f% en 2024 (IMPACTS & TRAJECTOIRES - Elus locaux, Comisis et OpinionWay, 302 répondants\u202f; marge d’erreur à 95\u202f% de ±\u00a03,2\u00a0pts, calculée sous l’hypothèse d’un tirage aléatoire simple)",
    );
    expect(stdout).toMatch(/PHARE\u00a0: 2013–2018\[\d+\] contre 2013–2017\[\d+\]/);
  });

  it("writes Markdown and English", async () => {
    const { code, stdout } = await impactInProcess([
      "report",
      "--format",
      "markdown",
      "--locale",
      "en",
    ]);
    expect(code).toBe(0);
    expect(stdout.startsWith("# The IMPACT programme\n")).toBe(true);
    expect(stdout).toContain("\n## Where sources disagree\n");
    expect(stdout).toMatch(/\n\[1\] /);
  });

  it("writes a standalone, escaped HTML page to --out, and nothing on stdout", async () => {
    const out = join(tmp.path, "fiche.html");
    const result = await impact(["report", "--format", "html", "--out", "fiche.html"], {
      cwd: tmp.path,
    });
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
    const html = await readFile(out, "utf8");
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<sup><a href="#note-1" id="call-1-1" class="call">1</a></sup>');
    expect(html).toContain(
      '<li id="note-1" value="1">Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019) <a href="#call-1-1" class="back"',
    );
    expect(html).toContain("IMPACTS &amp; TRAJECTOIRES");
    expect(html).toContain("@media print");
    expect(html).not.toMatch(
      /<(?!\/?(?:html|head|meta|title|style|body|main|header|h1|h2|h3|p|ul|ol|li|sup|a|i|section|figure|figcaption|svg|desc|g|line|text|circle)\b|!doctype)/,
    );
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect((await readdir(tmp.path)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves an existing --out file untouched when it cannot write, and says why", async () => {
    await writeFile(join(tmp.path, "keep.txt"), "kept");
    const line = expectOneLineError(
      await impact(["report", "--out", "missing-folder/fiche.txt"], { cwd: tmp.path }),
      1,
    );
    expect(line).toContain("cannot write missing-folder/fiche.txt");
    expect(await readFile(join(tmp.path, "keep.txt"), "utf8")).toBe("kept");
  });

  it.each([
    [["report", "--format", "pdf"], "--format must be one of text, markdown, html"],
    [["report", "--locale", "de"], "--locale must be one of fr, en"],
    [["report", "extra"], "report takes no argument"],
    [["report", "--out"], "option --out needs a value"],
  ])("rejects %j (exit 2)", async (args, fragment) => {
    expect(expectOneLineError(await impact(args), 2)).toContain(fragment);
  });
});
