import type { CitationLocale } from "../types";

/**
 * The locale terms the styles print. Month names, `ibid.`, `op. cit.`, `consulté le`,
 * the guillemets and the ordinal `1er` follow the CSL locale files (Citation Style
 * Language project, locales-fr-FR.xml and locales-en-US.xml, CC BY-SA 3.0).
 *
 * @internal
 */
export interface Terms {
  readonly months: readonly string[];
  readonly openQuote: string;
  readonly closeQuote: string;
  readonly ibid: string;
  readonly opCit: string;
  readonly artCit: string;
  readonly etAl: string;
  /** The word before the last name of a list. */
  readonly and: string;
  /** APA's own "and" (an ampersand in English). */
  readonly apaAnd: string;
  readonly page: string;
  readonly pages: string;
  readonly accessed: string;
  readonly online: string;
  readonly availableAt: string;
  readonly isoIn: string;
  readonly apaIn: string;
  readonly editor: string;
  readonly editors: string;
  readonly number: string;
  /** APA's "No." of a report number. */
  readonly apaNumber: string;
  readonly volume: string;
  /** `5th ed.`, `5e éd.` */
  readonly edition: (edition: number) => string;
  readonly dataset: string;
  /** APA's access date of an undated page: `Retrieved {date}, from`. */
  readonly retrieved: (date: string) => string;
  readonly noDate: string;
  readonly report: string;
  /** Separator of two cites in one note. */
  readonly citeDelimiter: string;
  /** A space and a colon, before ISO 690's publisher (a no-break space in French). */
  readonly colon: string;
  /** Range dash of page numbers. */
  readonly pageRange: string;
  readonly dateRange: string;
  readonly day: (day: number) => string;
  /** Day, month and year in this locale's order. */
  readonly fullDate: (day: string, month: string, year: string) => string;
}

const NBSP = "\u00a0";

/** `st`, `nd`, `rd` or `th`. */
function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/** @internal */
export const TERMS: Readonly<Record<CitationLocale, Terms>> = {
  fr: {
    months: [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
    openQuote: `«${NBSP}`,
    closeQuote: `${NBSP}»`,
    ibid: "ibid.",
    opCit: `op.${NBSP}cit.`,
    artCit: `art.${NBSP}cit.`,
    etAl: `et${NBSP}al.`,
    and: "et",
    apaAnd: "et",
    page: `p.${NBSP}`,
    pages: `p.${NBSP}`,
    accessed: "consulté le",
    online: "en ligne",
    availableAt: `Disponible à l’adresse${NBSP}:`,
    isoIn: `Dans${NBSP}:`,
    apaIn: "Dans",
    editor: "dir.",
    editors: "dir.",
    number: `n°${NBSP}`,
    apaNumber: `N°${NBSP}`,
    volume: `vol.${NBSP}`,
    edition: (edition) => `${edition}${edition === 1 ? "re" : "e"} éd.`,
    dataset: "Jeu de données",
    retrieved: (date) => `Consulté ${date}, à l’adresse`,
    noDate: `s.${NBSP}d.`,
    report: "rapport",
    citeDelimiter: "\u202f; ",
    colon: `${NBSP}:`,
    pageRange: "\u2011",
    dateRange: "\u2013",
    day: (day) => (day === 1 ? "1er" : String(day)),
    fullDate: (day, month, year) => `${day} ${month} ${year}`,
  },
  en: {
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    openQuote: "\u201c",
    closeQuote: "\u201d",
    ibid: "ibid.",
    opCit: "op. cit.",
    artCit: "art. cit.",
    etAl: "et al.",
    and: "and",
    apaAnd: "&",
    page: "p. ",
    pages: "pp. ",
    accessed: "accessed",
    online: "online",
    availableAt: "Available from:",
    isoIn: "In :",
    apaIn: "In",
    editor: "Ed.",
    editors: "Eds.",
    number: "no. ",
    apaNumber: "No. ",
    volume: "vol. ",
    edition: (edition) => `${edition}${englishOrdinal(edition)} ed.`,
    dataset: "Dataset",
    retrieved: (date) => `Retrieved ${date}, from`,
    noDate: "n.d.",
    report: "report",
    citeDelimiter: "; ",
    colon: " :",
    pageRange: "\u2013",
    dateRange: "\u2013",
    day: (day) => String(day),
    fullDate: (day, month, year) => `${month} ${day}, ${year}`,
  },
};
