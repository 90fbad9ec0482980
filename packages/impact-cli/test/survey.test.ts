import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { domainProportions } from "@observatoire/impact-indicators";
import { describe, expect, it } from "vitest";
import { run } from "../src/index";
import { expectOneLineError, impact, impactInProcess, useTempDir } from "./helpers";

// INDICATORS.md, golden B (R survey 4.1.1).
const Y = [1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1];
const W = [0.8, 1.2, 1.5, 0.6, 2, 1, 0.9, 1.1, 1.4, 0.7, 1.3, 0.5];
const G = ["a", "b", "a", "b", "a", "b", "c", "a", "b", "a", "c", "c"];

const tmp = useTempDir();

function rows(delimiter: string, decimal: string, newline: string): string {
  const header = ["id", "vote", "poids", "groupe"].join(delimiter);
  const body = Y.map((y, i) =>
    [String(i + 1), String(y), String(W[i]).replace(".", decimal), G[i]].join(delimiter),
  );
  return [header, ...body].join(newline) + newline;
}

async function fixture(name: string, text: string): Promise<string> {
  await writeFile(join(tmp.path, name), text);
  return name;
}

interface JsonRow {
  group: string | null;
  estimate: number;
  standardError: number;
  lower: number;
  upper: number;
  n: number;
  effectiveN: number;
}

