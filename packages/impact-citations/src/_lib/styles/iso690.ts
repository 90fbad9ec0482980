import type { SourceFields } from "../check-source";
import { formatDate } from "../dates";
import { isoName, nameList } from "../names";
import { sentences, type Writer } from "../output";
import { formatPages } from "../pages";
import { isArticle, isPart, type Style, titleLike } from "./style";

function editors(source: SourceFields, w: Writer): string {
  const list = nameList(source.editor, w, isoName);
  return list === "" ? "" : `${list} (${w.lit(w.terms.editor)})`;
}

function creators(source: SourceFields, w: Writer): string {
  const authors = nameList(source.author, w, isoName);
  return authors !== "" ? authors : isPart(source) ? "" : editors(source, w);
}

/** `Paris : Le RAMEAU, décembre 2017`; without the publisher when it stands as the title. */
function publication(source: SourceFields, w: Writer, withPublisher = true): string {
  const place = source["publisher-place"];
  const publisher = withPublisher ? source.publisher : undefined;
  let out = "";
  if (place !== undefined && publisher !== undefined) {
    out = `${w.data(place)}${w.lit(w.terms.colon)} ${w.data(publisher)}`;
  } else if (publisher !== undefined || place !== undefined) {
    out = w.data((publisher ?? place) as string);
  }
  const date = formatDate(source.issued, w);
  return out === "" ? date : date === "" ? out : `${out}, ${date}`;
}

const online = (source: SourceFields, w: Writer): string =>
  source.URL === undefined ? "" : ` ${w.lit(`[${w.terms.online}]`)}`;

/**
 * French ISO 690: AUTHOR. Title: subtitle. Place: Publisher, date. Pages. URL and the
 * consultation date for online sources.
 *
 * @internal
 */
export const iso690: Style = {
  ibid: true,
  full(source, w, locator) {
    const { text: title, field } = titleLike(source, "iso690");
    // A part known only by its container is cited as the container itself.
    const part = isPart(source) && field !== "container-title";
    const pages =
      locator !== undefined
        ? formatPages(locator, w)
        : source.page === undefined
          ? ""
          : formatPages(source.page, w);
    const elements = [creators(source, w)];
    if (isArticle(source)) {
      elements.push(w.data(title));
      if (source["container-title"] !== undefined && field !== "container-title") {
        elements.push(`${w.italic(w.data(source["container-title"]))}${online(source, w)}`);
      }
      const details = [formatDate(source.issued, w)];
      if (source.volume !== undefined)
        details.push(w.lit(w.terms.volume) + w.data(String(source.volume)));
      if (source.issue !== undefined)
        details.push(w.lit(w.terms.number) + w.data(String(source.issue)));
      details.push(pages);
      elements.push(details.filter((part) => part !== "").join(", "));
    } else if (part) {
      elements.push(w.data(title));
      const by = editors(source, w);
      const container = w.italic(w.data(source["container-title"] as string));
      elements.push(`${w.lit(w.terms.isoIn)} ${by === "" ? container : by}`);
      if (by !== "") elements.push(container + online(source, w));
      const published = publication(source, w);
      elements.push([published, pages].filter((part) => part !== "").join(", "));
    } else {
      elements.push(`${w.italic(w.data(title))}${online(source, w)}`);
      if (source.genre !== undefined) elements.push(w.data(source.genre));
      // A web page or a post names its site.
      if (source["container-title"] !== undefined && field !== "container-title") {
        elements.push(w.italic(w.data(source["container-title"])));
      }
      if (source.edition !== undefined) elements.push(w.data(String(source.edition)));
      elements.push(publication(source, w, field !== "publisher"));
      const series = source["collection-title"];
      const number =
        source.number === undefined ? "" : w.lit(w.terms.number) + w.data(String(source.number));
      elements.push(
        series === undefined ? number : [w.data(series), number].filter(Boolean).join(", "),
      );
      elements.push(pages);
    }
    if (source.DOI !== undefined) elements.push(`${w.lit("DOI")} ${w.data(source.DOI)}`);
    if (source.URL !== undefined) {
      const accessed = formatDate(source.accessed, w);
      elements.push(
        `${w.lit(w.terms.availableAt)} ${w.data(source.URL)}` +
          (accessed === "" ? "" : ` ${w.lit(`[${w.terms.accessed} `)}${accessed}${w.lit("]")}`),
      );
    }
    return sentences(elements, w.format);
  },
  short(source, w, locator) {
    const first = source.author?.[0];
    const parts: string[] = [];
    if (first !== undefined) {
      const family = first.literal ?? first.family ?? "";
      parts.push(w.data(family.toLocaleUpperCase(w.locale)));
    }
    const title = source["title-short"] ?? titleLike(source, "iso690").text;
    parts.push(isArticle(source) ? w.quote(w.data(title)) : w.italic(w.data(title)));
    parts.push(w.latin(isArticle(source) ? w.terms.artCit : w.terms.opCit));
    if (locator !== undefined) parts.push(formatPages(locator, w));
    return parts.join(", ");
  },
};
