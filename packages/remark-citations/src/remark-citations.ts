import {
  type CitableSource,
  type Citation,
  type CitationLocale,
  type CitationStyle,
  type Cite,
  formatAuthor,
  formatNotes,
  formatReference,
} from "@observatoire/impact-citations";
import { escapeForTerminal, ImpactError, truncateForMessage } from "@observatoire/impact-core";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import type {
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  List,
  Nodes,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from "./syntax/mdast";
import { readNoteMarkdown } from "./syntax/note-markdown";
import { type ScannedCitation, type ScannedCite, scanCitations } from "./syntax/scan-citations";
import { mapSource, pointsOf, type SourceMap } from "./syntax/source-map";

/** Options of {@link remarkCitations}. */
export interface RemarkCitationsOptions {
  /**
   * The sources the document may cite: CSL-JSON items (a Zotero export, or
   * `fromCslJson`'s validated sources) or the `sources` of a catalog; ids unique.
   */
  readonly sources: readonly CitableSource[];
  /** The reference style of the notes: `"observatoire"` (default), `"iso690"` or `"apa"`. */
  readonly style?: CitationStyle | undefined;
  /** The language of the notes and of the bibliography's heading: `"fr"` (default) or `"en"`. */
  readonly locale?: CitationLocale | undefined;
  /**
   * `true` appends the works cited, under a heading `Bibliographie` (French) or
   * `References` (English): in order of first citation in the `observatoire` style,
   * alphabetically in `iso690` and `apa`. `false` when omitted.
   */
  readonly bibliography?: boolean | undefined;
  /**
   * What an unknown citation key or a malformed citation does: `"warn"` (default) adds a
   * message to the file, with its line and column, and leaves the text as written;
   * `"error"` makes that message fatal, so `process` rejects.
   */
  readonly onUnknown?: "warn" | "error" | undefined;
  /** CSL `near-note-distance`, 5 when omitted. */
  readonly nearNoteDistance?: number | undefined;
}

/** Node types whose text is never read for citations. */
const OPAQUE: ReadonlySet<string> = new Set([
  "link",
  "linkReference",
  "definition",
  "code",
  "inlineCode",
  "html",
  "math",
  "inlineMath",
  "yaml",
  "toml",
]);

const HEADINGS: Readonly<Record<CitationLocale, string>> = {
  fr: "Bibliographie",
  en: "References",
};

/** A citation found in a text node, with where it sits. */
interface Occurrence {
  readonly citation: ScannedCitation;
  /** The cites whose key is among the sources. */
  readonly known: readonly ScannedCite[];
  /** The author's footnote it is written in, if any. */
  readonly footnote: string | undefined;
  /** Whether nothing comes before it in that footnote. */
  readonly opensFootnote: boolean;
  /** The note number, once numbered. */
  noteNumber: number;
  /** Its replacement nodes, once rendered. */
  nodes: PhrasingContent[];
  /** Its footnote (a citation outside the author's footnotes). */
  identifier: string | undefined;
}

/** A text node holding citations, and the occurrences found in it. */
interface Site {
  readonly parent: Parents;
  readonly node: Text;
  readonly occurrences: Occurrence[];
}

/** A value quoted in a message: cut to a readable length, control characters shown. */
const quote = (value: unknown): string =>
  escapeForTerminal(truncateForMessage(JSON.stringify(value) ?? String(value)));

function fail(message: string, ...path: (string | number)[]): never {
  throw new ImpactError("INVALID_INPUT", message, { path: ["options", ...path] });
}

/** Checks the options once, when the plugin is attached. */
function checkOptions(
  options: unknown,
): Required<Omit<RemarkCitationsOptions, "style" | "locale" | "nearNoteDistance">> &
  Pick<RemarkCitationsOptions, "style" | "nearNoteDistance"> & { locale: CitationLocale } {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return fail(
      "remark-citations needs an options object with its sources: use(remarkCitations, { sources })",
    );
  }
  const { sources, style, locale, bibliography, onUnknown, nearNoteDistance } =
    options as RemarkCitationsOptions;
  if (!Array.isArray(sources)) fail("sources must be an array of CSL-JSON items", "sources");
  if (bibliography !== undefined && typeof bibliography !== "boolean") {
    fail(`bibliography must be true or false, got ${quote(bibliography)}`, "bibliography");
  }
  if (onUnknown !== undefined && onUnknown !== "warn" && onUnknown !== "error") {
    fail(`onUnknown must be "warn" or "error", got ${quote(onUnknown)}`, "onUnknown");
  }
  // Checks the style, the locale, the distance and every source (ids unique) now, not
  // in the middle of a document.
  formatNotes([], sources, { style, locale, nearNoteDistance });
  return {
    sources,
    style,
    locale: locale ?? "fr",
    bibliography: bibliography ?? false,
    onUnknown: onUnknown ?? "warn",
    nearNoteDistance,
  };
}

