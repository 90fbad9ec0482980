import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fixture from "../../impact-indicators/src/__fixtures__/design.json" with { type: "json" };
import data from "../../impact-indicators/src/__fixtures__/design-data.json" with { type: "json" };
import { expectOneLineError, impactInProcess, useTempDir } from "./helpers";

// R survey's datasets and R's numbers on them, from impact-indicators' fixtures
// (scripts/fixtures-design.R there).
type Columns = Record<string, (string | number | null)[]>;
const datasets = data.datasets as unknown as Record<string, Columns>;

const tmp = useTempDir();

async function csv(
  name: string,
  columns: Columns,
  delimiter = ",",
  decimal = ".",
): Promise<string> {
  const names = Object.keys(columns);
  const n = (columns[names[0] as string] as unknown[]).length;
  const lines = [names.join(delimiter)];
  for (let i = 0; i < n; i++) {
    lines.push(
      names
        .map((c) => {
          const v = (columns[c] as unknown[])[i];
          return v === null ? "" : String(v).replace(".", decimal);
        })
        .join(delimiter),
    );
  }
  await writeFile(join(tmp.path, name), `${lines.join("\n")}\n`);
  return name;
}

interface RResult {
  group?: string | number;
  estimate: number;
  standardError: number;
  degf: number;
  intervals: { method?: string; df: unknown; lower: number; upper: number }[];
}
function rCase(name: string, statistic: string, variable: string, group: string | null) {
  const c = fixture.cases.find((x) => x.name === name);
  const e = c?.estimates.find(
    (x) => x.statistic === statistic && x.variable === variable && x.group === group,
  );
  if (e === undefined) throw new Error(`no fixture ${name} ${statistic} ${variable}`);
  return e.results as unknown as RResult[];
}

interface JsonRow {
  group: string | null;
  estimate: number;
  standardError: number;
  lower: number;
  upper: number;
  df: number | null;
}

describe("impact survey with a design gives R's numbers", () => {
  it("apiclus1: clusters and fpc, proportion (issue's example) and domain means", async () => {
    const file = await csv("apiclus1.csv", datasets.apiclus1 as Columns);
    const out = await impactInProcess(
      [
        "survey",
        file,
        "--value",
        "high",
        "--weight",
        "pw",
        "--cluster",
        "dnum",
        "--fpc",
        "fpc",
        "--json",
      ],
      tmp.path,
    );
    expect(out.stderr).toBe("");
    const [row] = JSON.parse(out.stdout) as JsonRow[];
    const [r] = rCase("apiclus1, clusters and fpc", "proportion", "high", null);
    expect(Math.abs((row?.standardError ?? 0) - (r?.standardError ?? 1))).toBeLessThan(1e-8);
    expect(row?.df).toBe(14);
    const logit = r?.intervals.find((i) => i.method === "logit" && i.df === null);
    expect(Math.abs((row?.lower ?? 0) - (logit?.lower ?? 1))).toBeLessThan(1e-8);

    const means = await impactInProcess(
      [
        "survey",
        file,
        "--value",
        "enroll",
        "--mean",
        "--weight",
        "pw",
        "--cluster",
        "dnum",
        "--fpc",
        "fpc",
        "--by",
        "stype",
        "--csv",
      ],
      tmp.path,
    );
    expect(means.stderr).toBe("");
    const lines = means.stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "group,statistic,estimate,standardError,lower,upper,n,sumWeights,deff,df,level",
    );
    const expected = rCase("apiclus1, clusters and fpc", "mean", "enroll", "stype");
    for (const r of expected) {
      const line = lines.find((l) => l.startsWith(`${r.group},`)) as string;
      const fields = line.split(",");
      expect(Math.abs(Number(fields[2]) - r.estimate)).toBeLessThan(1e-8 * r.estimate);
      expect(Math.abs(Number(fields[3]) - r.standardError)).toBeLessThan(1e-8 * r.standardError);
      expect(Number(fields[9])).toBe(r.degf);
    }
  });

  it("yrbs: strata, PSUs and missing values dropped (issue's example), French output", async () => {
    const file = await csv("yrbs.csv", datasets.yrbs as Columns, ";", ",");
    const args = [
      "survey",
      file,
      "--value",
      "qn8yes",
      "--weight",
      "weight",
      "--strata",
      "stratum",
      "--cluster",
      "psu",
    ];
    const refused = await impactInProcess(args, tmp.path);
    expect(expectOneLineError(refused, 1)).toMatch(/line 4 .*missing.*na/);
    const out = await impactInProcess([...args, "--na", "drop", "--json"], tmp.path);
    const [row] = JSON.parse(out.stdout) as JsonRow[];
    const [r] = rCase("yrbs, strata and PSUs", "proportion", "qn8yes", null);
    expect(Math.abs((row?.standardError ?? 0) - (r?.standardError ?? 1))).toBeLessThan(1e-8);
    expect(row?.df).toBe(39);
    const text = await impactInProcess([...args, "--na", "drop", "--locale", "fr"], tmp.path);
    expect(text.stdout).toContain("81,4\u202f% [77,0\u202f%\u202f; 85,1\u202f%]");
  });

  it("nhanes: published BRR weights", async () => {
    const c = fixture.replicates.find((x) => x.name === "nhanes BRR, published weights");
    const rep = c?.replicate as { index: number[]; factors: number[][] };
    const nh = datasets.nhanes as Columns;
    const columns: Columns = { HI_CHOL: nh.HI_CHOL as number[], w: nh.WTMEC2YR as number[] };
    rep.factors.forEach((factor, r) => {
      columns[`repw${r + 1}`] = (nh.WTMEC2YR as number[]).map(
        (w, i) => w * (factor[(rep.index[i] as number) - 1] as number),
      );
    });
    const file = await csv("nhanes-brr.csv", columns);
    const out = await impactInProcess(
      [
        "survey",
        file,
        "--value",
        "HI_CHOL",
        "--weight",
        "w",
        "--replicate-weights",
        "^repw",
        "--replicate-type",
        "BRR",
        "--na",
        "drop",
        "--json",
      ],
      tmp.path,
    );
    expect(out.stderr).toBe("");
    const [row] = JSON.parse(out.stdout) as JsonRow[];
    const e = c?.estimates.find((x) => x.group === null && x.statistic === "proportion");
    const r = (e?.results as unknown as RResult[] | undefined)?.[0];
    expect(Math.abs((row?.standardError ?? 0) - (r?.standardError ?? 1))).toBeLessThan(1e-8);
    expect(row?.df).toBe(r?.degf);
  });

  it("reports the library's errors in one line", async () => {
    const file = await csv("lonely.csv", {
      y: [1, 0, 1],
      s: ["a", "a", "b"],
    });
    const out = await impactInProcess(["survey", file, "--value", "y", "--strata", "s"], tmp.path);
    expect(expectOneLineError(out, 1)).toMatch(/stratum "b" has a single PSU/);
    const both = await impactInProcess(
      ["survey", file, "--value", "y", "--mean", "--total"],
      tmp.path,
    );
    expect(expectOneLineError(both, 2)).toMatch(/--mean and --total/);
  });
});

