import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as citations from "@observatoire/impact-citations";
import * as cli from "@observatoire/impact-cli";
import * as core from "@observatoire/impact-core";
import * as data from "@observatoire/impact-data";
import catalogJson from "@observatoire/impact-data/catalog.json" with { type: "json" };
import * as indicators from "@observatoire/impact-indicators";
import * as remarkCitations from "@observatoire/remark-citations";
import * as rehypeStringify from "rehype-stringify";
import * as remarkGfm from "remark-gfm";
import * as remarkParse from "remark-parse";
import * as remarkRehype from "remark-rehype";
import * as remarkStringify from "remark-stringify";
import * as unified from "unified";
import { describe, expect, it } from "vitest";
import { type DocExample, extractCodeBlocks, runExample, typeCheckExamples } from "../src/index";

// Every ```ts block of the guides (docs/*.md) and of the READMEs (the repository's, each
// package's and each example's) runs here with the `//=>` checks of the TSDoc examples,
// and compiles: a guide's or a README's code cannot drift from the packages.
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const modules = {
  "@observatoire/impact-core": core,
  "@observatoire/impact-indicators": indicators,
  "@observatoire/impact-citations": citations,
  "@observatoire/impact-data": data,
  "@observatoire/impact-cli": cli,
  "@observatoire/impact-data/catalog.json": { default: catalogJson },
  "@observatoire/remark-citations": remarkCitations,
  unified,
  "remark-parse": remarkParse,
  "remark-gfm": remarkGfm,
  "remark-rehype": remarkRehype,
  "remark-stringify": remarkStringify,
  "rehype-stringify": rehypeStringify,
};

const inFolder = (folder: string, file: string): string[] =>
  existsSync(join(root, folder))
    ? readdirSync(join(root, folder))
        .filter((name) => existsSync(join(root, folder, name, file)))
        .map((name) => `${folder}/${name}/${file}`)
    : [];

const files = [
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
  "README.md",
  ...inFolder("packages", "README.md"),
  ...inFolder("examples", "README.md"),
  ...inFolder("tools", "README.md"),
].sort();

const blocks: DocExample[] = files.flatMap((file) =>
  extractCodeBlocks(readFileSync(join(root, file), "utf8"), file),
);

describe("the code of the guides and READMEs", () => {
  it("finds the guides and the package READMEs", () => {
    expect(files).toContain("docs/getting-started.md");
    expect(files).toContain("packages/impact-core/README.md");
    expect(blocks.length).toBeGreaterThan(20);
  });

  it("compiles: every block type-checks against the packages' sources", () => {
    expect(typeCheckExamples(blocks, root)).toEqual([]);
  }, 300_000);

  for (const block of blocks) {
    it(`${block.file}:${block.line} ${block.name}`, async () => {
      await runExample(block, modules);
    });
  }
});
