// SLOW TEST: streams a 2-million-row CSV file (about 30 MB) through `impact survey` and
// `impact rake` in child processes whose JavaScript heap is capped at 64 MB, so that any
// command that kept the rows in memory would crash instead of passing. It takes about
// 15 s of wall time on two idle cores (the two commands run side by side).
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { impact, useTempDir } from "./helpers";

const ROWS = 2_000_000;
const REGIONS = ["nord", "sud", "est", "ouest", "centre"];
const HEAP = ["--max-old-space-size=64"];

const tmp = useTempDir();

/** Row i of the generated file: region, a 0/1 answer and a weight, all deterministic. */
function row(i: number): [string, number, number] {
  const region = REGIONS[i % 5] as string;
  const vote = (i * 7919) % 13 < 6 ? 1 : 0;
  const weight = 0.5 + (i % 7) * 0.25;
  return [region, vote, weight];
}

async function generate(path: string): Promise<void> {
  const out = createWriteStream(path);
  let chunk = "region,vote,poids\n";
  for (let i = 0; i < ROWS; i++) {
    const [region, vote, weight] = row(i);
    chunk += `${region},${vote},${weight}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

describe("a 2-million-row file, in bounded memory (SLOW, ~15 s)", () => {
  it("survey --by and rake stream it with a 64 MB heap", { timeout: 300_000 }, async () => {
    const data = join(tmp.path, "big.csv");
    await generate(data);
    const targets = {
      region: { nord: 300, sud: 200, est: 150, ouest: 250, centre: 100 },
      vote: { "0": 560, "1": 440 },
    };
    await writeFile(
      join(tmp.path, "margins.json"),
      JSON.stringify(Object.entries(targets).map(([variable, t]) => ({ variable, targets: t }))),
    );

    const [survey, raked] = await Promise.all([
      impact(
        ["survey", "big.csv", "--value", "vote", "--weight", "poids", "--by", "region", "--json"],
        {
          cwd: tmp.path,
          nodeArgs: HEAP,
          timeout: 280_000,
        },
      ),
      impact(
        [
          "rake",
          "big.csv",
          "--margins",
          "margins.json",
          "--weight",
          "poids",
          "--out",
          "raked.csv",
          "--json",
        ],
        {
          cwd: tmp.path,
          nodeArgs: HEAP,
          timeout: 280_000,
        },
      ),
    ]);

    expect(survey.stderr).toBe("");
    expect(survey.code).toBe(0);
    const sums = new Map(REGIONS.map((r) => [r, { n: 0, w: 0, wy: 0 }]));
    for (let i = 0; i < ROWS; i++) {
      const [region, vote, weight] = row(i);
      const s = sums.get(region) as { n: number; w: number; wy: number };
      s.n++;
      s.w += weight;
      s.wy += weight * vote;
    }
    const groups = JSON.parse(survey.stdout) as { group: string; n: number; estimate: number }[];
    expect(groups.map((g) => g.group)).toEqual(REGIONS);
    for (const g of groups) {
      const s = sums.get(g.group) as { n: number; w: number; wy: number };
      expect(g.n).toBe(s.n);
      expect(g.estimate).toBeCloseTo(s.wy / s.w, 12);
    }

    expect(raked.stderr).toBe("");
    expect(raked.code).toBe(0);
    expect(JSON.parse(raked.stdout)).toMatchObject({ rows: ROWS, converged: true });
    const totals = { region: new Map<string, number>(), vote: new Map<string, number>() };
    let lines = 0;
    let header = "";
    for await (const line of createInterface({
      input: createReadStream(join(tmp.path, "raked.csv")),
    })) {
      if (lines++ === 0) {
        header = line;
        continue;
      }
      const [region, vote, , w] = line.split(",") as [string, string, string, string];
      const weight = Number(w);
      totals.region.set(region, (totals.region.get(region) ?? 0) + weight);
      totals.vote.set(vote, (totals.vote.get(vote) ?? 0) + weight);
    }
    expect(header).toBe("region,vote,poids,raked_weight");
    expect(lines).toBe(ROWS + 1);
    for (const [variable, t] of Object.entries(targets)) {
      for (const [code, total] of Object.entries(t)) {
        expect(totals[variable as keyof typeof totals].get(code)).toBeCloseTo(total, 6);
      }
    }
  });
});
