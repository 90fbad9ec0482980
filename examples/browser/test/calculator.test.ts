import { describe, expect, it } from "vitest";
import { computeInterval, METHODS } from "../src/calculator";

describe("the interval calculator", () => {
  it("answers the Wilson interval of 74 out of 100 in French", () => {
    const answer = computeInterval({
      successes: "74",
      trials: "100",
      method: "wilson",
      level: "95",
    });
    expect(answer.ok && answer.text).toBe(
      "74,0\u202f%, intervalle de confiance à 95\u202f% : [64,6\u202f%\u202f; 81,6\u202f%]",
    );
  });

  it("offers every method of proportionInterval, and each one answers", () => {
    expect(METHODS.map((m) => m.value).sort()).toEqual(
      ["agresti-coull", "clopper-pearson", "jeffreys", "wald", "wilson"].sort(),
    );
    for (const { value } of METHODS) {
      const answer = computeInterval({ successes: "3", trials: "40", method: value, level: "90" });
      expect(answer.ok).toBe(true);
    }
  });

  it("accepts a decimal comma in the level", () => {
    const answer = computeInterval({
      successes: "74",
      trials: "100",
      method: "wilson",
      level: "99,5",
    });
    expect(answer.ok && answer.interval.level).toBeCloseTo(0.995, 12);
  });

  it("shows the library's message, with the field, for what it cannot compute", () => {
    const tooMany = computeInterval({
      successes: "120",
      trials: "100",
      method: "wilson",
      level: "95",
    });
    expect(tooMany.ok).toBe(false);
    expect(!tooMany.ok && tooMany.message).toMatch(/120/);
    const empty = computeInterval({ successes: "", trials: "100", method: "wilson", level: "95" });
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.path).toEqual(["successes"]);
  });
});
