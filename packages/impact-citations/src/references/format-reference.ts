import { ImpactError } from "@observatoire/impact-core";
import { checkSource } from "../_lib/check-source";
import { writerFor } from "../_lib/language";
import { resolveOptions } from "../_lib/options";
import { getWriter } from "../_lib/output";
import type { CitableSource, RenderOptions } from "../types";

/** Options of {@link formatReference}. */
export interface FormatReferenceOptions extends RenderOptions {
  /** A page or page range to cite (`"42"`, `"12-15"`), printed after `p.`. */
  readonly locator?: string | undefined;
}

/**
 * Writes the full reference of a source in a style, format and language.
 *
 * - `"observatoire"`: the seed's notes. Genre, `collection-title` and title, then the
 *   publisher (or else the authors) and the date in parentheses. After a genre, the
 *   title goes in « guillemets » unless it opens with an acronym in capitals (a study's
 *   name such as `IMPACT-Citoyens`); without a genre, the title stands bare.
 * - `"iso690"`: AUTHOR. *Title*. Place : Publisher, date. Pages. URL [consulté le …].
 * - `"apa"`: APA 7, Author, A. (Year). *Title*. Publisher. DOI or URL.
 *
 * HTML escapes every piece of data and sets titles and Latin terms in `<i>`; Markdown
 * escapes metacharacters. Zotero's rich text in titles (`<i>`, `<b>`, `<sup>`, `<sub>`,
 * `<span class="nocase">`, small caps) becomes markup in HTML, italics and bold in Markdown
 * (the rest plain there), and plain text in text; any other tag stays text. Only a source's `URL` and `DOI` become links, in HTML
 * and Markdown, when their scheme is http(s) (`httpUrl` of impact-core). French spacing
 * is set on French data only: a source whose `language` is `en` or `en-US` keeps
 * `What is it?` even in French output.
 *
 * @param source - a CSL-JSON item (a validated `Source` or a hand-written one)
 * @param options - `style` (`"observatoire"`), `format` (`"text"`), `locale` (`"fr"`), `locator`
 * @returns the reference
 * @throws {ImpactError} `INVALID_INPUT` for an unknown style, format or locale, a source
 *   field of the wrong type, or a source the style cannot write (no title)
 * @example
 * import { formatReference } from "@observatoire/impact-citations";
 * const colloque = {
 *   id: "actes-colloque-2018",
 *   type: "paper-conference",
 *   genre: "Actes du colloque",
 *   title: "les impacts des alliances innovantes au service du bien commun",
 *   author: [{ literal: "Observatoire des partenariats" }],
 *   issued: { "date-parts": [[2018, 2]] },
 * };
 * formatReference(colloque);
 * //=> "Actes du colloque «\u00a0les impacts des alliances innovantes au service du bien commun\u00a0» (Observatoire des partenariats, février 2018)"
 * const book = { id: "x", type: "book", title: "Tom & <b>Jerry</b>", publisher: "<b>MGM", URL: "https://mgm.example/tom" };
 * formatReference(book, { style: "iso690", format: "html" });
 * //=> "<i>Tom &amp; <b>Jerry</b></i> [en ligne]. [S.\u00a0l.]\u00a0: &lt;b&gt;MGM, [s.\u00a0d.]. Disponible à l’adresse\u00a0: <a href=\"https://mgm.example/tom\">https://mgm.example/tom</a>."
 * formatReference(colloque, { style: "chicago" });
 * //=> throws INVALID_INPUT
 */
export function formatReference(
  source: CitableSource,
  options?: FormatReferenceOptions | undefined,
): string {
  const { style, format, locale } = resolveOptions(options);
  const locator = options?.locator;
  if (locator !== undefined && typeof locator !== "string") {
    throw new ImpactError("INVALID_INPUT", `locator must be a string, got ${typeof locator}`, {
      path: ["options", "locator"],
    });
  }
  const fields = checkSource(source, ["source"]);
  return style.full(fields, writerFor(fields, getWriter(format, locale)), locator);
}
