import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { catalog } from "@observatoire/impact-data";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFactSheet } from "../src/report/fact-sheet";

// The HTML fact sheet as a reader opens it: in Chromium, checked by axe-core. Without a
// browser the test is skipped on a workstation and fails in CI.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const AVAILABLE = existsSync(CHROMIUM);
if (!AVAILABLE && process.env.CI === undefined) {
  console.warn(`fact-sheet browser test skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
}
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));

let browser: Browser | undefined;
beforeAll(async () => {
  if (!AVAILABLE) {
    if (process.env.CI !== undefined) throw new Error(`CI needs Chromium at ${CHROMIUM}`);
    return;
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly unknown[];
}

describe.skipIf(!AVAILABLE && process.env.CI === undefined).each(["fr", "en"] as const)(
  "the %s HTML fact sheet in Chromium",
  (locale) => {
    it("passes axe-core, links every note call to its note and back, and prints", async () => {
      const html = buildFactSheet(catalog, { format: "html", locale });
      const page = await (browser as Browser).newPage({ viewport: { width: 1000, height: 1400 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.setContent(html, { waitUntil: "load" });
      expect(await page.getAttribute("html", "lang")).toBe(locale);

      await page.addScriptTag({ path: AXE });
      const violations = (await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as { axe: { run: () => Promise<{ violations: unknown }> } }
        ).axe;
        return (await axe.run()).violations;
      })) as AxeViolation[];
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

      // Every call leads to a note, every note back to a call.
      const links = await page.$$eval("a[href^='#']", (anchors) =>
        anchors.map((a) => [a.getAttribute("href")?.slice(1) ?? "", a.className]),
      );
      expect(links.filter(([, kind]) => kind === "call").length).toBeGreaterThan(20);
      expect(links.filter(([, kind]) => kind === "back").length).toBeGreaterThan(20);
      for (const [target] of links) expect(await page.locator(`[id="${target}"]`).count()).toBe(1);

      // The chart is an accessible image of the key figures.
      expect(await page.locator("figure svg[role='img'] title").count()).toBeGreaterThan(0);
      expect(await page.locator("figure svg circle").count()).toBe(4);

      await page.screenshot({ path: `${SCREENSHOTS}fact-sheet-${locale}.png`, fullPage: false });
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".back").first().isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  },
);
