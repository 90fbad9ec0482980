import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes, PhrasingContent } from "./mdast";

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
// CommonMark's punctuation: ASCII punctuation and Unicode P and S; its whitespace: Zs, tab, line endings.
const PUNCTUATION = /[!-/:-@[-`{-~\p{P}\p{S}]/u;
const WHITESPACE = /[\t\n\f\r\p{Zs}]/u;
// What only markup that the fast path does not read (links, code, HTML, `**`) would hold.
const OTHER_MARKUP = /[[\]<>&!`_~|#\n]|\*\*/;
// What could open a block (a list item, a thematic break, a setext underline).
const BLOCK_START = /^(?:[-+=]|\d{1,9}[.)]|\*(?:[\t\n\f\r\p{Zs}]|$))/u;

const isWhitespace = (char: string | undefined) => char === undefined || WHITESPACE.test(char);
const isPunctuation = (char: string | undefined) => char !== undefined && PUNCTUATION.test(char);

/**
 * Reads the Markdown that impact-citations writes for a note or a reference as mdast
 * phrasing content. Its usual shape, text with backslash escapes and `*emphasis*`, is read
 * here by CommonMark's rules (escapes of ASCII punctuation; a single `*` opens when
 * left-flanking and closes when right-flanking); anything else goes to
 * mdast-util-from-markdown, which would otherwise be called once per note.
 *
 * @internal
 */
export function readNoteMarkdown(
  markdown: string,
  cache?: Map<string, PhrasingContent[]>,
): PhrasingContent[] {
  const fast = fastPath(markdown);
  if (fast !== undefined) return fast;
  if (cache === undefined) return parsed(markdown);
  let found = cache.get(markdown);
  if (found === undefined) {
    found = parsed(markdown);
    cache.set(markdown, found);
  }
  return structuredClone(found);
}

function parsed(markdown: string): PhrasingContent[] {
  return fromMarkdown(markdown).children.flatMap((block) =>
    block.type === "paragraph" ? stripPositions(block.children) : [],
  );
}

function stripPositions<T extends Nodes>(nodes: T[]): T[] {
  for (const node of nodes) {
    delete node.position;
    if ("children" in node) stripPositions(node.children as Nodes[]);
  }
  return nodes;
}

/** The phrasing content of `markdown`, or `undefined` when it holds other markup. */
function fastPath(markdown: string): PhrasingContent[] | undefined {
  if (markdown === "" || OTHER_MARKUP.test(markdown) || BLOCK_START.test(markdown)) {
    return undefined;
  }
  if (isWhitespace(markdown[0]) || isWhitespace(markdown[markdown.length - 1])) return undefined;
  if (!/[\\*]/.test(markdown)) return [{ type: "text", value: markdown }];
  const out: PhrasingContent[] = [];
  let text = "";
  let open = false;
  for (let index = 0; index < markdown.length; index += 1) {
    const char = markdown[index] as string;
    if (char === "\\") {
      const next = markdown[index + 1];
      if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
        text += next;
        index += 1;
      } else {
        text += char;
      }
      continue;
    }
    if (char !== "*") {
      text += char;
      continue;
    }
    const before = index === 0 ? undefined : markdown[index - 1];
    const after = markdown[index + 1];
    const left =
      !isWhitespace(after) &&
      (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    const right =
      !isWhitespace(before) &&
      (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    // An escaped character before the `*` (`\.`) is not the run's neighbour in CommonMark
    // terms the same way; leave such cases to the parser.
    if (index >= 2 && markdown[index - 2] === "\\") return undefined;
    if (!open) {
      if (!left) return undefined;
      if (text !== "") out.push({ type: "text", value: text });
      text = "";
      open = true;
    } else {
      if (!right || text === "") return undefined;
      out.push({ type: "emphasis", children: [{ type: "text", value: text }] });
      text = "";
      open = false;
    }
  }
  if (open) return undefined;
  if (text !== "") out.push({ type: "text", value: text });
  return out;
}
