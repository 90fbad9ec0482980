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

/** The title, or an error naming the source: a reference without a title cannot be written. @internal */
export function requireTitle(source: SourceFields, style: string): string {
  if (source.title === undefined || source.title.trim() === "") {
    throw new ImpactError(
      "INVALID_INPUT",
      `source "${source.id}" has no title, which the ${style} style needs`,
      { path: ["source", "title"] },
    );
  }
  return source.title;
}
