import { ImpactError, isImpactError } from "@observatoire/impact-core";
import { checkSource, type SourceFields } from "../_lib/check-source";
import { writerFor } from "../_lib/language";
import { type ResolvedOptions, resolveOptions } from "../_lib/options";
import { getWriter, type Writer } from "../_lib/output";
import { formatPages } from "../_lib/pages";
import { checkCitations, checkDistance, computePositions } from "../positions/note-positions";
import type {
  CitableSource,
  Citation,
  Cite,
  FormattedNote,
  OutputFormat,
  RenderOptions,
} from "../types";

/** Options of {@link formatNotes}. */
export interface FormatNotesOptions extends RenderOptions {
  /** CSL `near-note-distance`, 5 when omitted (see {@link notePositions}). */
  readonly nearNoteDistance?: number | undefined;
}

/** Indexes sources by id, checking each once. @internal */
export function indexSources(
  sources: unknown,
): Map<string, { fields: SourceFields; index: number }> {
  if (!Array.isArray(sources)) {
    throw new ImpactError("INVALID_INPUT", "sources must be an array", { path: ["sources"] });
  }
  const byId = new Map<string, { fields: SourceFields; index: number }>();
  sources.forEach((source: unknown, index: number) => {
    const fields = checkSource(source, ["sources", index]);
    const seen = byId.get(fields.id);
    if (seen !== undefined) {
      throw new ImpactError(
        "DUPLICATE_ID",
        `sources ${seen.index} and ${index} share the id "${fields.id}"`,
        { path: ["sources", index, "id"] },
      );
    }
    byId.set(fields.id, { fields, index });
  });
  return byId;
}

/** `[1] text` in text and Markdown, `<li value="1">text</li>` in HTML. @internal */
export function noteLine(noteNumber: number, text: string, format: OutputFormat): string {
  return format === "html" ? `<li value="${noteNumber}">${text}</li>` : `[${noteNumber}] ${text}`;
}

function withoutFinalPeriod(cite: string, w: Writer): string {
  if (!cite.endsWith(".") || cite.endsWith("..")) return cite;
  const terms = [w.terms.ibid, w.terms.opCit, w.terms.artCit, w.terms.etAl, w.terms.noDate];
  const end = cite.toLocaleLowerCase();
  return terms.some((term) => end.endsWith(w.lit(term))) ? cite : cite.slice(0, -1);
}

const capitalise = (term: string): string => term.charAt(0).toLocaleUpperCase() + term.slice(1);

/** The cite with its CSL affixes: `Voir ibid., p. 4 et passim`. */
function withAffixes(text: string, cite: Cite, first: boolean, w: Writer): string {
  let out = text;
  const prefix = cite.prefix === undefined ? "" : w.data(cite.prefix);
  if (prefix !== "") out = `${first ? capitalise(prefix) : prefix} ${out}`;
  const suffix = cite.suffix === undefined ? "" : w.data(cite.suffix);
  if (suffix !== "") out += /^[,;.:)\]]/.test(suffix) ? suffix : ` ${suffix}`;
  return out;
}

