import { ImpactError } from "@observatoire/impact-core";
import type { SourceFields } from "../check-source";
import type { Writer } from "../output";

/** What a reference style knows how to write. @internal */
export interface Style {
  /** The full reference, with the locator (a page) in the style's place. */
  full(source: SourceFields, w: Writer, locator: string | undefined): string;
  /** The short form of a later cite: `op. cit.`, `art. cit.`, or APA's author and year. */
  short(source: SourceFields, w: Writer, locator: string | undefined): string;
  /** Whether the style writes `Ibid.` (APA 7 does not). */
  readonly ibid: boolean;
}

const ARTICLES: ReadonlySet<string> = new Set([
  "article",
  "article-journal",
  "article-magazine",
  "article-newspaper",
  "review",
  "review-book",
]);
const PARTS: ReadonlySet<string> = new Set([
  "chapter",
  "entry",
  "entry-dictionary",
  "entry-encyclopedia",
  "paper-conference",
]);

/** Articles are cited again with `art. cit.` and set their container in italics. @internal */
export const isArticle = (source: SourceFields): boolean => ARTICLES.has(source.type);

/** Parts of a book or proceedings (`In :` the container). @internal */
export const isPart = (source: SourceFields): boolean =>
  PARTS.has(source.type) && source["container-title"] !== undefined;

/** The field a reference writes in the title's place. @internal */
export type TitleField = "title" | "container-title" | "publisher";

/** The title-like element of a reference and the field it comes from. @internal */
export interface TitleLike {
  readonly text: string;
  readonly field: TitleField;
}

const present = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== "";

/**
 * The title, else (as citeproc styles do for a web page known only by its site) the
 * container title, else the publisher; the style then leaves out the element it promoted,
 * so that it is not written twice. A source with none of the three cannot be written.
 *
 * @internal
 */
export function titleLike(source: SourceFields, style: string): TitleLike {
  if (present(source.title)) return { text: source.title, field: "title" };
  const container = source["container-title"];
  if (present(container)) return { text: container, field: "container-title" };
  if (present(source.publisher)) return { text: source.publisher, field: "publisher" };
  throw new ImpactError(
    "INVALID_INPUT",
    `source "${source.id}" has no title, container-title or publisher, one of which the ${style} style needs`,
    { path: ["source", "title"] },
  );
}

/** The edition: `5th ed.`, `5e éd.` for a number, else as written. `""` without. @internal */
export function editionText(source: SourceFields, w: Writer): string {
  const edition = source.edition;
  if (edition === undefined) return "";
  const text = String(edition).trim();
  const n = Number(text);
  return /^\d+$/.test(text) && n > 0 ? w.lit(w.terms.edition(n)) : w.data(text);
}

const MINOR = new Set(
  "a an and as at but by down for from in into nor of on onto or over so the till to up via with yet".split(
    " ",
  ),
);

/**
 * Title case of English text as CSL applies it: each lower-case word is capitalised,
 * except minor words inside the text (`Working paper` → `Working Paper`). @internal
 */
export const titleCase = (text: string): string =>
  text.replace(/[\p{L}\p{N}'’]+/gu, (word, offset: number) =>
    offset > 0 && MINOR.has(word) ? word : word.charAt(0).toLocaleUpperCase() + word.slice(1),
  );
