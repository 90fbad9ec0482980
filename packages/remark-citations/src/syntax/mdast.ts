import type { fromMarkdown } from "mdast-util-from-markdown";

// The mdast node types (package `@types/mdast`), reached through the parser's signature.

/** An mdast document. @internal */
export type Root = ReturnType<typeof fromMarkdown>;
/** Any mdast node but the root. @internal */
export type RootContent = Root["children"][number];
/** Any mdast node. @internal */
export type Nodes = Root | RootContent;
/** An mdast node with children. @internal */
export type Parents = Extract<Nodes, { children: unknown }>;
type Of<T extends string> = Extract<RootContent, { type: T }>;
/** @internal */
export type Text = Of<"text">;
/** @internal */
export type FootnoteReference = Of<"footnoteReference">;
/** @internal */
export type FootnoteDefinition = Of<"footnoteDefinition">;
/** @internal */
export type Heading = Of<"heading">;
/** @internal */
export type List = Of<"list">;
/** Inline content: what a paragraph holds. @internal */
export type PhrasingContent = Of<"paragraph">["children"][number];
