// Hostile input (issue 16): text from data never controls a terminal, CSV output is safe to
// open in a spreadsheet and written in the input's dialect, and files in other encodings or
// with blank lines before the header are read as the README says.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectOneLineError, impactInProcess, useTempDir } from "./helpers";

const tmp = useTempDir();
const ESC = "\u001b";

async function put(name: string, content: string | Uint8Array): Promise<string> {
  await writeFile(join(tmp.path, name), content);
  return name;
}

describe("text from data never controls the terminal", () => {
  it("impact survey shows ANSI and OSC 8 sequences in group labels escaped", async () => {
    const file = await put(
      "ansi.csv",
      `v,g\n1,"${ESC}[2Jclear"\n0,"${ESC}]8;;https://evil.example${ESC}\\\\link"\n1,a\n0,a\n`,
    );
    const result = await impactInProcess(
      ["survey", file, "--value", "v", "--by", "g", "--df", "Infinity"],
      tmp.path,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toContain("\\x1B[2Jclear");
    expect(result.stdout).toContain("\\x1B]8;;https://evil.example");
  });

  it("impact rake and impact calibrate show a margin variable's control characters escaped", async () => {
    const variable = `sexe${ESC}[2J`;
    const file = await put("ansi-cal.csv", `id,"${variable}"\n1,F\n2,M\n3,F\n4,M\n`);
    const margins = await put(
      "ansi-m.json",
      JSON.stringify([{ variable, targets: { F: 60, M: 40 } }]),
    );
    for (const command of [["rake"], ["calibrate", "--calfun", "linear"]]) {
      const result = await impactInProcess(
        [...command, file, "--margins", margins, "--out", `ansi-${command[0]}.csv`],
        tmp.path,
      );
      expect(result.code, `${command[0]}: ${result.stderr}`).toBe(0);
      expect(result.stdout).not.toContain(ESC);
      expect(result.stdout).toContain("sexe\\x1B[2J");
    }
  });

  it("impact calibrate names a margin on an unknown column as impact rake does", async () => {
    const file = await put("unknown-col.csv", "id,sexe\n1,F\n2,M\n");
    const margins = await put(
      "unknown-m.json",
      JSON.stringify([{ variable: "genre", targets: { F: 60, M: 40 } }]),
    );
    for (const command of [["rake"], ["calibrate", "--calfun", "linear"]]) {
      const result = await impactInProcess(
        [...command, file, "--margins", margins, "--out", `unknown-${command[0]}.csv`],
        tmp.path,
      );
      expect(expectOneLineError(result, 1)).toContain(
        'unknown-m.json: [0].variable "genre" is not a column of unknown-col.csv',
      );
    }
  });

  it("impact cite shows control and bidi characters of a title escaped", async () => {
    const file = await put(
      "refs.json",
      JSON.stringify([{ id: "x", type: "report", title: `Titre${ESC}[31m rouge\u202e` }]),
    );
    const result = await impactInProcess(["cite", file], tmp.path);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).not.toContain("\u202e");
  });

  it("error lines escape data and cut a 1 MB field", async () => {
    const huge = "x".repeat(1 << 20);
    const file = await put("huge.csv", `v,w\n1,${huge}\n0,1\n`);
    const line = expectOneLineError(
      await impactInProcess(["survey", file, "--value", "v", "--weight", "w"], tmp.path),
      1,
    );
    expect(line.length).toBeLessThan(400);
    expect(line).toContain(`"${"x".repeat(80)}…"`);
    const ansi = await put("ansi-weight.csv", `v,w\n1,"${ESC}[2J"\n0,1\n`);
    const escaped = expectOneLineError(
      await impactInProcess(["survey", ansi, "--value", "v", "--weight", "w"], tmp.path),
      1,
    );
    expect(escaped).not.toContain(ESC);
  });

  it("impact validate reports 8,000 levels of nesting as an issue; --json prints JSON", async () => {
    // Written by hand: JSON.stringify itself recurses too deep for a test worker's stack.
    const deep = `${'{"a":'.repeat(8000)}"bottom"${"}".repeat(8000)}`;
    const catalog = await readFile(
      new URL("../../impact-data/catalog.json", import.meta.url),
      "utf8",
    );
    const file = await put("deep.json", catalog.replace(/^\s*\{/, `{"deep":${deep},`));
    const json = await impactInProcess(["validate", file, "--json"], tmp.path);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { valid: boolean; issues: { code: string }[] };
    expect(report.valid).toBe(false);
    expect(report.issues.map((issue) => issue.code)).toContain("too_deep");
    expect(json.stderr).not.toContain("Maximum call stack");
    const text = await impactInProcess(["validate", file], tmp.path);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("MAX_NESTING_DEPTH");
    expect(text.stderr).not.toContain("unexpected error");
  });
});

describe("CSV output", () => {
  const labels = [
    '=HYPERLINK("https://evil.example","clic")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3",
    "\tTAB",
    "-1,5",
    "ok",
  ];
  const csv = `v;g\r\n${labels.flatMap((g) => [`1;"${g.replaceAll('"', '""')}"`, `0;"${g.replaceAll('"', '""')}"`]).join("\r\n")}\r\n`;

  it("neutralises group labels a spreadsheet would run, but not numbers of the dialect", async () => {
    const file = await put("formulas.csv", `\ufeff${csv}`);
    const result = await impactInProcess(
      ["survey", file, "--value", "v", "--by", "g", "--csv", "--decimal", ","],
      tmp.path,
    );
    expect(result.code).toBe(0);
    // The input's dialect: BOM, semicolons, CRLF, decimal comma.
    expect(result.stdout.startsWith("\ufeffgroup;estimate;")).toBe(true);
    const lines = result.stdout.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    const groups = lines.slice(1, -1).map((line) => line.split(";")[0]);
    expect(groups).toEqual([
      '"\'=HYPERLINK(""https://evil.example"",""clic"")"',
      "'+cmd|' /C calc'!A0",
      "'@SUM(1+1)",
      "'-2+3",
      "'\tTAB",
      "-1,5",
      "ok",
    ]);
    expect(lines[1]).toMatch(/;0,5;/);
  });

  it("--keep-formulas writes the labels as they are", async () => {
    const file = await put("formulas-kept.csv", csv);
    const result = await impactInProcess(
      ["survey", file, "--value", "v", "--by", "g", "--csv", "--keep-formulas"],
      tmp.path,
    );
    expect(result.code).toBe(0);
    const groups = result.stdout
      .split("\r\n")
      .slice(1, -1)
      .map((line) => line.split(";")[0]);
    expect(groups.slice(1, 4)).toEqual(["+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"]);
  });

  it("rake copies the input's own cells unchanged, formulas included", async () => {
    const file = await put("rake-in.csv", "id,sexe,note\n1,F,=1+1\n2,M,@x\n3,F,-1\n");
    const margins = await put(
      "rake-m.json",
      JSON.stringify([{ variable: "sexe", targets: { F: 50, M: 50 } }]),
    );
    const result = await impactInProcess(
      ["rake", file, "--margins", margins, "--out", "rake-out.csv"],
      tmp.path,
    );
    expect(result.code).toBe(0);
    const out = await readFile(join(tmp.path, "rake-out.csv"), "utf8");
    expect(out.split("\n").map((line) => line.split(",")[2])).toEqual([
      "note",
      "=1+1",
      "@x",
      "-1",
      undefined,
    ]);
  });

  it("skips blank lines before the header, as the README says", async () => {
    const file = await put("blank.csv", "\n\n  \nv;w\n1;1,5\n0;0,5\n");
    const result = await impactInProcess(
      ["survey", file, "--value", "v", "--weight", "w", "--json"],
      tmp.path,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0].estimate).toBe(0.75);
  });
});