/** Renders checked citations against indexed sources. @internal */
export function renderNotes(
  citations: readonly Citation[],
  sources: ReadonlyMap<string, { fields: SourceFields; index: number }>,
  options: ResolvedOptions,
  nearNoteDistance: number,
): FormattedNote[] {
  const { style, format, locale } = options;
  const w = getWriter(format, locale);
  const positions = computePositions(citations, nearNoteDistance);
  return citations.map((citation, index) => {
    const texts = citation.cites.map((cite, position) => {
      const entry = sources.get(cite.id);
      if (entry === undefined) {
        throw new ImpactError(
          "UNKNOWN_REFERENCE",
          `note ${citation.noteNumber} cites "${cite.id}", which is not among the sources`,
          { path: ["citations", index, "cites", position, "id"] },
        );
      }
      const where = positions[index]?.[position]?.position ?? "first";
      try {
        if (where === "first") {
          const full = style.full(entry.fields, writerFor(entry.fields, w), cite.locator);
          return withAffixes(full, cite, position === 0, w);
        }
        if (where !== "subsequent" && style.ibid) {
          const opens = position === 0 && (cite.prefix ?? "").trim() === "";
          const ibid = w.latin(opens ? capitalise(w.terms.ibid) : w.terms.ibid);
          const text =
            where === "ibid-with-locator" && cite.locator !== undefined
              ? `${ibid}, ${formatPages(cite.locator, w)}`
              : ibid;
          return withAffixes(text, cite, position === 0, w);
        }
        const short = style.short(entry.fields, writerFor(entry.fields, w), cite.locator);
        return withAffixes(short, cite, position === 0, w);
      } catch (error) {
        if (isImpactError(error) && error.path[0] === "source") {
          throw new ImpactError(error.code, error.message, {
            path: ["sources", entry.index, ...error.path.slice(1)],
            cause: error,
          });
        }
        throw error;
      }
    });
    const last = texts.length - 1;
    // A reference that ends a sentence loses its period before the next cite: "…2019 ; B".
    const cites = texts.map((cite, position) =>
      position < last ? withoutFinalPeriod(cite, w) : cite,
    );
    const text = cites.join(w.lit(w.terms.citeDelimiter));
    return {
      noteNumber: citation.noteNumber,
      text,
      cites,
      line: noteLine(citation.noteNumber, text, format),
    };
  });
}

/**
 * Renders a whole document's notes at once: the first cite of a source in full, later
 * ones as `op. cit.` (or `art. cit.` for an article, with `title-short` when given),
 * `Ibid.` (capitalised at the start of a note) and `Ibid., p. 42` from the CSL positions.
 * APA 7 has no ibid.: its later cites are `Author, year, p. 42`. Linear in the number of
 * notes.
 *
 * @param citations - the notes in document order (see {@link notePositions})
 * @param sources - every cited source (CSL-JSON items), ids unique
 * @param options - `style`, `format`, `locale` and `nearNoteDistance`
 * @returns one `{ noteNumber, text, line }` per citation
 * @throws {ImpactError} `UNKNOWN_REFERENCE` for a cite of an unknown id,
 *   `DUPLICATE_ID` for two sources with one id, `INVALID_INPUT` for bad note numbers,
 *   options or source fields
 * @example
 * import { formatNotes } from "@observatoire/impact-citations";
 * const sources = [{
 *   id: "phare-2018",
 *   type: "report",
 *   genre: "Rapport quinquennal",
 *   "collection-title": "PHARE",
 *   title: "fragilités et co-construction territoriale",
 *   "title-short": "fragilités",
 *   author: [{ literal: "Observatoire des partenariats" }],
 *   issued: { "date-parts": [[2018, 2]] },
 * }];
 * const notes = formatNotes(
 *   [
 *     { noteNumber: 1, cites: [{ id: "phare-2018", locator: "12" }] },
 *     { noteNumber: 2, cites: [{ id: "phare-2018", locator: "14-15" }] },
 *     { noteNumber: 4, cites: [{ id: "phare-2018" }] },
 *   ],
 *   sources,
 *   { format: "html" },
 * );
 * notes.map((note) => note.text);
 * //=> ["Rapport quinquennal PHARE «\u00a0fragilités et co-construction territoriale\u00a0» (Observatoire des partenariats, février 2018), p.\u00a012", "<i>Ibid.</i>, p.\u00a014\u201115", "Rapport quinquennal PHARE «\u00a0fragilités\u00a0», <i>op.\u00a0cit.</i>"]
 * formatNotes([{ noteNumber: 1, cites: [{ id: "nowhere" }] }], sources);
 * //=> throws UNKNOWN_REFERENCE
 */
export function formatNotes(
  citations: readonly Citation[],
  sources: readonly CitableSource[],
  options?: FormatNotesOptions | undefined,
): FormattedNote[] {
  const resolved = resolveOptions(options);
  const distance = checkDistance(options?.nearNoteDistance);
  return renderNotes(checkCitations(citations), indexSources(sources), resolved, distance);
}
