import { ImpactError } from "@observatoire/impact-core";
import type { SourceFields } from "../check-source";
import { formatDate } from "../dates";
import { displayName, nameList } from "../names";
import type { Writer } from "../output";
import { formatPages } from "../pages";
import { plainText } from "../rich-text";
import { isArticle, type Style } from "./style";

// After a genre (or a programme), a title is quoted, « like this », unless it is a name:
// a title that opens with an acronym in capitals (IMPACT-Citoyens, ARPEA Entreprises &
// Territoires) names a study and stands bare. Without a genre the title is the work's
// whole designation and stands bare too ("Rapport quinquennal PHARE sur les fragilités…").
// A title the data already quotes is not quoted twice.
const NAME = /^(?:\p{Lu}{2,}(?!\p{Ll})|[«“"])/u;

function head(source: SourceFields, w: Writer, title: string | undefined): string {
  const parts: string[] = [];
  if (source.genre !== undefined) parts.push(w.data(source.genre));
  if (source["collection-title"] !== undefined) parts.push(w.rich(source["collection-title"]));
  if (title !== undefined && title.trim() !== "") {
    const bare = parts.length === 0 || NAME.test(plainText(title).trim());
    parts.push(bare ? w.rich(title) : w.quote(w.rich(title)));
  }
  if (parts.length === 0) {
    throw new ImpactError(
      "INVALID_INPUT",
      `source "${source.id}" has neither a genre nor a title, which the observatoire style needs`,
      { path: ["source", "title"] },
    );
  }
  return parts.join(" ");
}

const withLocator = (text: string, w: Writer, locator: string | undefined): string =>
  locator === undefined ? text : `${text}, ${formatPages(locator, w)}`;

/**
 * The Observatoire's house style, the seed's notes: genre, programme and title, then the
 * publisher (or the authors) and the date in parentheses.
 *
 * @internal
 */
export const observatoire: Style = {
  ibid: true,
  full(source, w, locator) {
    let out = head(source, w, source.title);
    if (source["container-title"] !== undefined) {
      out += `, ${w.italic(w.rich(source["container-title"]))}`;
    }
    const by =
      source.publisher !== undefined
        ? w.data(source.publisher)
        : nameList(source.author ?? source.editor, w, displayName);
    const details = [by, formatDate(source.issued, w)].filter((part) => part !== "");
    if (details.length > 0) out += ` (${details.join(", ")})`;
    return withLocator(out, w, locator);
  },
  short(source, w, locator) {
    const term = isArticle(source) ? w.terms.artCit : w.terms.opCit;
    const title = source["title-short"] ?? source.title;
    return withLocator(`${head(source, w, title)}, ${w.latin(term)}`, w, locator);
  },
};