/** The first text of phrasing content, looking inside emphasis. */
function firstText(nodes: readonly PhrasingContent[] | undefined): Text | undefined {
  const first = nodes?.[0];
  if (first === undefined) return undefined;
  if (first.type === "text") return first;
  return "children" in first ? firstText(first.children as PhrasingContent[]) : undefined;
}

function lastText(nodes: readonly PhrasingContent[] | undefined): Text | undefined {
  const last = nodes?.[nodes.length - 1];
  if (last === undefined) return undefined;
  if (last.type === "text") return last;
  return "children" in last ? lastText(last.children as PhrasingContent[]) : undefined;
}

function lowercaseIbid(nodes: PhrasingContent[]): void {
  const text = firstText(nodes);
  if (text?.value.startsWith("Ibid.")) text.value = `i${text.value.slice(1)}`;
}

const endsWithPeriod = (nodes: readonly PhrasingContent[] | undefined): boolean =>
  lastText(nodes)?.value.endsWith(".") === true;

/** The cite handed to `formatNotes`. */
function toCite(cite: ScannedCite): Cite {
  return {
    id: cite.id,
    ...(cite.locator === undefined ? {} : { locator: cite.locator }),
    ...(cite.prefix === "" ? {} : { prefix: cite.prefix }),
    ...(cite.suffix === "" ? {} : { suffix: cite.suffix }),
  };
}

/**
 * A unified (remark) plugin, the package's default export (also exported by this name),
 * that reads pandoc citations in Markdown and writes them as
 * numbered footnotes rendered by `@observatoire/impact-citations`, with the CSL
 * positions of `formatNotes` (`Ibid.`, `op. cit.`) and French typography:
 *
 * - `[@id]`, `[@id, p. 12]`, `[voir @a, chap. 2 ; @b]`: a note with the reference(s),
 *   the call glued to the word before it (`…d’emploi[^2].`);
 * - `@id` in a sentence (or `@id [p. 12]`): the author in the text, the reference in a note;
 * - `[-@id]`: the note alone, as `[@id]`.
 *
 * The author's own footnotes (`[^n]`, which need remark-gfm) share the numbering, in
 * document order, and a citation inside one is written into it. Citations in code, links
 * and escaped text (`\[@x]`) are left alone, as are email addresses (`a@b.fr`). An
 * unknown key or a malformed citation is a file message with its line and column
 * (`ruleId` `unknown-citation` or `malformed-citation`), fatal with `onUnknown: "error"`.
 * With remark-rehype, the notes become GFM footnotes in HTML.
 *
 * @param options - `sources`, `style`, `locale`, `bibliography`, `onUnknown`, `nearNoteDistance`
 * @returns the transformer
 * @throws {ImpactError} `INVALID_INPUT` for bad options or sources, `DUPLICATE_ID` for
 *   two sources with one id (when the plugin is attached)
 * @example
 * import remarkCitations from "@observatoire/remark-citations";
 * import remarkGfm from "remark-gfm";
 * import remarkParse from "remark-parse";
 * import remarkStringify from "remark-stringify";
 * import { unified } from "unified";
 * const sources = [{
 *   id: "impact-citoyens", type: "report", genre: "Etude", title: "IMPACT-Citoyens",
 *   author: [{ literal: "Comisis-OpinionWay" }], issued: { "date-parts": [[2019, 10]] },
 * }];
 * const file = await unified()
 *   .use(remarkParse)
 *   .use(remarkGfm)
 *   .use(remarkCitations, { sources })
 *   .use(remarkStringify)
 *   .process("74 % des Français [@impact-citoyens, p. 12] ; 76 % des maires [@impact-citoyens, p. 14].");
 * String(file);
 * //=> "74 % des Français[^cite-1] ; 76 % des maires[^cite-2].\n\n[^cite-1]: Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019), p.\u00a012\n\n[^cite-2]: *Ibid.*, p.\u00a014\n"
 * const warned = await unified().use(remarkParse).use(remarkCitations, { sources })
 *   .use(remarkStringify).process("Selon [@nowhere].");
 * warned.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
 * //=> ["1:8 unknown citation key \"nowhere\": no source has this id"]
 * unified().use(remarkCitations, { sources: "none" }).freeze();
 * //=> throws INVALID_INPUT
 */
