import { describe, expect, it } from "vitest";
import { expectOneLineError, impact, impactInProcess } from "./helpers";

describe("impact ci (built bin)", () => {
  it("prints the Wilson interval of 74/100 by default", async () => {
    const { code, stdout, stderr } = await impact(["ci", "74", "100"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      [
        "successes  74",
        "trials     100",
        "estimate   0.740000",
        "lower      0.646290",
        "upper      0.815953",
        "level      0.95",
        "method     wilson",
        "",
      ].join("\n"),
    );
  });

  it("prints JSON at full precision for every method", async () => {
    const golden: Record<string, [number, number]> = {
      wald: [0.654029, 0.825971],
      "agresti-coull": [0.645844, 0.816399],
      "clopper-pearson": [0.642688, 0.822606],
      wilson: [0.64629, 0.815953],
      jeffreys: [0.648061, 0.818277],
    };
    for (const [method, [lower, upper]] of Object.entries(golden)) {
      const { code, stdout } = await impactInProcess([
        "ci",
        "74",
        "100",
        "--method",
        method,
        "--json",
      ]);
      expect(code).toBe(0);
      const parsed = JSON.parse(stdout) as Record<string, unknown>;
      expect(parsed).toMatchObject({
        successes: 74,
        trials: 100,
        estimate: 0.74,
        level: 0.95,
        method,
      });
      expect(parsed.lower).toBeCloseTo(lower, 6);
      expect(parsed.upper).toBeCloseTo(upper, 6);
    }
  });

  it("accepts another level, with a decimal comma too", async () => {
    const dot = await impactInProcess(["ci", "74", "100", "--level", "0.9", "--json"]);
    const comma = await impactInProcess(["ci", "74", "100", "--level", "0,9", "--json"]);
    expect(JSON.parse(dot.stdout)).toEqual(JSON.parse(comma.stdout));
    expect(JSON.parse(dot.stdout).level).toBe(0.9);
  });

  it.each([
    [["ci", "74"], "ci expects 2 arguments"],
    [["ci", "74", "100", "--level", "95"], "did you mean 0.95?"],
    [["ci", "74", "100", "--method", "exact"], "--method must be one of"],
    [["ci", "120", "100"], "cannot exceed TRIALS"],
    [["ci", "7.5", "100"], "whole number"],
    [["ci", "a", "100"], "must be a number"],
    [["ci", "1", "0"], "TRIALS is 0: a proportion needs at least one trial"],
    [["ci", "74", "100", "--bogus"], "unknown option --bogus"],
    [["ci", "74", "100", "--level"], "option --level needs a value"],
    [["ci", "74", "100", "--json=yes"], "option --json does not take a value"],
  ])("rejects %j as a usage error (exit 2)", async (args, fragment) => {
    const line = expectOneLineError(await impactInProcess(args), 2);
    expect(line).toContain(fragment);
  });
});
