/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, readFileSync } from "node:fs";
import { catalog } from "@observatoire/impact-data";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The plugin in a browser: the pipeline of the guide (remark-parse, remark-gfm, the plugin,
// remark-rehype, rehype-stringify) bundled by esbuild for the browser from the packages'
// sources, run in Chromium on the seed's report.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
const found = existsSync(CHROMIUM);
if (!found && inCi) {
  throw new Error(`Chromium not found at ${CHROMIUM} (CI is set): install it or set CHROMIUM_PATH`);
}
if (!found) {
  console.warn(
    `remark-citations browser test skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH; with CI set, this fails)`,
  );
}

const ENTRY = `
import remarkCitations from "@observatoire/remark-citations";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

globalThis.renderReport = async (markdown, sources) => {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations, { sources, bibliography: true })
    .use(remarkRehype, { footnoteLabel: "Notes" })
    .use(rehypeStringify)
    .process(markdown);
  return { html: String(file), messages: file.messages.map((message) => message.reason) };
};
`;

let browser: Browser | undefined;
let bundle = "";

beforeAll(async () => {
  if (!found) return;
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: new URL(".", import.meta.url).pathname, loader: "js" },
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    conditions: ["@observatoire/source"],
    logLevel: "silent",
  });
  bundle = result.outputFiles[0]?.text ?? "";
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!found)("remark-citations in Chromium", () => {
  it("turns the seed's Markdown report into HTML with its five French notes", async () => {
    expect(bundle).not.toMatch(/require\("node:/);
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setContent("<!doctype html><html lang='fr'><body><main></main></body></html>");
    await page.addScriptTag({ content: bundle });
    const markdown = readFileSync(
      new URL("../src/__fixtures__/seed-report.md", import.meta.url),
      "utf8",
    );
    const result = await page.evaluate(
      async ([text, sources]) => {
        const render = (
          globalThis as unknown as {
            renderReport: (m: string, s: unknown) => Promise<{ html: string; messages: string[] }>;
          }
        ).renderReport;
        const { html, messages } = await render(text as string, sources);
        const main = document.querySelector("main") as HTMLElement;
        main.innerHTML = html;
        return {
          messages,
          agent: navigator.userAgent,
          calls: [...main.querySelectorAll("sup > a[data-footnote-ref]")].map((a) => a.textContent),
          notes: [...main.querySelectorAll("section[data-footnotes] li")].map((li) =>
            (li.querySelector("p")?.firstChild?.textContent ?? "").trim(),
          ),
          bibliography: [...main.querySelectorAll(":scope > h2")].at(-1)?.textContent,
          firstSentence: main.querySelector("p")?.textContent?.slice(0, 19),
        };
      },
      [markdown, JSON.parse(JSON.stringify(catalog.sources))] as const,
    );
    expect(result.agent).toMatch(/Chrom/);
    expect(result.messages).toEqual([]);
    expect(errors).toEqual([]);
    expect(result.calls).toEqual(["1", "2", "3", "4", "5"]);
    expect(result.firstSentence).toBe("74 % des Français1,");
    expect(result.bibliography).toBe("Bibliographie");
    const seed = readFileSync(
      new URL("../../impact-citations/src/__fixtures__/seed.txt", import.meta.url),
      "utf8",
    );
    expect(result.notes).toEqual([...seed.matchAll(/^\[\d\] (.+)$/gm)].map((match) => match[1]));
    await page.close();
  });
});
