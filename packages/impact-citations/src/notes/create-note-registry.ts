import { ImpactError } from "@observatoire/impact-core/kernel";
import { checkSource, type SourceFields } from "../_lib/check-source";
import { resolveOptions } from "../_lib/options";
import { checkDistance } from "../positions/note-positions";
import type { CitableSource, Citation, FormattedNote, RenderOptions } from "../types";
import { indexSources, renderNotes } from "./format-notes";

/** Options of {@link createNoteRegistry}. */
export interface NoteRegistryOptions extends RenderOptions {
  /** The sources that may be cited by id (more may be cited as objects). */
  readonly sources?: readonly CitableSource[] | undefined;
  /**
   * Give a source cited again (with the same locator) the number of its first note
   * instead of a new note: a numbered source list, as in the seed. `false` when omitted.
   */
  readonly reuseNumbers?: boolean | undefined;
  /** CSL `near-note-distance`, 5 when omitted. */
  readonly nearNoteDistance?: number | undefined;
}

/** Options of {@link NoteRegistry.cite}. */
export interface CiteOptions {
  /** A page or page range (`"42"`, `"12-15"`). */
  readonly locator?: string | undefined;
}

/** A document's notes, numbered in the order of citation. */
export interface NoteRegistry {
  /**
   * Cites a source (its id, or the source itself) in a new note, or in the note that
   * already cites it when `reuseNumbers` is on.
   *
   * @returns the note call: `[1]` in text and Markdown, `<sup>1</sup>` in HTML
   * @throws {ImpactError} `UNKNOWN_REFERENCE` for an unknown id
   */
  cite(source: string | CitableSource, options?: CiteOptions | undefined): string;
  /** The notes so far, numbered, rendered with Ibid. and op. cit. */
  notes(): FormattedNote[];
}

/**
 * Creates a note registry for one document: each `cite` returns a note call and
 * `notes()` renders the numbered notes with the CSL positions (see {@link formatNotes}).
 *
 * @param options - `sources`, `style`, `format`, `locale`, `reuseNumbers`, `nearNoteDistance`
 * @returns the registry
 * @throws {ImpactError} `INVALID_INPUT` for bad options or sources, `DUPLICATE_ID` for two
 *   sources with one id
 * @example
 * import { createNoteRegistry } from "@observatoire/impact-citations";
 * const registry = createNoteRegistry({
 *   sources: [{ id: "rameau-2017", type: "report", genre: "Note prospective",
 *     title: "les impacts des alliances innovantes au service du bien commun",
 *     publisher: "Le RAMEAU", issued: { "date-parts": [[2017, 12]] } }],
 *   reuseNumbers: true,
 * });
 * [registry.cite("rameau-2017"), registry.cite("rameau-2017")];
 * //=> ["[1]", "[1]"]
 * registry.notes().map((note) => note.line);
 * //=> ["[1] Note prospective «\u00a0les impacts des alliances innovantes au service du bien commun\u00a0» (Le RAMEAU, décembre 2017)"]
 * registry.cite("unknown");
 * //=> throws UNKNOWN_REFERENCE
 */
export function createNoteRegistry(options: NoteRegistryOptions = {}): NoteRegistry {
  const resolved = resolveOptions(options);
  const reuse = options.reuseNumbers ?? false;
  if (typeof reuse !== "boolean") {
    throw new ImpactError("INVALID_INPUT", "reuseNumbers must be a boolean", {
      path: ["options", "reuseNumbers"],
    });
  }
  const distance = checkDistance(options.nearNoteDistance);
  const sources = indexSources(options.sources ?? []);
  const citations: Citation[] = [];
  const reused = new Map<string, number>();
  const call = (n: number): string => (resolved.format === "html" ? `<sup>${n}</sup>` : `[${n}]`);
  return {
    cite(source, citeOptions) {
      let id: string;
      if (typeof source === "string") {
        if (!sources.has(source)) {
          throw new ImpactError("UNKNOWN_REFERENCE", `no source has the id "${source}"`, {
            path: ["source"],
          });
        }
        id = source;
      } else {
        const fields: SourceFields = checkSource(source, ["source"]);
        const known = sources.get(fields.id);
        if (known === undefined) sources.set(fields.id, { fields, index: sources.size });
        else if (known.fields !== fields) {
          throw new ImpactError(
            "DUPLICATE_ID",
            `another source already has the id "${fields.id}"; cite it by id`,
            { path: ["source", "id"] },
          );
        }
        id = fields.id;
      }
      const locator = citeOptions?.locator;
      if (locator !== undefined && typeof locator !== "string") {
        throw new ImpactError("INVALID_INPUT", "locator must be a string", {
          path: ["options", "locator"],
        });
      }
      const key = JSON.stringify([id, locator ?? null]);
      const existing = reuse ? reused.get(key) : undefined;
      if (existing !== undefined) return call(existing);
      const noteNumber = citations.length + 1;
      citations.push({ noteNumber, cites: [locator === undefined ? { id } : { id, locator }] });
      reused.set(key, noteNumber);
      return call(noteNumber);
    },
    notes() {
      return renderNotes(citations, sources, resolved, distance);
    },
  };
}
