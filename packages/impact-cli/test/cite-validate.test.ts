import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toCslJson } from "@observatoire/impact-citations";
import { catalog } from "@observatoire/impact-data";
import { describe, expect, it } from "vitest";
import { expectOneLineError, impact, impactInProcess, useTempDir } from "./helpers";

const tmp = useTempDir();
const SEED_NOTES = readFile(new URL("./fixtures/seed-notes.txt", import.meta.url), "utf8");
const SEED_SOURCES = [
  "etude-impact-citoyens-2019",
  "rapport-quinquennal-phare-2018-note-2",
  "actes-colloque-impacts-alliances-2018",
  "note-prospective-impacts-alliances-2017",
  "rapport-quinquennal-phare-2018",
];

async function put(name: string, value: unknown): Promise<string> {
  await writeFile(join(tmp.path, name), typeof value === "string" ? value : JSON.stringify(value));
  return name;
}

describe("impact cite (built bin)", () => {
  it("formats a CSL-JSON bibliography: the seed's sources give the seed's notes", async () => {
    const items = toCslJson(
      SEED_SOURCES.map((id) => {
        const source = catalog.sources.find((s) => s.id === id);
        if (source === undefined) throw new Error(`no source ${id}`);
        return source;
      }),
    );
    const file = await put("seed.json", items);
    const { code, stdout, stderr } = await impact(["cite", file], { cwd: tmp.path });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const expected = (await SEED_NOTES).split("\n\n").map((note) => note.replace(/^\[\d\] /, ""));
    expect(stdout).toBe(`${expected.join("\n")}\n`);
  });

  it("writes other styles and formats, escaping data in HTML", async () => {
    const file = await put("b.json", [
      {
        id: "a",
        type: "book",
        title: "Tom & <Jerry>",
        publisher: "MGM",
        issued: { "date-parts": [[2019]] },
      },
    ]);
    const html = await impactInProcess(
      ["cite", file, "--style", "iso690", "--format", "html"],
      tmp.path,
    );
    expect(html.code).toBe(0);
    expect(html.stdout).toBe(
      // ISO 690 as iso690-note-fr prints it: an unknown place is "[S. l.]".
      '<ul class="bibliography">\n  <li><i>Tom &amp; &lt;Jerry&gt;</i>. [S.\u00a0l.]\u00a0: MGM, 2019.</li>\n</ul>\n',
    );
    const md = await impactInProcess(
      ["cite", file, "--style", "apa", "--format", "markdown", "--locale", "en"],
      tmp.path,
    );
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith("- ")).toBe(true);
  });

  it("reports an invalid bibliography with the path of each problem (exit 1)", async () => {
    const file = await put("bad.json", [{ id: "x", type: "no-such-type", title: 3 }]);
    const line = expectOneLineError(await impact(["cite", file], { cwd: tmp.path }), 1);
    expect(line).toMatch(/^impact cite: bad\.json: Invalid CSL-JSON: \d+ problems?: \[0\]\./);
  });

  it.each([
    [["cite", "missing.json"], 1, "missing.json: no such file or folder"],
    [["cite", "not-json.json"], 1, "not-json.json: not valid JSON"],
    [
      ["cite", "b.json", "--style", "chicago"],
      2,
      "--style must be one of observatoire, iso690, apa",
    ],
    [["cite"], 2, "cite expects 1 argument"],
  ])("%j exits %i", async (args, code, fragment) => {
    await put("not-json.json", "{");
    await put("b.json", []);
    expect(expectOneLineError(await impactInProcess(args, tmp.path), code)).toContain(fragment);
  });
});

describe("impact validate (built bin)", () => {
  it("accepts the embedded catalog", async () => {
    const file = await put("catalog.json", catalog);
    const { code, stdout, stderr } = await impact(["validate", file], { cwd: tmp.path });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^catalog\.json: valid catalog \(3 programmes, \d+ phases, /);
  });

  it("lists every problem with its path on stdout, one line on stderr, exit 1", async () => {
    const broken = JSON.parse(JSON.stringify(catalog)) as {
      figures: { source: string }[];
      programmes: { periods: unknown[] }[];
    };
    (broken.figures[0] as { source: string }).source = "no-such-source";
    (broken.programmes[1] as { periods: unknown[] }).periods = [];
    const file = await put("broken.json", broken);
    const { code, stdout, stderr } = await impact(["validate", file], { cwd: tmp.path });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^impact validate: broken\.json is not a valid catalog: \d+ problems \(listed on stdout\)\n$/,
    );
    expect(stdout).toMatch(/^programmes\[1\]\.periods: .+ \[\w+\]$/m);
    expect(stdout).toMatch(/^figures\[0\]\.source: .*no-such-source.* \[\w+\]$/m);

    const json = await impactInProcess(["validate", file, "--json"], tmp.path);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { valid: boolean; issues: { path: unknown[] }[] };
    expect(report.valid).toBe(false);
    expect(report.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ["figures", 0, "source"],
        ["programmes", 1, "periods"],
      ]),
    );
  });

  it.each([
    [["validate", "none.json"], 1, "none.json: no such file or folder"],
    [["validate", "not-json.json"], 1, "not-json.json: not valid JSON"],
    [["validate"], 2, "validate expects 1 argument"],
    [["validate", "a.json", "--strict"], 2, "unknown option --strict"],
  ])("%j exits %i", async (args, code, fragment) => {
    await put("not-json.json", "{");
    expect(expectOneLineError(await impactInProcess(args, tmp.path), code)).toContain(fragment);
  });
});
