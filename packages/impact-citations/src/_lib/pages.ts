import type { Writer } from "./output";

const PAGE = "(?:\\d+|[ivxlcdm]+)";
const SINGLE = new RegExp(`^${PAGE}$`, "i");
const RANGE = new RegExp(
  `^(${PAGE})\\s*[-\\u2010\\u2011\\u2012\\u2013\\u2014]+\\s*(${PAGE})$`,
  "i",
);

/**
 * A page or page range after its label: `p. 42`, `p. 12‑15` (U+2011 in French, an en
 * dash in English). Anything else (`chap. 3`) is printed as written.
 *
 * @internal
 */
export function formatPages(value: string | number, w: Writer): string {
  const text = String(value).trim();
  if (SINGLE.test(text)) return `${w.lit(w.terms.page)}${w.data(text)}`;
  const range = RANGE.exec(text);
  if (range !== null) {
    return `${w.lit(w.terms.pages)}${w.data(range[1] ?? "")}${w.lit(w.terms.pageRange)}${w.data(range[2] ?? "")}`;
  }
  return w.data(text);
}

/** A page range without its label, with the locale's range dash (APA's `12–30`). @internal */
export function formatPageRange(value: string | number, w: Writer): string {
  const text = String(value).trim();
  const range = RANGE.exec(text);
  if (range === null) return w.data(text);
  return `${w.data(range[1] ?? "")}${w.lit(w.terms.pageRange)}${w.data(range[2] ?? "")}`;
}
