import { describe, expect, it } from "vitest";
import { attachNoteCall } from "./attach-note-call";

describe("attachNoteCall", () => {
  it("puts the call before final punctuation, as the seed does", () => {
    expect(attachNoteCall("des Français", "[1]")).toBe("des Français[1]");
    expect(attachNoteCall("d’emploi.", "[2]")).toBe("d’emploi[2].");
    expect(attachNoteCall("PHARE, ", "[5]")).toBe("PHARE[5], ");
    expect(attachNoteCall("PHARE,", "[5]")).toBe("PHARE[5],");
    expect(attachNoteCall("stratégiques…", "[4]")).toBe("stratégiques[4]…");
  });

  it("after a quoted fragment, the call follows the guillemet; inside a quoted sentence, it precedes its period", () => {
    expect(attachNoteCall("«\u00a0les impacts\u00a0».", "[3]")).toBe(
      "«\u00a0les impacts\u00a0»[3].",
    );
    expect(attachNoteCall("«\u00a0les impacts\u00a0»", "[3]")).toBe("«\u00a0les impacts\u00a0»[3]");
    expect(attachNoteCall("«\u00a0Nous agirons.\u00a0»", "[1]")).toBe(
      "«\u00a0Nous agirons[1].\u00a0»",
    );
  });

  it("keeps the call against the word before a spaced sign", () => {
    expect(attachNoteCall("la maturité\u00a0:", "<sup>2</sup>")).toBe(
      "la maturité<sup>2</sup>\u00a0:",
    );
  });
});
