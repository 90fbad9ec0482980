import { execFile } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { browserChecks, CHROMIUM_ARGS } from "@observatoire/tools-browser";
import { type Browser, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveStatic } from "./static-server";

const here = dirname(fileURLToPath(import.meta.url));
const example = join(here, "..");
const repo = join(example, "..", "..");
const results = join(example, "test-results");
// CHROMIUM_PATH, Debian's and Ubuntu's paths, Google Chrome, then Playwright's cache; with
// no browser the checks are skipped (root `npm test` prints how to enable them), and with
// CI set a missing browser fails.
const checks = browserChecks();

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  if (checks.skip) return;
  await mkdir(results, { recursive: true });
  browser = await chromium.launch({ executablePath: checks.path, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** Errors a page logged or threw since it was opened: a test ends by checking there are none. */
const pageErrors = new Map<Page, string[]>();

async function open(root: string): Promise<Page> {
  const server = await serveStatic(root);
  servers.push(server);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  pageErrors.set(page, problems);
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(server.url, { waitUntil: "load" });
  return page;
}

describe.skipIf(checks.skip)("the browser example, built with vite", () => {
  const dist = join(example, "dist");
  let page: Page;

  beforeAll(async () => {
    await rm(dist, { recursive: true, force: true });
    await build({ root: example, logLevel: "warn", configFile: join(example, "vite.config.ts") });
    page = await open(dist);
  });

  it("shows the headline figures with their numbered notes", async () => {
    const sheet = page.locator("#fact-sheet");
    await expect.poll(() => sheet.locator(".figures li").count()).toBeGreaterThanOrEqual(4);
    const figures = await sheet.locator(".figures").textContent();
    expect(figures).toContain("74\u202f%");
    expect(await sheet.locator(".figures sup").allTextContents()).toEqual(["1", "2", "2", "2"]);
    const notes = await sheet.locator(".notes").textContent();
    expect(notes).toContain("Etude IMPACT-Citoyens (Comisis-OpinionWay, octobre 2019)");
  });

  it("answers the interval calculator", async () => {
    await page.fill("#successes", "74");
    await page.fill("#trials", "100");
    await page.selectOption("#method", "wilson");
    await page.fill("#level", "95");
    await page.click("#compute");
    await expect
      .poll(() => page.locator("#result").textContent())
      .toContain("[64,6\u202f%\u202f; 81,6\u202f%]");

    await page.selectOption("#method", "clopper-pearson");
    await page.click("#compute");
    await expect
      .poll(() => page.locator("#result").textContent())
      .toContain("[64,3\u202f%\u202f; 82,3\u202f%]");
    await page.screenshot({ path: join(results, "browser-example.png"), fullPage: true });
  });

  it("shows the library's error for an impossible count", async () => {
    await page.fill("#successes", "120");
    await page.click("#compute");
    const result = page.locator("#result");
    await expect.poll(() => result.getAttribute("class")).toBe("error");
    expect(await result.textContent()).toMatch(/120/);
    await page.fill("#successes", "74");
    await page.click("#compute");
    await expect.poll(() => result.getAttribute("class")).toBe("");
  });

  it("logs no error while it runs", () => {
    expect(pageErrors.get(page)?.join("\n")).toBe("");
  });
});

describe.skipIf(checks.skip)("the API site built by typedoc", () => {
  const site = join(repo, "docs", "api");
  let page: Page;

  beforeAll(async () => {
    // `npm run docs` is `turbo run build` then `typedoc`; typedoc reads the packages'
    // sources through the source condition, so the build is not needed here.
    try {
      await promisify(execFile)(
        process.execPath,
        [join(repo, "node_modules/typedoc/bin/typedoc")],
        {
          cwd: repo,
          maxBuffer: 16 * 1024 * 1024,
          env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
        },
      );
    } catch (error) {
      // TypeDoc treats warnings as errors (typedoc.json): show them, not only the exit code.
      const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
      const problems = `${stdout}${stderr}`.split("\n").filter((l) => /warning|error/i.test(l));
      throw new Error(
        `typedoc failed (${problems.length} lines):\n${problems.slice(0, 40).join("\n")}`,
      );
    }
    page = await open(site);
  });

  it("lists every package and the guides", async () => {
    const text = await page.locator("body").textContent();
    for (const name of [
      "impact-core",
      "impact-indicators",
      "impact-citations",
      "impact-data",
      "remark-citations",
    ]) {
      expect(text).toContain(`@observatoire/${name}`);
    }
    for (const guide of [
      "Getting started",
      "Survey indicators",
      "Citations and notes",
      "Citations in Markdown",
    ]) {
      expect(text).toContain(guide);
    }
    await page.screenshot({ path: join(results, "docs-site.png") });
  });

  it("reads well: a favicon, one title a package page, results written as a reader writes them", async () => {
    const icon = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      return link === null ? 0 : (await fetch(link.href)).status;
    });
    expect(icon).toBe(200);
    const base = page.url();
    await page.goto(new URL("modules/_observatoire_impact-indicators.html", base).href);
    expect(await page.locator("h1").count()).toBe(1);
    // The table of contents keeps the code span of "Weighted proportions (R `survey`)".
    expect(await page.locator(".page-menu, .tsd-page-navigation").first().textContent()).toContain(
      "(R survey)",
    );
    // It points to its benchmarks instead of embedding their tables.
    expect(await page.locator("h2#performance + p").textContent()).toContain("npm run bench");
    // Sidebar names do not break inside a word: no break opportunity is rendered there.
    const breaks = await page.evaluate(
      () =>
        [...document.querySelectorAll(".site-menu wbr")].filter(
          (element) => getComputedStyle(element).display !== "none",
        ).length,
    );
    expect(breaks).toBe(0);
    await page.screenshot({ path: join(results, "docs-indicators-package.png") });
    await page.goto(
      new URL("functions/_observatoire_impact-indicators.formatInterval.html", base).href,
    );
    const code = (await page.locator("pre").allTextContents()).join("\n");
    expect(code).toContain("//=>");
    expect(code).not.toContain("\\u202f");
    await page.screenshot({ path: join(results, "docs-format-interval.png") });
    await page.goto(base);
  });

  it("finds an API entry with the search box, and links it to its source", async () => {
    await page.click("#tsd-search-trigger");
    await page.fill("#tsd-search-input", "proportionInterval");
    const first = page.locator("#tsd-search-results li a").first();
    await expect
      .poll(() => first.textContent(), { timeout: 15_000 })
      .toContain("proportionInterval");
    await first.click();
    await page.waitForURL(/proportionInterval/);
    await page.screenshot({ path: join(results, "docs-proportion-interval.png") });

    const source = page.locator(".tsd-sources a").first();
    expect(await source.textContent()).toMatch(/proportion-interval\.ts:\d+$/);
    await source.click();
    await page.waitForURL(/_src\/.*proportion-interval\.ts\.html#L\d+$/);
    const line = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${line}"]`).textContent()).toContain(
      "export function proportionInterval",
    );
  });

  it("logs no error while it runs", () => {
    expect(pageErrors.get(page)?.join("\n")).toBe("");
  });
});
