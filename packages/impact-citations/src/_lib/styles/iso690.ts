import type { DateFields, SourceFields } from "../check-source";
import { formatDate } from "../dates";
import { isoName, nameList } from "../names";
import { sentences, type Writer } from "../output";
import { formatPages } from "../pages";
import { editionText, isArticle, isPart, type Style, titleLike } from "./style";

/** Types whose missing place and publisher iso690-note-fr writes `[S. l.] : [s. n.]`. */
const PUBLISHED: ReadonlySet<string> = new Set([
  "book",
  "map",
  "thesis",
  "report",
  "chapter",
  "entry",
  "entry-dictionary",
  "entry-encyclopedia",
]);
/** Pages of a site: `Title. In : *Site* [online]. date.` */
const ON_A_SITE: ReadonlySet<string> = new Set(["webpage", "post", "post-weblog"]);

/** Types dated to the day in English (the French style always prints the date as known). */
const DAY_DATED: ReadonlySet<string> = new Set([...ON_A_SITE, "article-newspaper"]);

/** Every name, as the official ISO 690 styles print them (no et al. in a reference). */
const ALL = Number.POSITIVE_INFINITY;

function editors(source: SourceFields, w: Writer): string {
  const list = nameList(source.editor, w, isoName, ALL);
  if (list === "") return "";
  const label = w.locale === "fr" ? "dir." : (source.editor?.length ?? 0) > 1 ? "eds." : "ed.";
  return `${list} (${w.lit(label)})`;
}

function creators(source: SourceFields, w: Writer): string {
  const authors = nameList(source.author, w, isoName, ALL);
  return authors !== "" ? authors : isPart(source) ? "" : editors(source, w);
}

/**
 * A date as the ISO 690 styles print it: in French as known (`1er mars 2021`, `mars
 * 2021`); in English the year, or `23 November 2020` for a page of a site.
 */
function isoDate(date: DateFields | undefined, w: Writer, full: boolean): string {
  const entry = date?.["date-parts"]?.[0];
  if (w.locale === "fr" || entry === undefined) return formatDate(date, w);
  const [year, month, day] = entry.map(Number);
  const end = date?.["date-parts"]?.[1]?.[0];
  if (!full && end !== undefined && Number(end) !== year) {
    return w.lit(`${year}${w.terms.dateRange}${Number(end)}`);
  }
  if (!full || month === undefined) return w.lit(String(year));
  const m = w.terms.months[month - 1] ?? String(month);
  return w.lit(day === undefined ? `${m} ${year}` : `${day} ${m} ${year}`);
}

/** The date, or `[s. d.]` / `[no date]` where the official styles print it. */
function dateOrNone(source: SourceFields, w: Writer, missing: boolean): string {
  const date = isoDate(source.issued, w, DAY_DATED.has(source.type));
  return date === "" && missing ? w.lit(w.locale === "fr" ? "[s.\u00a0d.]" : "[no date]") : date;
}

/** `Paris : Le RAMEAU`, `[S. l.] : [s. n.]` (French, for published works). */
function publication(source: SourceFields, w: Writer, withPublisher: boolean): string {
  const published = w.locale === "fr" && PUBLISHED.has(source.type);
  const placeText = source["publisher-place"];
  const publisherText = withPublisher ? source.publisher : undefined;
  const place =
    placeText !== undefined ? w.data(placeText) : published ? w.lit("[S.\u00a0l.]") : "";
  const publisher =
    publisherText !== undefined ? w.data(publisherText) : published ? w.lit("[s.\u00a0n.]") : "";
  if (place !== "" && publisher !== "") return `${place}${w.lit(w.terms.colon)} ${publisher}`;
  return place === "" ? publisher : place;
}

const isOnline = (source: SourceFields): boolean =>
  source.URL !== undefined || source.DOI !== undefined;
const online = (source: SourceFields, w: Writer): string =>
  isOnline(source) ? ` ${w.lit(`[${w.terms.online}]`)}` : "";

/** Pages with ISO 690's label: `p. 12‑15` in both languages. */
const isoPages = (value: string | number, w: Writer): string => {
  const text = formatPages(value, w);
  return w.locale === "en" ? text.replace(/^pp\. /, "p. ") : text;
};

/** `Volume 45, n° 3` after the date of an article. */
function issueDetails(source: SourceFields, w: Writer): string[] {
  const details: string[] = [];
  if (source.volume !== undefined)
    details.push(w.lit("Vol.\u00a0") + w.data(String(source.volume)));
  if (source.issue !== undefined) {
    // English opens the sentence with the number when there is no volume: "No. 340".
    const no = w.locale === "en" && details.length === 0 ? "No. " : w.terms.number;
    details.push(w.lit(no) + w.data(String(source.issue)));
  }
  return details;
}