export const remarkCitations: Plugin<[RemarkCitationsOptions], Root> = function remarkCitations(
  options: RemarkCitationsOptions,
) {
  const settings = checkOptions(options);
  const byId = new Map<string, CitableSource>();
  for (const source of settings.sources) byId.set(String(source.id), source);
  const render = { style: settings.style, locale: settings.locale };

  return (tree: Root, file: VFile) => {
    const document = typeof file.value === "string" ? file.value : undefined;
    const point = document === undefined ? undefined : pointsOf(document);
    const sites: Site[] = [];
    const report = (reason: string, ruleId: string, start: number, end: number, node: Text) => {
      const place =
        point === undefined || start < 0 ? node.position : { start: point(start), end: point(end) };
      const options = { place, ruleId, source: "remark-citations" } as const;
      if (settings.onUnknown === "error") file.fail(reason, options);
      file.message(reason, options);
    };

    // Author footnotes by identifier, and the citations and references in document order.
    const definitions = new Map<string, FootnoteDefinition>();
    const identifiers = new Set<string>();
    type Event =
      | { kind: "reference"; identifier: string }
      | { kind: "citation"; occurrence: Occurrence };
    const flow: Event[] = [];
    const inFootnote = new Map<string, Event[]>();
    const startedFootnotes = new Set<string>();

    const visitText = (
      node: Text,
      parent: Parents,
      footnote: string | undefined,
      events: Event[],
    ) => {
      let map: SourceMap | undefined;
      const { start, end } = node.position ?? {};
      if (document !== undefined && start?.offset !== undefined && end?.offset !== undefined) {
        map = mapSource(node.value, document.slice(start.offset, end.offset), start.offset);
      }
      const found = scanCitations(node.value, map?.escaped);
      const started = footnote !== undefined && node.value.trim() !== "";
      const offset = (index: number) => (map === undefined ? -1 : map.offset(index));
      for (const bad of found.malformed) {
        report(
          `malformed citation ${quote(node.value.slice(bad.start, bad.end))}: ${bad.reason}`,
          "malformed-citation",
          offset(bad.start),
          offset(bad.end),
          node,
        );
      }
      if (found.citations.length === 0) {
        if (started) startedFootnotes.add(footnote);
        return;
      }
      const occurrences: Occurrence[] = [];
      for (const citation of found.citations) {
        const known = citation.cites.filter((cite) => {
          if (byId.has(cite.id)) return true;
          report(
            `unknown citation key ${quote(cite.id)}: no source has this id`,
            "unknown-citation",
            offset(cite.start),
            offset(cite.end),
            node,
          );
          return false;
        });
        if (known.length === 0) continue;
        const opensFootnote =
          footnote !== undefined &&
          !startedFootnotes.has(footnote) &&
          node.value.slice(0, citation.start).trim() === "";
        const occurrence: Occurrence = {
          citation,
          known,
          footnote,
          opensFootnote,
          noteNumber: 0,
          nodes: [],
          identifier: undefined,
        };
        occurrences.push(occurrence);
        events.push({ kind: "citation", occurrence });
      }
      if (occurrences.length > 0) sites.push({ parent, node, occurrences });
      if (started) startedFootnotes.add(footnote);
    };

    const walk = (
      node: Nodes,
      parent: Parents | undefined,
      footnote: string | undefined,
      events: Event[],
    ) => {
      if (node.type === "text") {
        if (parent !== undefined) visitText(node, parent, footnote, events);
        return;
      }
      if (node.type === "footnoteReference") {
        identifiers.add(node.identifier);
        events.push({ kind: "reference", identifier: node.identifier });
        return;
      }
      if (node.type === "footnoteDefinition") {
        identifiers.add(node.identifier);
        if (footnote === undefined && !definitions.has(node.identifier)) {
          definitions.set(node.identifier, node);
          const own: Event[] = [];
          inFootnote.set(node.identifier, own);
          for (const child of node.children) walk(child, node, node.identifier, own);
        }
        return;
      }
      if (OPAQUE.has(node.type) || !("children" in node)) return;
      for (const child of node.children) walk(child as Nodes, node, footnote, events);
    };
    walk(tree, undefined, undefined, flow);

    // Number the notes as GFM footnotes are numbered: by first call in document order,
    // then the calls made from inside footnotes, in the order of those footnotes.
    let count = 0;
    const numbers = new Map<string, number>();
    const queue: string[] = [];
    const number = (events: Event[]) => {
      for (const event of events) {
        if (event.kind === "reference") {
          if (!numbers.has(event.identifier) && definitions.has(event.identifier)) {
            count += 1;
            numbers.set(event.identifier, count);
            queue.push(event.identifier);
          }
        } else if (event.occurrence.footnote === undefined) {
          count += 1;
          event.occurrence.noteNumber = count;
        } else {
          event.occurrence.noteNumber = numbers.get(event.occurrence.footnote) ?? 0;
        }
      }
    };
    number(flow);
    for (let next = 0; next < queue.length; next += 1) {
      number(inFootnote.get(queue[next] as string) ?? []);
    }

    // One citation per note number; the cites of an author's footnote in their order.
    const all = sites.flatMap((site) => site.occurrences);
    const notes = new Map<number, Occurrence[]>();
    for (const occurrence of all) {
      if (occurrence.noteNumber === 0) continue;
      const list = notes.get(occurrence.noteNumber);
      if (list === undefined) notes.set(occurrence.noteNumber, [occurrence]);
      else list.push(occurrence);
    }
    const ordered = [...notes.entries()].sort(([a], [b]) => a - b);
    const citations: Citation[] = ordered.map(([noteNumber, list]) => ({
      noteNumber,
      cites: list.flatMap((occurrence) => occurrence.known.map(toCite)),
    }));
    const rendered = formatNotes(citations, settings.sources, {
      ...render,
      format: "markdown",
      nearNoteDistance: settings.nearNoteDistance,
    });

    const cache = new Map<string, PhrasingContent[]>();
    const newDefinitions: FootnoteDefinition[] = [];
    let generated = 0;
    const newIdentifier = (): string => {
      let identifier: string;
      do {
        generated += 1;
        identifier = `cite-${generated}`;
      } while (identifiers.has(identifier));
      identifiers.add(identifier);
      return identifier;
    };
    ordered.forEach(([, list], index) => {
      const note = rendered[index];
      if (note === undefined) return;
      if (list.length === 1 && list[0]?.footnote === undefined) {
        const occurrence = list[0] as Occurrence;
        occurrence.identifier = newIdentifier();
        newDefinitions.push({
          type: "footnoteDefinition",
          identifier: occurrence.identifier,
          label: occurrence.identifier,
          children: [{ type: "paragraph", children: readNoteMarkdown(note.text, cache) }],
        });
        return;
      }
      // Inside an author's footnote: each citation writes its own cites where it stands.
      const count = note.cites.length;
      const joined = note.cites.reduce((sum, cite) => sum + cite.length, 0);
      const width = count > 1 ? (note.text.length - joined) / (count - 1) : 0;
      const delimiter =
        count > 1
          ? note.text.slice(note.cites[0]?.length, (note.cites[0]?.length ?? 0) + width)
          : "";
      let at = 0;
      for (const occurrence of list) {
        const pieces = note.cites.slice(at, at + occurrence.known.length);
        at += occurrence.known.length;
        occurrence.nodes = readNoteMarkdown(pieces.join(delimiter), cache);
        // formatNotes capitalises Ibid. at the start of a note; after the author's words
        // in their footnote, it is not at the start.
        if (!occurrence.opensFootnote) lowercaseIbid(occurrence.nodes);
      }
    });

    // A citation in a footnote that is never called is written in full where it stands.
    for (const occurrence of all) {
      if (occurrence.noteNumber !== 0) continue;
      const text = occurrence.known
        .map((cite) =>
          formatReference(byId.get(cite.id) as CitableSource, {
            ...render,
            format: "markdown",
            locator: cite.locator,
          }),
        )
        .join("; ");
      occurrence.nodes = readNoteMarkdown(text, cache);
    }

    // Replace each text node by its text and the citations' nodes (right to left, so
    // that the indexes of earlier siblings hold).
    for (let s = sites.length - 1; s >= 0; s -= 1) {
      const { parent, node, occurrences } = sites[s] as Site;
      const out: PhrasingContent[] = [];
      let from = 0;
      let inlinePeriod = false;
      // A reference written inline that ends with a period absorbs the author's period.
      const text = (value: string): void => {
        const kept = inlinePeriod && value.startsWith(".") ? value.slice(1) : value;
        if (kept !== "") out.push({ type: "text", value: kept });
      };
      for (const occurrence of occurrences) {
        const { citation } = occurrence;
        let before = node.value.slice(from, citation.start);
        const call = occurrence.identifier;
        if (call !== undefined && citation.kind === "note") before = before.replace(/[ \t]+$/u, "");
        text(before);
        if (call === undefined) {
          out.push(...occurrence.nodes);
          inlinePeriod = endsWithPeriod(occurrence.nodes);
        } else {
          if (citation.kind === "in-text") {
            const source = byId.get(occurrence.known[0]?.id as string) as CitableSource;
            out.push(
              ...readNoteMarkdown(formatAuthor(source, { ...render, format: "markdown" }), cache),
            );
          }
          const reference: FootnoteReference = {
            type: "footnoteReference",
            identifier: call,
            label: call,
          };
          out.push(reference);
          inlinePeriod = false;
        }
        from = citation.end;
      }
      text(node.value.slice(from));
      const index = parent.children.indexOf(node as never);
      if (index !== -1) (parent.children as PhrasingContent[]).splice(index, 1, ...out);
    }

    if (settings.bibliography) {
      const cited: string[] = [];
      const seen = new Set<string>();
      for (const occurrence of all) {
        for (const cite of occurrence.known) {
          if (!seen.has(cite.id)) {
            seen.add(cite.id);
            cited.push(cite.id);
          }
        }
      }
      if (cited.length > 0) {
        const entries = cited.map((id) => {
          const source = byId.get(id) as CitableSource;
          return {
            markdown: formatReference(source, { ...render, format: "markdown" }),
            key: formatReference(source, { ...render, format: "text" }),
          };
        });
        if (settings.style !== undefined && settings.style !== "observatoire") {
          const collator = new Intl.Collator(settings.locale, {
            sensitivity: "base",
            numeric: true,
          });
          entries.sort((a, b) => collator.compare(a.key, b.key));
        }
        const heading: Heading = {
          type: "heading",
          depth: 2,
          children: [{ type: "text", value: HEADINGS[settings.locale] }],
        };
        const list: List = {
          type: "list",
          ordered: false,
          spread: false,
          children: entries.map((entry) => ({
            type: "listItem",
            spread: false,
            children: [{ type: "paragraph", children: readNoteMarkdown(entry.markdown, cache) }],
          })),
        };
        tree.children.push(heading, list);
      }
    }
    tree.children.push(...(newDefinitions as RootContent[]));
  };
};
