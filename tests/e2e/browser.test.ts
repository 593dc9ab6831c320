/**
 * A real browser: Debian's Chromium, headless, driven by playwright-core.
 * Loads the landing page, an article page and the styled RSS and Atom feeds
 * from the running Node server, asserts on what a person sees, and saves
 * screenshots to .ci/screenshots/ (printed by .ci/run).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNode, type RunningServer } from "../support/servers";

export const SCREENSHOTS = ".ci/screenshots";
const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startNode({ ARTICLES_DIR: "tests/fixtures/site" });
  // A fresh --user-data-dir, given the way playwright wants it.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic",
    ],
    viewport: { width: 1100, height: 900 },
  });
  page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(profile, { recursive: true, force: true });
});

describe("in Chromium", () => {
  it("the landing page lists the articles, with discovery and subscribe links", async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.title()).toBe("Feed Publisher");
    const titles = await page.locator(".articles h2").allTextContents();
    expect(titles).toContain("Desalination plant opens on the northern coast");
    expect(titles).toContain("Monitor: 58 Syria government fighters killed in ISIS attacks");
    expect(await page.locator('link[rel="alternate"]').count()).toBe(3);
    expect(await page.locator(".subscribe button[data-copy]").count()).toBe(3);
    await page.screenshot({ path: join(SCREENSHOTS, "landing.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, "landing-phone.png") });
    const overflow = await page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    expect(overflow).toBe(false);
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it("the copy button copies the feed URL", async () => {
    await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.goto(`${server.url}/`);
    await page.locator(".subscribe button").first().click();
    await expect.poll(() => page.locator(".subscribe button").first().textContent()).toBe("Copied");
    expect(await page.evaluate("navigator.clipboard.readText()")).toBe(`${server.url}/rss.xml`);
  });

  it("an article page shows title, figure caption, content and related links", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "Monitor: 58 Syria government fighters killed in ISIS attacks" }).click();
    await page.waitForURL(/\/articles\/000_27df97f2463d8e1f$/);
    expect(await page.locator("h1").textContent()).toBe("Monitor: 58 Syria government fighters killed in ISIS attacks");
    expect(await page.locator("figcaption").first().textContent()).toContain("A boy who fled Deir Ezzor");
    expect(await page.locator("article h2").allTextContents()).toEqual(["Supply lines", "Related"]);
    expect(await page.locator("ul.related li").allTextContents()).toHaveLength(2);
    await page.screenshot({ path: join(SCREENSHOTS, "article.png"), fullPage: true });
  });

  it.each(["rss", "atom"])("/%s.xml is styled into a readable page", async (format) => {
    await page.goto(`${server.url}/${format}.xml`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Feed Publisher");
    expect(await page.locator(".note").textContent()).toContain("This is a web feed");
    expect(await page.locator(".note code").textContent()).toBe(`${server.url}/${format}.xml`);
    const items = await page.locator("li h2 a").allTextContents();
    expect(items).toContain("Monitor: 58 Syria government fighters killed in ISIS attacks");
    // Escaped text in the feed reads as text on the page: no entities, no markup.
    expect(items).toContain(`Trump's tariffs & China: <what> "next"`);
    expect(await page.locator("li p").allTextContents()).toContain("Markets react & wait: 'it's <uncertain>'.");
    await page.screenshot({ path: join(SCREENSHOTS, `${format}-styled.png`), fullPage: true });
  });

  it("no page logged a script or CSP error", () => {
    expect(consoleErrors).toEqual([]);
  });

  it("an unknown page shows the friendly 404", async () => {
    const response = await page.goto(`${server.url}/articles/missing`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
  });
});
