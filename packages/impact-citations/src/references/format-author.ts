import { checkSource } from "../_lib/check-source";
import { inTextName, nameList } from "../_lib/names";
import { resolveOptions } from "../_lib/options";
import { getWriter } from "../_lib/output";
import { titleLike } from "../_lib/styles/style";
import type { CitableSource, RenderOptions } from "../types";

/**
 * Writes who a source is by, as a sentence names them: the authors' family names (an
 * organisation by its name), `A et B`, `A, B et C`, `A et al.` from four authors; else
 * the editors, else the publisher, else the short title in italics. This is the author
 * in text of pandoc's `@id` citations (`Dupont et Martin[^1] montrent que…`).
 *
 * @param source - a CSL-JSON item (a validated `Source` or a hand-written one)
 * @param options - `format` (`"text"`) and `locale` (`"fr"`); `style` is checked, and the
 *   name form is the same in every style
 * @returns the names, typeset and escaped for the format
 * @throws {ImpactError} `INVALID_INPUT` for bad options or source fields, or a source
 *   with no author, editor, publisher or title
 * @example
 * import { formatAuthor } from "@observatoire/impact-citations";
 * formatAuthor({ id: "a", type: "book", title: "T", author: [
 *   { family: "Dupont", given: "Jean" }, { family: "Gaulle", "non-dropping-particle": "de", given: "Charles" },
 * ] });
 * //=> "Dupont et de Gaulle"
 * formatAuthor({ id: "b", type: "report", title: "IMPACT-Citoyens", publisher: "Comisis-OpinionWay" }, { locale: "en" });
 * //=> "Comisis-OpinionWay"
 * formatAuthor({ id: "c", type: "webpage", title: "Tom & Jerry" }, { format: "html" });
 * //=> "<i>Tom &amp; Jerry</i>"
 * formatAuthor({ id: "d", type: "book" });
 * //=> throws INVALID_INPUT
 */
export function formatAuthor(source: CitableSource, options?: RenderOptions | undefined): string {
  const { format, locale } = resolveOptions(options);
  const fields = checkSource(source, ["source"]);
  const w = getWriter(format, locale);
  const names = fields.author?.length ? fields.author : fields.editor;
  const who = nameList(names, w, inTextName);
  if (who !== "") return who;
  if (fields.publisher !== undefined && fields.publisher.trim() !== "") {
    return w.data(fields.publisher);
  }
  return w.italic(w.data(fields["title-short"] ?? titleLike(fields, "in-text").text));
}
