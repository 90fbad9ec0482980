import { describe, expect, it } from "vitest";
import { formatReference } from "../references/format-reference";
import { fromCslJson } from "./from-csl-json";

// The shapes people guess get a message that says what to write instead, from the zod-free
// checks of the formatting functions and from the schemas behind fromCslJson alike.
const bareDate = { id: "a", type: "report", title: "T", issued: [[2019, 10]] };
const noId = { type: "report", title: "T", issued: { "date-parts": [[2019, 10]] } };

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const issues = (error as { issues?: readonly { message: string }[] }).issues;
    return issues?.map((issue) => issue.message).join("\n") ?? (error as Error).message;
  }
  throw new Error("expected a throw");
}

describe("input in a guessed shape", () => {
  it('issued: [[2019, 10]] says to write { "date-parts": [[2019, 10]] }', () => {
    expect(messageOf(() => formatReference(bareDate as never))).toContain(
      'write { "date-parts": [[2019,10]] }',
    );
    expect(messageOf(() => fromCslJson([bareDate]))).toContain(
      'write { "date-parts": [[2019,10]] }',
    );
  });

  it("a missing id says what the id is for and how to write one", () => {
    expect(messageOf(() => formatReference(noId as never))).toContain(
      "a source needs an id, the name its citations use",
    );
    expect(messageOf(() => fromCslJson([noId]))).toContain(
      "a source needs an id, the name its citations use",
    );
  });
});
