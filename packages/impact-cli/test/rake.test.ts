import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { rake } from "@observatoire/impact-indicators";
import { describe, expect, it } from "vitest";
import { expectOneLineError, impact, impactInProcess, useTempDir } from "./helpers";

const tmp = useTempDir();

const SEXE = ["F", "F", "M", "M", "F", "M", "F", "M"];
const AGE = ["jeune", "senior", "jeune", "senior", "senior", "jeune", "jeune", "senior"];
const POIDS = [1.2, 0.8, 1, 1.1, 0.9, 1.3, 0.7, 1.05];
const MARGINS = [
  { variable: "sexe", targets: { F: 52, M: 48 } },
  { variable: "age", targets: { jeune: 40, senior: 60 } },
];

async function put(name: string, text: string): Promise<void> {
  await writeFile(join(tmp.path, name), text);
}

function survey(delimiter: string, decimal: string, newline = "\n"): string {
  const lines = [["id", "sexe", "age", "poids", "commentaire"].join(delimiter)];
  SEXE.forEach((sexe, i) => {
    const comment = i === 2 ? `"dit ""oui""${delimiter} puis non"` : `r${i}`;
    lines.push(
      [String(i + 1), sexe, AGE[i], String(POIDS[i]).replace(".", decimal), comment].join(
        delimiter,
      ),
    );
  });
  return lines.join(newline) + newline;
}

async function tmpFiles(): Promise<string[]> {
  return (await readdir(tmp.path)).filter((name) => name.endsWith(".tmp"));
}