describe("encodings", () => {
  // "café" and "cafè" in windows-1252: é is 0xE9, è is 0xE8.
  const latin1 = Buffer.concat([
    Buffer.from("v,g\n1,caf"),
    Buffer.from([0xe9]),
    Buffer.from("\n0,caf"),
    Buffer.from([0xe8]),
    Buffer.from("\n1,caf"),
    Buffer.from([0xe9]),
    Buffer.from("\n"),
  ]);

  it("a file that is not UTF-8 is refused with a message naming --encoding", async () => {
    const file = await put("latin1.csv", latin1);
    const line = expectOneLineError(
      await impactInProcess(["survey", file, "--value", "v", "--by", "g"], tmp.path),
      1,
    );
    expect(line).toContain("--encoding windows-1252");
  });

  it.each(["windows-1252", "iso-8859-1"])(
    "--encoding %s reads café and cafè as two groups",
    async (encoding) => {
      const file = await put(`latin1-${encoding}.csv`, latin1);
      const result = await impactInProcess(
        [
          "survey",
          file,
          "--value",
          "v",
          "--by",
          "g",
          "--json",
          "--df",
          "Infinity",
          "--encoding",
          encoding,
        ],
        tmp.path,
      );
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).map((row: { group: string }) => row.group)).toEqual([
        "café",
        "cafè",
      ]);
    },
  );
});

describe("rake margins are read with the catalogs' prototype-safe rules", () => {
  it("a __proto__ target is refused, not silently dropped", async () => {
    const file = await put("proto.csv", "id,sexe\n1,F\n2,M\n");
    const margins = await put(
      "proto.json",
      '[{"variable":"sexe","targets":{"F":50,"M":50,"__proto__":1}}]',
    );
    const line = expectOneLineError(
      await impactInProcess(
        ["rake", file, "--margins", margins, "--out", "proto-out.csv"],
        tmp.path,
      ),
      1,
    );
    expect(line).toContain("__proto__");
  });
});

describe("levels near 1", () => {
  it("impact ci 5 10 --level 0.9999999999999999 prints a finite interval", async () => {
    const result = await impactInProcess([
      "ci",
      "5",
      "10",
      "--level",
      "0.9999999999999999",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const interval = JSON.parse(result.stdout) as { lower: number; upper: number };
    expect(Number.isFinite(interval.lower) && Number.isFinite(interval.upper)).toBe(true);
    expect(interval.lower).toBeGreaterThan(0);
    expect(interval.upper).toBeLessThan(1);
  });
});
