import type { NameFields, SourceFields } from "../check-source";
import { formatApaDate, formatDate, formatYear } from "../dates";
import { isEnglishData } from "../language";
import { apaEditorName, apaName } from "../names";
import { sentences, type Writer } from "../output";
import { formatPageRange, formatPages } from "../pages";
import { editionText, isArticle, isPart, type Style, titleCase, titleLike } from "./style";

const DATED_TO_THE_DAY: ReadonlySet<string> = new Set([
  "article-magazine",
  "article-newspaper",
  "post",
  "post-weblog",
  "webpage",
  "speech",
  "broadcast",
]);

/**
 * APA 7 lists up to 20 names; beyond, the first 19, an ellipsis and the last. Authors
 * (`inverted`) keep the serial comma before "&" in English, even for two names; editors
 * written first name first do from three names on.
 */
function apaList(
  names: readonly NameFields[] | undefined,
  w: Writer,
  render: (name: NameFields, w: Writer) => string = apaName,
  twoWithComma = true,
): string {
  if (names === undefined || names.length === 0) return "";
  const rendered = names.map((name) => render(name, w));
  if (rendered.length === 1) return rendered[0] as string;
  if (rendered.length > 20) return `${rendered.slice(0, 19).join(", ")}, … ${rendered.at(-1)}`;
  const last = rendered.pop() as string;
  const comma = w.locale === "en" && (twoWithComma || rendered.length > 1);
  const glue = comma ? `, ${w.lit(w.terms.apaAnd)} ` : ` ${w.lit(w.terms.apaAnd)} `;
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

/** The genre before a report number, in title case for English data (as apa.csl sets it). */
const genreText = (source: SourceFields, w: Writer, genre: string): string =>
  w.data(isEnglishData(source, w.locale) ? titleCase(genre) : genre);

/** A thesis found online names its university in brackets: `[Thèse de doctorat, Université]`. */
const thesisInBrackets = (source: SourceFields): boolean =>
  source.type === "thesis" &&
  source.genre !== undefined &&
  source.publisher !== undefined &&
  (source.URL !== undefined || source.DOI !== undefined);

/**
 * The title of a whole work and what APA puts after it: `Title (5th ed., Version 2)
 * [Dataset]`, `Title (Working Paper No. 17)`, `Title (Collection 7)`,
 * `Title [Thesis, University]`.
 */
function describedTitle(
  source: SourceFields,
  w: Writer,
  title: string,
  titleField: boolean,
): string {
  const rendered = w.rich(title, titleField);
  // A blog post is set upright: its blog, the container, is in italics.
  let out = source.type === "post-weblog" ? rendered : w.italic(rendered);
  const details = [editionText(source, w)];
  if (source.version !== undefined) {
    details.push(`${w.lit("Version ")}${w.data(String(source.version))}`);
  }
  const genre = source.genre;
  if (source.number !== undefined) {
    const label = genre ?? (w.locale === "fr" ? "Rapport" : "Report");
    details.push(
      `${genreText(source, w, label)} ${w.lit(w.terms.apaNumber)}${w.data(String(source.number))}`,
    );
  } else if (source["collection-title"] !== undefined && source.type === "report") {
    const number = source["collection-number"];
    details.push(
      w.rich(source["collection-title"]) +
        (number === undefined ? "" : ` ${w.data(String(number))}`),
    );
  }
  const inParentheses = details.filter((detail) => detail !== "").join(", ");
  if (inParentheses !== "") out += ` (${inParentheses})`;
  if (source.number === undefined && genre !== undefined) {
    const where = thesisInBrackets(source) ? `, ${w.data(source.publisher as string)}` : "";
    out += ` [${w.data(genre)}${where}]`;
  } else if (source.type === "dataset") {
    out += ` [${w.lit(w.terms.dataset)}]`;
  }
  return out;
}

function shortTitle(source: SourceFields, w: Writer): string {
  const { text, field } = titleLike(source, "apa");
  return w.italic(w.rich(source["title-short"] ?? text, field === "title"));
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
    // A paper published in proceedings without editors is cited like an article.
    const article =
      isArticle(source) || (source.type === "paper-conference" && source.editor === undefined);
    // A part known only by its container is cited as the container itself.
    const part = !article && isPart(source) && field !== "container-title";
    let authors = apaList(source.author, w);
    if (authors === "" && !part && source.editor !== undefined) {
      authors = `${apaList(source.editor, w)} ${editorsLabel(source, w)}`;
    }
    const date = `(${formatApaDate(source.issued, w, DATED_TO_THE_DAY.has(source.type))})`;
    const renderedTitle =
      article || part
        ? w.rich(title, field === "title")
        : describedTitle(source, w, title, field === "title");
    const elements = authors === "" ? [renderedTitle, date] : [authors, date, renderedTitle];
    if (article && source["container-title"] !== undefined && field !== "container-title") {
      let container = w.italic(w.rich(source["container-title"]));
      if (source.volume !== undefined) container += `, ${w.italic(w.data(String(source.volume)))}`;
      if (source.issue !== undefined) {
        // An issue without a volume stands apart: "Revue Projet, (340), 30–45".
        container += `${source.volume === undefined ? ", " : ""}(${w.data(String(source.issue))})`;
      }
      if (source.page !== undefined) container += `, ${formatPageRange(source.page, w)}`;
      elements.push(container);
    } else if (part) {
      const editors = apaList(source.editor, w, apaEditorName, false);
      const container = w.italic(w.rich(source["container-title"] as string));
      const details = [editionText(source, w)];
      if (source.page !== undefined) details.push(formatPages(source.page, w));
      const inParentheses = details.filter((detail) => detail !== "").join(", ");
      elements.push(
        `${w.lit(w.terms.apaIn)} ${editors === "" ? "" : `${editors} ${editorsLabel(source, w)}, `}${container}${inParentheses === "" ? "" : ` (${inParentheses})`}`,
      );
    }
    if (
      !article &&
      !part &&
      source["container-title"] !== undefined &&
      field !== "container-title"
    ) {
      const site = w.rich(source["container-title"]);
      elements.push(source.type === "post-weblog" ? w.italic(site) : site);
    }
    const groupAuthor = source.author?.length === 1 ? source.author[0]?.literal : undefined;
    if (
      !article &&
      source.publisher !== undefined &&
      source.publisher !== groupAuthor &&
      !thesisInBrackets(source) &&
      field !== "publisher"
    ) {
      elements.push(w.data(source.publisher));
    }
    if (locator !== undefined) elements.push(formatPages(locator, w));
    const body = sentences(elements, w.format);
    let link = "";
    if (source.DOI !== undefined) {
      link = w.link(`https://doi.org/${source.DOI}`, `https://doi.org/${source.DOI}`);
    } else if (source.URL !== undefined) {
      const accessed =
        source.issued === undefined && source.accessed !== undefined
          ? formatDate(source.accessed, w)
          : "";
      link =
        (accessed === "" ? "" : `${w.lit(w.terms.retrieved(accessed))} `) +
        w.link(source.URL, source.URL);
    }
    return link === "" ? body : `${body} ${link}`;
  },
  short(source, w, locator) {
    const who = shortNames(source.author ?? source.editor, w);
    const parts = [who === "" ? shortTitle(source, w) : who];
    parts.push(source.issued === undefined ? w.lit(w.terms.noDate) : formatYear(source.issued, w));
    if (locator !== undefined) parts.push(formatPages(locator, w));
    return parts.join(", ");
  },
};
