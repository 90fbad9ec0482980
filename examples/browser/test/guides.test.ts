import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as citations from "@observatoire/impact-citations";
import * as core from "@observatoire/impact-core";
import * as data from "@observatoire/impact-data";
import * as indicators from "@observatoire/impact-indicators";
import * as remarkCitations from "@observatoire/remark-citations";
import * as rehypeStringify from "rehype-stringify";
import * as remarkGfm from "remark-gfm";
import * as remarkParse from "remark-parse";
import * as remarkRehype from "remark-rehype";
import * as remarkStringify from "remark-stringify";
import * as unified from "unified";
import { describe, expect, it } from "vitest";
import { type DocExample, runExample } from "../../../scripts/doc-examples";

// Every ```ts block of the guides in docs/ runs here, with the `//=>` checks of the TSDoc
// examples (scripts/doc-examples.ts): a guide's code cannot drift from the packages.
const docs = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs");
const modules = {
  "@observatoire/impact-core": core,
  "@observatoire/impact-indicators": indicators,
  "@observatoire/impact-citations": citations,
  "@observatoire/impact-data": data,
  "@observatoire/remark-citations": remarkCitations,
  unified,
  "remark-parse": remarkParse,
  "remark-gfm": remarkGfm,
  "remark-rehype": remarkRehype,
  "remark-stringify": remarkStringify,
  "rehype-stringify": rehypeStringify,
};

/** The ```ts and ```typescript blocks of a Markdown file, each with its line and heading. */
function codeBlocks(markdown: string, file: string): DocExample[] {
  const blocks: DocExample[] = [];
  const lines = markdown.split("\n");
  let heading = "(top)";
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? "";
    const title = /^#{1,6}\s+(.*)$/.exec(line);
    if (title?.[1] !== undefined) heading = title[1];
    const fence = /^(`{3,})(ts|typescript)\s*$/.exec(line);
    if (fence === null) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== fence[1]) end += 1;
    if (end === lines.length) throw new Error(`${file}:${i + 1}: unclosed code block`);
    blocks.push({
      file,
      line: i + 1,
      name: heading,
      code: lines.slice(start, end).join("\n"),
      codeLine: start + 1,
    });
    i = end;
  }
  return blocks;
}

const guides = readdirSync(docs)
  .filter((name) => name.endsWith(".md"))
  .sort();

describe("the guides' code", () => {
  it("finds the guides", () => {
    expect(guides).toContain("getting-started.md");
  });
  for (const guide of guides) {
    const blocks = codeBlocks(readFileSync(join(docs, guide), "utf8"), `docs/${guide}`);
    for (const block of blocks) {
      it(`${block.file}:${block.line} ${block.name}`, async () => {
        await runExample(block, modules);
      });
    }
  }
});
