/** The locator and the rest of what follows a citation key. @internal */
export interface SplitLocator {
  /** A page or range (`12`, `12-15`) printed after `p.`, or a labelled locator as written (`chap. 2`). */
  readonly locator: string | undefined;
  /** What is left (`et passim`, `, note 3`), trimmed; empty when nothing. */
  readonly suffix: string;
}

// `, p. 12`, `, pp. 12-15`, ` 12`, `, page 7`: a page or range.
const PAGE =
  /^(?:\s*,\s*|\s+)(?:(?:pp?|pages?|pg|S)\.?\s*)?(\d+(?:\s*[-\u2010-\u2015]\s*\d+)?)(?=$|[\s,;.:)])/u;
// `, chap. 2`, `, § 4`, `, vol. II`: a labelled locator, written as the author wrote it.
const LABELLED =
  /^(?:\s*,\s*|\s+)((?:chap|chapitre|chapter|ch|sect|section|§|vol|volume|fig|figure|tab|table|tabl|n°|no|note|nn|para|par|annexe|appendix|app|art|livre|book|bk|part|partie|col|line|l|tome|t|fol|folio|f|v|vers|verse|op|sub verbo|s\.v)\.?\s*(?:\d+|[ivxlcdm]+\b|[IVXLCDM]+\b)(?:\s*[-\u2010-\u2015]\s*(?:\d+|[ivxlcdm]+\b|[IVXLCDM]+\b))?)(?=$|[\s,;.:)])/u;

/**
 * Reads a pandoc locator at the start of the text after a citation key: `, p. 12` and
 * `, 12` give the page `12`, `, pp. 12-15` the range `12-15`; a locator with another label
 * (`, chap. 2`, `, § 4`) is kept as written. The rest is the suffix.
 *
 * @internal
 */
export function splitLocator(after: string): SplitLocator {
  const page = PAGE.exec(after);
  if (page !== null) {
    const locator = (page[1] as string).replace(/\s+/g, "").replace(/[\u2010-\u2015]/g, "-");
    return { locator, suffix: after.slice(page[0].length).trim() };
  }
  const labelled = LABELLED.exec(after);
  if (labelled !== null) {
    return {
      locator: (labelled[1] as string).trim(),
      suffix: after.slice(labelled[0].length).trim(),
    };
  }
  const suffix = after.trim();
  return { locator: undefined, suffix };
}
