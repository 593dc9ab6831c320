/**
 * What a naive publisher does: render the feed with `feed` on every request
 * (no caching, no validators). For comparison only.
 */
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { readNodeConfig, readSiteConfig } from "../src/config";
import { loadFolder } from "../src/node/load-folder";
import { entryBytes } from "../src/render/byte-budget";
import { siteHome, toEntry } from "../src/render/entries";
import { subscriptionAndArchives } from "../src/render/feed-docs";
import { renderJsonFeed } from "../src/render/json-feed";
import { renderAtom, renderRss } from "../src/render/xml-feeds";

const node = readNodeConfig(process.env);
const config = readSiteConfig(process.env, node.port);
const articles = (await loadFolder(node.articlesDir, node)).articles;
const app = new Hono();
// Everything from the articles on, every time: entries, then the document.
const doc = () => subscriptionAndArchives(articles, (a) => toEntry(a, config), (a) => entryBytes(toEntry(a, config)), config, siteHome(config)).subscription;
app.get("/rss.xml", (c) => c.body(renderRss(doc(), config), 200, { "Content-Type": "application/rss+xml; charset=utf-8" }));
app.get("/atom.xml", (c) => c.body(renderAtom(doc(), config), 200, { "Content-Type": "application/atom+xml; charset=utf-8" }));
app.get("/feed.json", (c) => c.body(renderJsonFeed(doc(), config), 200, { "Content-Type": "application/feed+json; charset=utf-8" }));
serve({ fetch: app.fetch, hostname: node.host, port: node.port }, () => console.log(`Serving on http://${node.host}:${node.port}`));
