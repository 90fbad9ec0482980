export { fromCslJson } from "./csl-json/from-csl-json";
export { toCslJson } from "./csl-json/to-csl-json";
export type { CiteOptions, NoteRegistry, NoteRegistryOptions } from "./notes/create-note-registry";
export { createNoteRegistry } from "./notes/create-note-registry";
export type { FormatNotesOptions } from "./notes/format-notes";
export { formatNotes } from "./notes/format-notes";
export type { NotePositionsOptions } from "./positions/note-positions";
export { notePositions } from "./positions/note-positions";
export { formatAuthor } from "./references/format-author";
export type { FormatReferenceOptions } from "./references/format-reference";
export { formatReference } from "./references/format-reference";
export type {
  CitableSource,
  Citation,
  CitationLocale,
  CitationStyle,
  Cite,
  CitePosition,
  FormattedNote,
  OutputFormat,
  Position,
  RenderOptions,
} from "./types";
export { CITATION_STYLES, OUTPUT_FORMATS } from "./types";
export { attachNoteCall } from "./typography/attach-note-call";
export { frenchTypography } from "./typography/french-typography";