describe("impact rake (built bin)", () => {
  it("writes every row with the raked weight at full precision, as rake() computes it", async () => {
    await put("s.csv", survey(",", "."));
    await put("m.json", JSON.stringify(MARGINS));
    const out = await impact(
      ["rake", "s.csv", "--margins", "m.json", "--weight", "poids", "--out", "out.csv"],
      { cwd: tmp.path },
    );
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout).toMatch(/^rows {16}8$/m);
    expect(out.stdout).toMatch(/^converged {11}yes$/m);
    expect(out.stdout).toMatch(/^iterations {10}\d+$/m);
    expect(out.stdout).toMatch(/^max absolute error {2}\S+$/m);

    const expected = rake({
      weights: POIDS,
      margins: [
        { variable: "sexe", codes: SEXE, targets: MARGINS[0]?.targets ?? {} },
        { variable: "age", codes: AGE, targets: MARGINS[1]?.targets ?? {} },
      ],
    }).weights;
    const lines = (await readFile(join(tmp.path, "out.csv"), "utf8")).split("\n");
    expect(lines[0]).toBe("id,sexe,age,poids,commentaire,raked_weight");
    expect(lines[3]).toBe(`3,M,jeune,1,"dit ""oui"", puis non",${String(expected[2])}`);
    expect(lines.slice(1, -1).map((line) => line.slice(line.lastIndexOf(",") + 1))).toEqual(
      Array.from(expected, (w) => String(w)),
    );
    expect(lines.at(-1)).toBe("");
  });

  it("keeps a French Excel file French: BOM, semicolons, decimal commas, CRLF", async () => {
    await put("fr.csv", `\ufeff${survey(";", ",", "\r\n")}`);
    await put("m.json", JSON.stringify(MARGINS));
    const result = await impactInProcess(
      [
        "rake",
        "fr.csv",
        "--margins",
        "m.json",
        "--weight",
        "poids",
        "--out",
        "fr-out.csv",
        "--json",
      ],
      tmp.path,
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { converged: boolean; rows: number };
    expect(summary).toMatchObject({ converged: true, rows: 8, column: "raked_weight" });
    const text = await readFile(join(tmp.path, "fr-out.csv"), "utf8");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("\ufeffid;sexe;age;poids;commentaire;raked_weight");
    expect(lines[1]).toMatch(/^1;F;jeune;1,2;r0;\d+,\d+$/);
    const plain = await readFile(join(tmp.path, "out.csv"), "utf8").catch(() => "");
    if (plain !== "") {
      const weights = (s: string, sep: string) =>
        s
          .trim()
          .split(/\r?\n/)
          .slice(1)
          .map((l) => l.slice(l.lastIndexOf(sep) + 1).replace(",", "."));
      expect(weights(text, ";")).toEqual(weights(plain, ","));
    }
  });

  it("rakes without starting weights, to a new column name", async () => {
    await put("s.csv", survey(",", "."));
    await put("m.json", JSON.stringify(MARGINS));
    const result = await impactInProcess(
      ["rake", "s.csv", "--margins", "m.json", "--out", "o2.csv", "--column", "w2"],
      tmp.path,
    );
    expect(result.code).toBe(0);
    const rows = (await readFile(join(tmp.path, "o2.csv"), "utf8")).trim().split("\n");
    expect(rows[0]?.endsWith(",w2")).toBe(true);
    const total = rows
      .slice(1)
      .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(",") + 1)), 0);
    expect(total).toBeCloseTo(100, 9);
  });

  describe("bad input: exit code, one line, and no file at --out", () => {
    const M = ["--margins", "m.json"];
    const OUT = ["--out", "fail.csv"];
    const cases: [string, string[], Record<string, string>, number, string][] = [
      [
        "a missing data file",
        ["nope.csv", ...M, ...OUT],
        {},
        1,
        "nope.csv: no such file or folder",
      ],
      [
        "a missing margins file",
        ["s.csv", "--margins", "absent.json", ...OUT],
        {},
        1,
        "absent.json: no such file or folder",
      ],
      [
        "margins that are not JSON",
        ["s.csv", ...M, ...OUT],
        { "m.json": "[{" },
        1,
        "m.json: not valid JSON",
      ],
      [
        "margins of the wrong shape, every problem with its path",
        ["s.csv", ...M, ...OUT],
        { "m.json": '[{"variable":"sexe","targets":{"F":"52"}},{"targets":{}}]' },
        1,
        'm.json: not a valid margins file, expected [{ "variable": COLUMN, "targets": { CODE: TOTAL } }]: [0].targets.F: ',
      ],
      [
        "a margin on an unknown column",
        ["s.csv", ...M, ...OUT],
        { "m.json": '[{"variable":"genre","targets":{"F":52,"M":48}}]' },
        1,
        'm.json: [0].variable "genre" is not a column of s.csv',
      ],
      [
        "a code without a target, with its line",
        ["s.csv", ...M, ...OUT],
        { "m.json": '[{"variable":"sexe","targets":{"F":100}}]' },
        1,
        's.csv: line 4: code "M" in column "sexe" has no target in m.json (targets: "F")',
      ],
      [
        "a target without respondents",
        ["s.csv", ...M, ...OUT],
        { "m.json": '[{"variable":"sexe","targets":{"F":50,"M":40,"X":10}}]' },
        1,
        'm.json: category "X" of "sexe" has target 10 but no row of s.csv has this code',
      ],
      [
        "margins of unequal totals",
        ["s.csv", ...M, ...OUT],
        {
          "m.json":
            '[{"variable":"sexe","targets":{"F":52,"M":48}},{"variable":"age","targets":{"jeune":40,"senior":70}}]',
        },
        1,
        "every margin must describe the same population total",
      ],
      [
        "a non-numeric weight, with its line",
        ["bad.csv", "--weight", "poids", "--margins", "bad.json", ...OUT],
        {
          "bad.csv": "sexe,poids\nF,1\nM,un\n",
          "bad.json": '[{"variable":"sexe","targets":{"F":1,"M":1}}]',
        },
        1,
        'bad.csv: line 3: weight "un" in column "poids" is not a number',
      ],
      [
        "an unknown weight column",
        ["s.csv", "--weight", "w", ...M, ...OUT],
        {},
        2,
        '--weight: no column "w" in s.csv',
      ],
      ["no --out", ["s.csv", ...M], {}, 2, "--out FILE is required"],
      ["no --margins", ["s.csv", ...OUT], {}, 2, "--margins FILE is required"],
      [
        "a missing folder for --out",
        ["s.csv", ...M, "--out", "no/dir.csv"],
        {},
        1,
        "cannot write no/dir.csv: no such file or folder",
      ],
      ["--out onto the input", ["s.csv", ...M, "--out", "s.csv"], {}, 2, "--out must differ"],
      [
        "a column that exists",
        ["s.csv", ...M, ...OUT, "--column", "poids"],
        {},
        2,
        'already has a column "poids"',
      ],
      [
        "a zero --max-iterations",
        ["s.csv", ...M, ...OUT, "--max-iterations", "0"],
        {},
        2,
        "--max-iterations",
      ],
      ["a bad --tolerance", ["s.csv", ...M, ...OUT, "--tolerance", "2"], {}, 2, "--tolerance"],
    ];

    it.each(cases)("%s", async (_name, args, files, code, fragment) => {
      await put("s.csv", survey(",", "."));
      await put("m.json", JSON.stringify(MARGINS));
      for (const [name, text] of Object.entries(files)) await put(name, text);
      // In-process (same code as the bin, which only calls run()); the bin's own handling
      // of these failures is covered by the test below and by the other commands' tests.
      const line = expectOneLineError(await impactInProcess(["rake", ...args], tmp.path), code);
      expect(line).toContain(fragment);
      expect((await readdir(tmp.path)).includes("fail.csv")).toBe(false);
      expect(await tmpFiles()).toEqual([]);
    });

    it("margins that cannot be met together: not converged, nothing written", async () => {
      // Nobody is both F and jeune, or M and senior: the margins contradict the sample.
      await put("x.csv", "sexe,age\nF,senior\nF,senior\nM,jeune\nM,jeune\n");
      await put(
        "x.json",
        JSON.stringify([
          { variable: "sexe", targets: { F: 50, M: 50 } },
          { variable: "age", targets: { jeune: 20, senior: 80 } },
        ]),
      );
      const line = expectOneLineError(
        await impact(
          ["rake", "x.csv", "--margins", "x.json", "--out", "x-out.csv", "--max-iterations", "50"],
          {
            cwd: tmp.path,
          },
        ),
        1,
      );
      expect(line).toContain("raking did not converge in 50 iterations");
      expect(line).toContain("nothing was written to x-out.csv");
      expect((await readdir(tmp.path)).includes("x-out.csv")).toBe(false);
    });
  });
});
