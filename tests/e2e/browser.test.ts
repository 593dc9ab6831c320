/**
 * A real browser: Debian's Chromium, headless, driven by playwright-core.
 * Loads the landing page, an article page and the styled RSS and Atom feeds
 * from the running Node server, asserts on what a person sees, and saves
 * screenshots to .ci/screenshots/ (printed by .ci/run).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNode, type RunningServer } from "../support/servers";

export const SCREENSHOTS = ".ci/screenshots";
const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
let server: RunningServer;
let imageServer: Server;
let imageBase: string;
const articles = mkdtempSync(join(tmpdir(), "browser-articles-"));
let browser: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const notFound: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The HTML article's photo is served from loopback (no internet in tests), by a server of its own.
  const svg = readFileSync("tests/fixtures/html/lighthouse.svg");
  imageServer = createServer((_req, res) => res.writeHead(200, { "Content-Type": "image/svg+xml" }).end(svg));
  await new Promise<void>((resolve) => imageServer.listen(0, "127.0.0.1", resolve));
  imageBase = `http://127.0.0.1:${(imageServer.address() as AddressInfo).port}`;
  cpSync("tests/fixtures/site", articles, { recursive: true });
  writeFileSync(join(articles, "lighthouse.html"), readFileSync("tests/fixtures/html/lighthouse.html", "utf8").replaceAll("IMAGE_BASE", imageBase));
  server = await startNode({ ARTICLES_DIR: articles });
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
    // Missing resources are checked by URL below (the console message does not name them).
    if (message.type() === "error" && !/^Failed to load resource: .* 404/.test(message.text())) consoleErrors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() === 404) notFound.push(new URL(response.url()).pathname);
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => (imageServer ? imageServer.close(resolve) : resolve(undefined)));
  rmSync(profile, { recursive: true, force: true });
  rmSync(articles, { recursive: true, force: true });
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

  it("an HTML article's page shows its photo with caption and credit", async () => {
    await page.goto(`${server.url}/articles/lighthouse`);
    expect(await page.locator("h1").textContent()).toBe("Cape lighthouse shines again after 40 years");
    const photo = page.locator("article figure img").first();
    expect(await photo.getAttribute("src")).toBe(`${imageBase}/lighthouse.svg`);
    await expect.poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1200);
    expect(await page.locator("article figcaption").first().textContent())
      .toBe("The cape lighthouse at sunset on Saturday, minutes before its lamp was lit. Ana Lima / Coastal Courier");
    await page.setViewportSize({ width: 900, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, "html-article.png") });
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it.each(["rss", "atom"])("/%s.xml shows the HTML article's lead image", async (format) => {
    await page.goto(`${server.url}/${format}.xml`);
    const item = page.locator("li", { has: page.getByRole("link", { name: "Cape lighthouse shines again after 40 years" }) });
    const photo = item.locator("figure img");
    expect(await photo.getAttribute("src")).toBe(`${imageBase}/lighthouse.svg`);
    await expect.poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1200);
    if (format === "rss") expect(await item.locator("figcaption").textContent()).toContain("The cape lighthouse at sunset");
    await page.setViewportSize({ width: 900, height: 900 });
    await item.screenshot({ path: join(SCREENSHOTS, `${format}-styled-html-item.png`) });
    await page.setViewportSize({ width: 1100, height: 900 });
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

  it("no page logged a script or CSP error, and nothing was missing but the fixture's own absent photo", () => {
    expect(consoleErrors).toEqual([]);
    // full.md names /images/plant.jpg, which the fixture site does not have; styled feeds show lead images.
    expect([...new Set(notFound)]).toEqual(notFound.length ? ["/images/plant.jpg"] : []);
  });

  it("an unknown page shows the friendly 404", async () => {
    const response = await page.goto(`${server.url}/articles/missing`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
  });
});