describe("impact survey (built bin)", () => {
  it("matches R survey on golden B, in JSON with the documented fields", async () => {
    const file = await fixture("b.csv", rows(",", ".", "\n"));
    const out = await impact(["survey", file, "--value", "vote", "--weight", "poids", "--json"], {
      cwd: tmp.path,
    });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    const [row] = JSON.parse(out.stdout) as JsonRow[];
    expect(Object.keys(row as object)).toEqual(
      expect.arrayContaining([
        "group",
        "estimate",
        "standardError",
        "lower",
        "upper",
        "n",
        "effectiveN",
      ]),
    );
    expect(row?.group).toBeNull();
    expect(row?.estimate).toBeCloseTo(0.7153846, 7);
    expect(row?.standardError).toBeCloseTo(0.1378875, 7);
    expect(row?.effectiveN).toBeCloseTo(10.49689, 5);
    expect(row?.lower).toBeCloseTo(0.3615, 6);
    expect(row?.upper).toBeCloseTo(0.917755, 6);
    expect(row?.n).toBe(12);
  });

  it.each([
    ["beta", 0.374155, 0.935843],
    ["mean", 0.411896, 1.018873],
  ])("uses --method %s", async (method, lower, upper) => {
    const file = await fixture("b.csv", rows(",", ".", "\n"));
    const out = await impactInProcess(
      ["survey", file, "--value", "vote", "--weight", "poids", "--method", method, "--json"],
      tmp.path,
    );
    const [row] = JSON.parse(out.stdout) as JsonRow[];
    expect(row?.lower).toBeCloseTo(lower, 6);
    expect(row?.upper).toBeCloseTo(upper, 6);
  });

  it("uses normal quantiles with --df Infinity (golden A, 74 of 100 unweighted)", async () => {
    const lines = ["vote", ...Array.from({ length: 100 }, (_, i) => (i < 74 ? "1" : "0"))];
    const file = await fixture("a.csv", `${lines.join("\n")}\n`);
    const out = await impactInProcess(
      ["survey", file, "--value", "vote", "--df", "Infinity", "--json"],
      tmp.path,
    );
    const [row] = JSON.parse(out.stdout) as JsonRow[];
    expect(row?.lower).toBeCloseTo(0.644943, 6);
    expect(row?.upper).toBeCloseTo(0.816835, 6);
    expect(row?.standardError).toBeCloseTo(0.0440844, 7);
  });

  it("reads a French Excel export (BOM, semicolons, decimal commas, CRLF) to the same result", async () => {
    const plain = await fixture("plain.csv", rows(",", ".", "\n"));
    const excel = await fixture("excel.csv", `\ufeff${rows(";", ",", "\r\n")}`);
    const args = ["--value", "vote", "--weight", "poids", "--by", "groupe", "--json"];
    const a = await impactInProcess(["survey", plain, ...args], tmp.path);
    const b = await impactInProcess(["survey", excel, ...args], tmp.path);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it("estimates per domain exactly as domainProportions on the same columns", async () => {
    const file = await fixture("b.csv", rows(",", ".", "\n"));
    const out = await impact(
      ["survey", file, "--value", "vote", "--weight", "poids", "--by", "groupe", "--json"],
      { cwd: tmp.path },
    );
    const expected = domainProportions(Y, W, G).map((r) => ({
      group: r.group,
      estimate: r.estimate,
      standardError: r.standardError,
      lower: r.lower,
      upper: r.upper,
      n: r.n,
      effectiveN: r.effectiveN,
    }));
    const got = (JSON.parse(out.stdout) as JsonRow[]).map(
      ({ group, estimate, standardError, lower, upper, n, effectiveN }) => ({
        group,
        estimate,
        standardError,
        lower,
        upper,
        n,
        effectiveN,
      }),
    );
    expect(got).toEqual(expected);
  });

  it("prints CSV for machines and an aligned table for people", async () => {
    const file = await fixture("b.csv", rows(",", ".", "\n"));
    const args = ["survey", file, "--value", "vote", "--by", "groupe"];
    const csv = await impactInProcess([...args, "--csv"], tmp.path);
    const lines = csv.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "group,estimate,standardError,lower,upper,n,effectiveN,sumWeights,designEffect,df,level,method",
    );
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["a", "b", "c"]);
    const table = await impactInProcess(args, tmp.path);
    expect(table.stdout).toContain("b.csv: 12 rows");
    expect(table.stdout).toMatch(/^groupe {2}n {2}effective n {2}estimate/m);
    expect(table.stdout).toMatch(/^a +5 +/m);
  });

  it("keeps an empty group as a group of its own", async () => {
    const file = await fixture("empty-group.csv", "v,g\n1,a\n0,\n1,a\n0,\n");
    const out = await impactInProcess(
      ["survey", file, "--value", "v", "--by", "g", "--json"],
      tmp.path,
    );
    expect((JSON.parse(out.stdout) as JsonRow[]).map((r) => [r.group, r.n])).toEqual([
      ["a", 2],
      ["", 2],
    ]);
  });

  describe("bad input: one line on stderr, no stack trace", () => {
    it("a missing file (exit 1)", async () => {
      const line = expectOneLineError(
        await impact(["survey", "nope.csv", "--value", "vote"], { cwd: tmp.path }),
        1,
      );
      expect(line).toBe("impact survey: nope.csv: no such file or folder");
    });

    it("an unknown column, listing the columns (exit 2)", async () => {
      const file = await fixture("b.csv", rows(",", ".", "\n"));
      const line = expectOneLineError(
        await impact(["survey", file, "--value", "vote", "--weight", "poid"], { cwd: tmp.path }),
        2,
      );
      expect(line).toBe(
        'impact survey: --weight: no column "poid" in b.csv (columns: "id", "vote", "poids", "groupe")',
      );
    });

    it("a non-numeric weight, named with its line (exit 1)", async () => {
      // The quoted field spans two lines: the bad weight is on line 5, not 4.
      const file = await fixture("bad-weight.csv", 'id,vote,poids\n1,1,1.5\n2,"0\n",2\n3,1,abc\n');
      const line = expectOneLineError(
        await impact(["survey", file, "--value", "vote", "--weight", "poids"], { cwd: tmp.path }),
        1,
      );
      expect(line).toBe(
        'impact survey: bad-weight.csv: line 5: weight "abc" in column "poids" is not a number',
      );
      await fixture("bad-weight.csv", "id,vote,poids\n1,1,1.5\n2,0,2\n3,1,abc\n");
      const second = expectOneLineError(
        await impact(["survey", "bad-weight.csv", "--value", "vote", "--weight", "poids"], {
          cwd: tmp.path,
        }),
        1,
      );
      expect(second).toBe(
        'impact survey: bad-weight.csv: line 4: weight "abc" in column "poids" is not a number',
      );
    });

    it("a decimal comma in a comma-free file gets a hint", async () => {
      const file = await fixture("tab.csv", "vote\tpoids\n1\t1,5\n");
      const line = expectOneLineError(
        await impact(["survey", file, "--value", "vote", "--weight", "poids", "--decimal", "."], {
          cwd: tmp.path,
        }),
        1,
      );
      expect(line).toContain('is not a number (decimal comma? add --decimal ",")');
    });

    it.each([
      [["survey", "b.csv"], 2, "--value COL is required"],
      [["survey", "--value", "vote"], 2, "survey expects 1 argument"],
      [["survey", "b.csv", "--value", "vote", "--json", "--csv"], 2, "cannot be used together"],
      [["survey", "b.csv", "--value", "vote", "--method", "wilson"], 2, "--method must be one of"],
      [["survey", "b.csv", "--value", "vote", "--delimiter", ";;"], 2, "--delimiter must be"],
      [["survey", "b.csv", "--value", "vote", "--df", "-1"], 2, "--df"],
      [["survey", "b.csv", "--value", "vote", "--weigth", "poids"], 2, "unknown option --weigth"],
      [["survey", "b.csv", "--value", "poids"], 1, 'value "0.8" in column "poids" is not 0 or 1'],
    ])("%j exits %i", async (args, code, fragment) => {
      await fixture("b.csv", rows(",", ".", "\n"));
      const line = expectOneLineError(await impactInProcess(args, tmp.path), code);
      expect(line).toContain(fragment);
    });

    // The library's own option rules (checkSurveyOptions), in flag names, checked before the
    // file is opened: the file here does not exist, and the flag is what is reported.
    it.each([
      [
        ["--level", "95"],
        "impact survey: --level must be a number strictly between 0 and 1, such as 0.95; got 95 (did you mean 0.95?)",
      ],
      [
        ["--level", "1"],
        "impact survey: --level must be a number strictly between 0 and 1, such as 0.95; got 1",
      ],
      [["--level", "abc"], 'impact survey: --level must be a number, got "abc"'],
      [
        ["--df", "0"],
        "impact survey: --df must be a positive number of degrees of freedom or Infinity, got 0",
      ],
      [
        ["--df=-1"],
        "impact survey: --df must be a positive number of degrees of freedom or Infinity, got -1",
      ],
      [
        ["--method", "wilson"],
        'impact survey: --method must be one of "logit", "mean", "beta", "asin", got "wilson"',
      ],
    ])("%j is refused before the file is read, by the library's rule", async (flags, message) => {
      const line = expectOneLineError(
        await impactInProcess(["survey", "missing.csv", "--value", "vote", ...flags], tmp.path),
        2,
      );
      expect(line).toBe(message);
    });

    it("a header without rows, an empty file, a broken quote, a ragged row (exit 1)", async () => {
      const cases: [string, string, string][] = [
        ["header.csv", "vote,poids\n", "header.csv: no data rows after the header"],
        ["empty.csv", "", "empty.csv: the file is empty"],
        ["quote.csv", 'vote,poids\n1,"2\n', "quote.csv: Quote Not Closed"],
        [
          "ragged.csv",
          "vote,poids\n1,2\n1\n",
          "ragged.csv: line 3 has 1 field but the header has 2",
        ],
      ];
      for (const [name, text, fragment] of cases) {
        await fixture(name, text);
        const line = expectOneLineError(
          await impact(["survey", name, "--value", "vote"], { cwd: tmp.path }),
          1,
        );
        expect(line).toContain(fragment);
      }
    });

    it("all weights zero (exit 1, from the estimator)", async () => {
      const file = await fixture("zero.csv", "vote,poids\n1,0\n0,0\n");
      const line = expectOneLineError(
        await impact(["survey", file, "--value", "vote", "--weight", "poids"], { cwd: tmp.path }),
        1,
      );
      expect(line).toContain("no positive weight");
    });
  });
});

describe("the progress bar", () => {
  it("is drawn on stderr when it is a terminal, and cleared before the result", async () => {
    await writeFile(join(tmp.path, "tty.csv"), rows(",", ".", "\n"));
    let stdout = "";
    let stderr = "";
    const code = await run(["survey", "tty.csv", "--value", "vote", "--json"], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s), isTTY: true, columns: 80 },
      cwd: tmp.path,
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\rsurvey [█░]+ +\d+ % /);
    expect(stderr.endsWith("\r\x1b[2K")).toBe(true);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });
});
