import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, httpUrl } from "./escape";
import { cleanText, escapeForTerminal, truncateForMessage } from "./safe-text";

const UNSAFE_CHARS = [
  ..."\u0000\u0001\u0007\u0008\u000b\u000c\r\u001b\u001f\u007f\u0080\u0085\u009b\u009f",
  ..."\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff",
];

/** Strings mixing every listed character, joiners, emoji, spaces and letters. */
const textWithControls = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...UNSAFE_CHARS, "\u200c", "\u200d", "👩", " ", "\t", "\n", "é"),
    fc.integer({ min: 0, max: 0x2fff }).map((code) => String.fromCodePoint(code)),
  ),
  maxLength: 40,
});

/** The list of the module summary, as code point ranges. */
function isUnsafe(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code <= 0x1f && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200b ||
    code === 0x2060 ||
    code === 0xfeff
  );
}

describe("cleanText", () => {
  it("removes every listed character and keeps tab and newline", () => {
    for (const char of UNSAFE_CHARS) {
      expect(cleanText(`a${char}b`), `U+${char.codePointAt(0)?.toString(16)}`).toBe("ab");
    }
    expect(cleanText("a\tb\nc")).toBe("a\tb\nc");
  });

  it("keeps joiners between visible characters, removes them elsewhere", () => {
    expect(cleanText("👩\u200d💻")).toBe("👩\u200d💻");
    expect(cleanText("می\u200cخواهم")).toBe("می\u200cخواهم");
    expect(cleanText("\u200dabc\u200c")).toBe("abc");
    expect(cleanText("a \u200d b")).toBe("a  b");
  });

  it("keeps bidi marks and ordinary text", () => {
    expect(cleanText("\u200eשלום\u200f")).toBe("\u200eשלום\u200f");
    expect(cleanText("Café « 74 % »")).toBe("Café « 74 % »");
  });

  it("refuses a non-string", () => {
    expect(() => cleanText(42 as unknown as string)).toThrow(/text must be a string/);
  });

  it("leaves nothing unsafe, whatever the input (property)", () => {
    fc.assert(
      fc.property(textWithControls, (text) => {
        const out = cleanText(text);
        return cleanText(out) === out && ![...out].some(isUnsafe);
      }),
    );
  });
});

describe("escapeForTerminal", () => {
  it("shows escape sequences instead of running them", () => {
    expect(escapeForTerminal("\u001b[2Jcleared")).toBe("\\x1B[2Jcleared");
    expect(escapeForTerminal("abc\u202edef")).toBe("abc\\u202Edef");
    expect(escapeForTerminal("ok\tok\n")).toBe("ok\tok\n");
  });

  it("leaves no raw unsafe character (property)", () => {
    fc.assert(
      fc.property(textWithControls, (text) => {
        const out = escapeForTerminal(text);
        return cleanText(out) === out;
      }),
    );
  });
});

describe("truncateForMessage", () => {
  it("cuts long values with an ellipsis and never splits a surrogate pair", () => {
    expect(truncateForMessage("a".repeat(1_000_000))).toBe(`${"a".repeat(80)}…`);
    expect(truncateForMessage("😀😀😀", 2)).toBe("😀😀…");
    expect(truncateForMessage("😀😀", 2)).toBe("😀😀");
  });

  it("refuses a limit that is not a whole number of at least 1", () => {
    for (const limit of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => truncateForMessage("abc", limit)).toThrow(/limit must be/);
    }
  });
});

describe("escapeHtml and escapeMarkdown", () => {
  it("clean before escaping", () => {
    expect(escapeHtml("a\u202e<b>")).toBe("a&lt;b&gt;");
    expect(escapeMarkdown("a\u0007*b*")).toBe("a\\*b\\*");
  });

  it("keep data inert in Markdown: no link, no emphasis, no autolink", () => {
    expect(escapeMarkdown("https://example.org")).toBe("https\\://example\\.org");
    expect(escapeMarkdown("mailto:x@y.fr")).toBe("mailto:x\\@y\\.fr");
  });
});

describe("httpUrl", () => {
  it("accepts http and https URLs only", () => {
    expect(httpUrl("http://example.org/a?b=1#c")).toBe("http://example.org/a?b=1#c");
    expect(httpUrl("HTTPS://EXAMPLE.org")).toBe("https://example.org/");
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "//example.org",
      "/relative",
      "ftp://example.org",
      "https://exa mple.org",
      "https://example.org/\u202e",
      "https://",
      "texte",
    ]) {
      expect(httpUrl(bad), bad).toBeUndefined();
    }
  });
});