/**
 * ISO 690 as the official CSL styles print it (iso690-note-fr in French,
 * iso690-numeric-en in English): AUTHOR. Title. Place : Publisher, date. Pages.
 * [Consulté le …]. Collection. Disponible à l’adresse : URL.
 *
 * @internal
 */
export const iso690: Style = {
  ibid: true,
  full(source, w, locator) {
    const { text: title, field } = titleLike(source, "iso690");
    const titleText = w.rich(title, field === "title");
    const site = field !== "container-title" ? source["container-title"] : undefined;
    // A part known only by its container is cited as the container itself.
    const part = isPart(source) && field !== "container-title";
    const pagesOf = (value: string | number | undefined): string =>
      value === undefined ? "" : isoPages(value, w);
    const pages = pagesOf(locator ?? source.page);
    const fr = w.locale === "fr";
    const elements = [creators(source, w)];
    if (isArticle(source)) {
      elements.push(titleText);
      if (site !== undefined) elements.push(`${w.italic(w.rich(site))}${online(source, w)}`);
      const date = dateOrNone(source, w, fr);
      if (fr) {
        elements.push([date, ...issueDetails(source, w), pages].filter(Boolean).join(", "));
      } else {
        elements.push(date);
        elements.push([...issueDetails(source, w), pages].filter(Boolean).join(", "));
      }
    } else if (part) {
      elements.push(titleText);
      const by = editors(source, w);
      const container = w.italic(w.rich(source["container-title"] as string));
      elements.push(
        `${w.lit(w.terms.isoIn)} ${by === "" ? "" : `${by}, `}${container}${online(source, w)}`,
      );
      elements.push(editionText(source, w));
      const published = [publication(source, w, true), dateOrNone(source, w, true)]
        .filter(Boolean)
        .join(", ");
      if (fr) elements.push([published, pages].filter(Boolean).join(", "));
      else elements.push(published, pages);
    } else if (ON_A_SITE.has(source.type) && site !== undefined) {
      elements.push(titleText);
      elements.push(
        fr
          ? `${w.lit(w.terms.isoIn)} ${w.italic(w.rich(site))}${online(source, w)}`
          : `${w.italic(w.rich(site))}${online(source, w)}`,
      );
      elements.push(dateOrNone(source, w, fr));
    } else {
      elements.push(`${w.italic(titleText)}${online(source, w)}`);
      if (source.genre !== undefined || source.number !== undefined) {
        const number =
          source.number === undefined ? "" : w.lit(w.terms.number) + w.data(String(source.number));
        elements.push(
          [source.genre === undefined ? "" : w.data(source.genre), number]
            .filter(Boolean)
            .join(" "),
        );
      }
      if (site !== undefined) elements.push(w.italic(w.rich(site)));
      elements.push(editionText(source, w));
      const published = publication(source, w, field !== "publisher");
      const date = dateOrNone(source, w, PUBLISHED.has(source.type) && (fr || published !== ""));
      elements.push([published, date, pages].filter(Boolean).join(", "));
    }
    if (source.URL !== undefined && source.accessed !== undefined) {
      const accessed = isoDate(source.accessed, w, true);
      const term = w.terms.accessed.charAt(0).toLocaleUpperCase() + w.terms.accessed.slice(1);
      elements.push(`${w.lit(`[${term} `)}${accessed}${w.lit("]")}`);
    }
    const series = source["collection-title"];
    if (series !== undefined) {
      const number = source["collection-number"];
      elements.push(w.rich(series) + (number === undefined ? "" : `, ${w.data(String(number))}`));
    }
    if (source.DOI !== undefined) {
      elements.push(`${w.lit("DOI")} ${w.link(source.DOI, `https://doi.org/${source.DOI}`)}`);
    }
    if (source.URL !== undefined) {
      elements.push(`${w.lit(w.terms.availableAt)} ${w.link(source.URL, source.URL)}`);
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
    const { text, field } = titleLike(source, "iso690");
    const title = w.rich(source["title-short"] ?? text, field === "title");
    parts.push(isArticle(source) ? w.quote(title) : w.italic(title));
    parts.push(w.latin(isArticle(source) ? w.terms.artCit : w.terms.opCit));
    if (locator !== undefined) parts.push(formatPages(locator, w));
    return parts.join(", ");
  },
};
