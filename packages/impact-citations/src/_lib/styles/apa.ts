import type { NameFields, SourceFields } from "../check-source";
import { formatApaDate, formatYear } from "../dates";
import { apaEditorName, apaName, nameList } from "../names";
import { sentences, type Writer } from "../output";
import { formatPageRange, formatPages } from "../pages";
import { isArticle, isPart, type Style, titleLike } from "./style";

const DATED_TO_THE_DAY: ReadonlySet<string> = new Set([
  "article-magazine",
  "article-newspaper",
  "post",
  "post-weblog",
  "webpage",
  "speech",
  "broadcast",
]);

/** APA 7 lists up to 20 names; beyond, the first 19, an ellipsis and the last. */
function apaList(names: readonly NameFields[] | undefined, w: Writer): string {
  if (names === undefined || names.length === 0) return "";
  const rendered = names.map((name) => apaName(name, w));
  if (rendered.length === 1) return rendered[0] as string;
  if (rendered.length > 20) return `${rendered.slice(0, 19).join(", ")}, … ${rendered.at(-1)}`;
  const last = rendered.pop() as string;
  // English APA keeps the serial comma before "&", even for two names.
  const glue = w.locale === "en" ? `, ${w.lit(w.terms.apaAnd)} ` : ` ${w.lit(w.terms.apaAnd)} `;
  return `${rendered.join(", ")}${glue}${last}`;
}

function editorsLabel(source: SourceFields, w: Writer): string {
  const count = source.editor?.length ?? 0;
  return `(${w.lit(count > 1 ? w.terms.editors : w.terms.editor)})`;
}

/** `Dupont`, `Dupont & Martin`, `Dupont et al.` (APA sets et al. upright). */
function shortNames(names: readonly NameFields[] | undefined, w: Writer): string {
  if (names === undefined || names.length === 0) return "";
  const family = (name: NameFields): string =>
    w.data(
      name.literal ??
        [name["non-dropping-particle"], name.family].filter((part) => part !== undefined).join(" "),
    );
  const first = family(names[0] as NameFields);
  if (names.length === 1) return first;
  if (names.length === 2) {
    return `${first} ${w.lit(w.terms.apaAnd)} ${family(names[1] as NameFields)}`;
  }
  return `${first} ${w.lit(w.terms.etAl)}`;
}

function describedTitle(source: SourceFields, w: Writer, title: string): string {
  let out = w.italic(w.data(title));
  if (source.number !== undefined) {
    const label = source.genre ?? (w.locale === "fr" ? "Rapport" : "Report");
    const no = w.locale === "en" ? "No. " : w.terms.number;
    out += ` (${w.data(label)} ${w.lit(no)}${w.data(String(source.number))})`;
  } else if (source.genre !== undefined) {
    out += ` [${w.data(source.genre)}]`;
  }
  return out;
}

/**
 * APA 7 (English and French): Author, A. (Year). *Title*. Publisher. DOI or URL.
 *
 * @internal
 */
export const apa: Style = {
  ibid: false,
  full(source, w, locator) {
    const { text: title, field } = titleLike(source, "apa");
    // A part known only by its container is cited as the container itself.
    const part = isPart(source) && field !== "container-title";
    let authors = apaList(source.author, w);
    if (authors === "" && !part && source.editor !== undefined) {
      authors = `${apaList(source.editor, w)} ${editorsLabel(source, w)}`;
    }
    const date = `(${formatApaDate(source.issued, w, DATED_TO_THE_DAY.has(source.type))})`;
    const article = isArticle(source);
    const renderedTitle = article || part ? w.data(title) : describedTitle(source, w, title);
    const elements = authors === "" ? [renderedTitle, date] : [authors, date, renderedTitle];
    if (article && source["container-title"] !== undefined && field !== "container-title") {
      let container = w.italic(w.data(source["container-title"]));
      if (source.volume !== undefined) container += `, ${w.italic(w.data(String(source.volume)))}`;
      if (source.issue !== undefined) container += `(${w.data(String(source.issue))})`;
      if (source.page !== undefined) container += `, ${formatPageRange(source.page, w)}`;
      elements.push(container);
    } else if (part) {
      const editors = nameList(source.editor, w, apaEditorName, 20);
      const container = w.italic(w.data(source["container-title"] as string));
      const pages = source.page === undefined ? "" : ` (${formatPages(source.page, w)})`;
      elements.push(
        `${w.lit(w.terms.apaIn)} ${editors === "" ? "" : `${editors} ${editorsLabel(source, w)}, `}${container}${pages}`,
      );
    }
    if (
      !article &&
      !part &&
      source["container-title"] !== undefined &&
      field !== "container-title"
    ) {
      elements.push(w.data(source["container-title"]));
    }
    const groupAuthor = source.author?.length === 1 ? source.author[0]?.literal : undefined;
    if (
      !article &&
      source.publisher !== undefined &&
      source.publisher !== groupAuthor &&
      field !== "publisher"
    ) {
      elements.push(w.data(source.publisher));
    }
    if (locator !== undefined) elements.push(formatPages(locator, w));
    const body = sentences(elements, w.format);
    const link =
      source.DOI !== undefined
        ? `${w.lit("https://doi.org/")}${w.data(source.DOI)}`
        : source.URL !== undefined
          ? w.data(source.URL)
          : "";
    return link === "" ? body : `${body} ${link}`;
  },
  short(source, w, locator) {
    const who = shortNames(source.author ?? source.editor, w);
    const parts = [
      who === "" ? w.italic(w.data(source["title-short"] ?? titleLike(source, "apa").text)) : who,
    ];
    parts.push(source.issued === undefined ? w.lit(w.terms.noDate) : formatYear(source.issued, w));
    if (locator !== undefined) parts.push(formatPages(locator, w));
    return parts.join(", ");
  },
};
