import { ImpactError } from "../errors/impact-error";
import { cleanText } from "./safe-text";

/**
 * Escaping of data for the two markup formats the SDK writes, HTML and Markdown, and the
 * one rule deciding whether a string from data may become a link. Both escapers first
 * apply {@link cleanText}, so control, bidi-override and zero-width characters never
 * reach a page.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function readText(text: unknown, name: string): asserts text is string {
  if (typeof text !== "string") {
    throw new ImpactError("INVALID_INPUT", `${name} must be a string, got ${typeof text}`, {
      path: [name],
    });
  }
}

/**
 * Escapes data for HTML: `&`, `<`, `>`, `"` and `'` become entities, so the result is
 * safe both as element content and inside a quoted attribute value; unsafe characters
 * are removed first ({@link cleanText}).
 *
 * @param text - text from data
 * @returns the text as inert HTML
 * @throws {ImpactError} `INVALID_INPUT` when `text` is not a string
 * @example
 * import { escapeHtml } from "@observatoire/impact-core";
 * escapeHtml(`<b>"Tom" & l'IMPACT</b>`);
 * //=> "&lt;b&gt;&quot;Tom&quot; &amp; l&#39;IMPACT&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  readText(text, "text");
  return cleanText(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Backslash-escapes what CommonMark and GFM would read as markup, and breaks what GFM or
 * linkify would turn into a live link (`://`, `www.`, a dot inside a domain, `@`), so
 * data stays inert text; unsafe characters are removed first ({@link cleanText}).
 *
 * @param text - text from data
 * @returns the text as inert Markdown
 * @throws {ImpactError} `INVALID_INPUT` when `text` is not a string
 * @example
 * import { escapeMarkdown } from "@observatoire/impact-core";
 * escapeMarkdown("*IMPACT* [lien](javascript:x)");
 * //=> "\\*IMPACT\\* \\[lien\\](javascript:x)"
 */
export function escapeMarkdown(text: string): string {
  readText(text, "text");
  return cleanText(text)
    .replace(/[\\`*_[\]<>&~|#@]/g, "\\$&")
    .replace(/:(?=\/)/g, "\\:")
    .replace(/\.(?=[\p{L}\p{N}])/gu, "\\.")
    .replace(/^[-+=]/, "\\$&")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * The one rule deciding whether a string from data may become a link: an absolute URL
 * whose scheme is `http` or `https`, with no space or control character. It returns the
 * URL as the WHATWG URL parser serialises it (so it is safe to escape into an attribute
 * or a Markdown link destination), or `undefined` for anything else (`javascript:`,
 * `data:`, relative paths, text).
 *
 * @param text - a URL from data
 * @returns the normalised http(s) URL, or `undefined` when the text may not be a link
 * @throws {ImpactError} `INVALID_INPUT` when `text` is not a string
 * @example
 * import { httpUrl } from "@observatoire/impact-core";
 * httpUrl("https://www.lerameau.fr/observatoire/");
 * //=> "https://www.lerameau.fr/observatoire/"
 * httpUrl("javascript:alert(1)");
 * //=> undefined
 */
export function httpUrl(text: string): string | undefined {
  readText(text, "text");
  // Any whitespace or unsafe character: not a link (URL() would silently strip some).
  if (/\s/.test(text) || cleanText(text) !== text) return undefined;
  if (!/^https?:\/\//i.test(text)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  if (parsed.hostname === "") return undefined;
  return parsed.href;
}