describe("impact ci --locale", () => {
  it("writes the interval as a report does", async () => {
    const fr = await impactInProcess(["ci", "74", "100", "--locale", "fr"]);
    expect(fr.stdout).toBe("74,0\u202f% [64,6\u202f%\u202f; 81,6\u202f%]\n");
    const en = await impactInProcess(["ci", "74", "100", "--locale", "en"]);
    expect(en.stdout).toBe("74.0% [64.6%, 81.6%]\n");
    const table = await impactInProcess(["ci", "74", "100"]);
    expect(table.stdout).toContain("estimate   0.740000");
  });
});

describe("impact calibrate", () => {
  it("writes R's calibrated weights (apiclus1, logit) in a new column", async () => {
    const c = fixture.calibration.find((x) => x.name === "apiclus1 logit");
    const api = datasets.apiclus1 as Columns;
    const file = await csv("api-cal.csv", {
      id: (api.dnum as number[]).map((_, i) => i + 1),
      pw: api.pw as number[],
      stype: api.stype as string[],
      "sch.wide": api["sch.wide"] as string[],
    });
    await writeFile(
      join(tmp.path, "margins.json"),
      JSON.stringify(c?.margins.map((m) => ({ variable: m.variable, targets: m.targets }))),
    );
    const out = await impactInProcess(
      [
        "calibrate",
        file,
        "--margins",
        "margins.json",
        "--weight",
        "pw",
        "--calfun",
        "logit",
        "--bounds",
        "0.7,1.7",
        "--out",
        "cal.csv",
        "--json",
      ],
      tmp.path,
    );
    expect(out.stderr).toBe("");
    const { readFile } = await import("node:fs/promises");
    const lines = (await readFile(join(tmp.path, "cal.csv"), "utf8")).trim().split("\n");
    expect(lines[0]).toBe("id,pw,stype,sch.wide,calibrated_weight");
    const weights = lines.slice(1).map((l) => Number(l.split(",").at(-1)));
    (c?.weights ?? []).forEach((w, i) => {
      expect(Math.abs((weights[i] as number) - w)).toBeLessThan(1e-8 * w);
    });
    const refused = await impactInProcess(
      [
        "calibrate",
        file,
        "--margins",
        "margins.json",
        "--weight",
        "pw",
        "--calfun",
        "logit",
        "--out",
        "cal2.csv",
      ],
      tmp.path,
    );
    expect(expectOneLineError(refused, 1)).toMatch(/logit.*bounds/);
  });
});
