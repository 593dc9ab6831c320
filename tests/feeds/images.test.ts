/**
 * Images in every format: RSS media:content (caption, credit) and an
 * enclosure for the lead image, Atom rel="enclosure", JSON Feed `image` and
 * <figure><img><figcaption> in the content, shown on the article page; all
 * still valid and seen by a real feed parser.
 */
import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { appFor, fixtureBytes, source } from "../support/fixtures";
import { HOSTILE_PAGE, HOSTILE_PAGE_NAME } from "../support/hostile-page";
import { validateJsonFeed } from "../support/json-feed-schema";
import { validateAtom } from "../support/validate-atom";
import { child, children, parseStrictXml } from "../support/xml";

const LEAD = "https://media.coastal.example/2024/05/bridge-lead.jpg?w=1200&q=80";
const HERO = "https://www.coastal.example/images/2024/05/bridge-lead.jpg";
const CABLES = "https://www.coastal.example/news/2024/images/2024/05/cables.jpg";

describe("images in the feeds", async () => {
  const { app } = appFor([
    source(HOSTILE_PAGE_NAME, HOSTILE_PAGE),
    source("full.md", fixtureBytes("markdown/full.md")),
    // An item without any image: no enclosure, no media.
    source("minimal.md", fixtureBytes("markdown/minimal.md")),
  ]);
  const text = async (path: string) => (await app.request(path)).text();
  const rss = await text("/rss.xml");
  const atom = await text("/atom.xml");
  const json = JSON.parse(await text("/feed.json"));
  const byEnd = <T extends { id?: string }>(items: T[], end: string, id = (i: T) => i.id ?? "") => items.find((i) => id(i).endsWith(end))!;

  it("RSS: media:content for every image with caption and credit, an enclosure for the lead image", () => {
    const root = parseStrictXml(rss);
    expect(root.attributes["xmlns:media"]).toBe("http://search.yahoo.com/mrss/");
    const items = children(child(root, "channel"), "item");
    const bridge = items.find((i) => child(i, "guid").text.endsWith("/harbour-bridge"))!;
    const enclosure = children(bridge, "enclosure");
    expect(enclosure.map((e) => e.attributes)).toEqual([{ url: LEAD, type: "image/jpeg", length: "0" }]);
    const media = children(bridge, "media:content");
    expect(media.map((m) => m.attributes.url)).toEqual([LEAD, HERO, CABLES]);
    expect(media.every((m) => m.attributes.medium === "image" && m.attributes.type === "image/jpeg")).toBe(true);
    expect(child(media[1]!, "media:description").text).toBe("The harbour bridge at dawn on Friday, its first day open since September.");
    expect(child(media[1]!, "media:credit").text).toBe("Leo Brandt / Coastal Courier");
    const minimal = items.find((i) => child(i, "guid").text.endsWith("/minimal"))!;
    expect(children(minimal, "enclosure")).toEqual([]);
    expect(children(minimal, "media:content")).toEqual([]);
  });

  it("Atom: a typed enclosure link for the lead image, still valid against RFC 4287", async () => {
    const entries = children(parseStrictXml(atom), "entry");
    const bridge = entries.find((e) => child(e, "id").text.endsWith("/harbour-bridge"))!;
    const enclosures = children(bridge, "link").filter((l) => l.attributes.rel === "enclosure");
    expect(enclosures.map((l) => l.attributes)).toEqual([{ rel: "enclosure", type: "image/jpeg", href: LEAD }]);
    const full = entries.find((e) => child(e, "id").text.endsWith("/full"))!;
    expect(children(full, "link").filter((l) => l.attributes.rel === "enclosure").map((l) => l.attributes.href))
      .toEqual(["https://news.example.com/images/plant.jpg"]);
    const validation = await validateAtom(atom);
    expect(validation.errors).toEqual([]);
  });

  it("JSON Feed: `image`, the canonical URL, and figures in content_html; valid against the 1.1 schema", () => {
    expect(validateJsonFeed(json)).toEqual([]);
    const item = byEnd(json.items as { id: string; image?: string; url: string; content_html: string }[], "/harbour-bridge");
    expect(item.image).toBe(LEAD);
    expect(item.url).toBe("https://www.coastal.example/news/2024/05/harbour-bridge-reopens");
    expect(item.content_html).toContain(`<figure><img src="${HERO}" alt="The harbour bridge at dawn on Friday, its first day open since September."><figcaption>The harbour bridge at dawn on Friday, its first day open since September. <small class="credit">Leo Brandt / Coastal Courier</small></figcaption></figure>`);
    expect(item.content_html).toContain(`<img src="${CABLES}"`);
  });

  it("a real feed parser sees the images in RSS and Atom", () => {
    const r = parseFeed(rss).feed as { items: { guid?: { value: string }; enclosures?: { url: string }[]; media?: { contents?: { url: string }[] } }[] };
    const bridge = r.items.find((i) => i.guid?.value.endsWith("/harbour-bridge"))!;
    expect(bridge.enclosures?.map((e) => e.url)).toEqual([LEAD]);
    expect(bridge.media?.contents?.map((c) => c.url)).toEqual([LEAD, HERO, CABLES]);
    const a = parseFeed(atom).feed as { entries: { id: string; links?: { rel?: string; href: string; type?: string }[] }[] };
    const entry = a.entries.find((e) => e.id.endsWith("/harbour-bridge"))!;
    expect(entry.links?.filter((l) => l.rel === "enclosure")).toEqual([{ rel: "enclosure", href: LEAD, type: "image/jpeg" }]);
  });

  it("the article page shows the figures with captions and credits", async () => {
    const page = await text("/articles/harbour-bridge");
    expect(page).toContain(`<figure><img src="${HERO}"`);
    expect(page).toContain('<small class="credit">Coastal Courier</small>');
    expect(page).toContain('<link rel="canonical" href="https://www.coastal.example/news/2024/05/harbour-bridge-reopens">');
  });
});
