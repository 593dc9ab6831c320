/**
 * `npm run websub:ping`: tells the WebSub hub that every feed (subscription
 * and tag feeds, all formats) may have changed. For deploys where no Node
 * server runs to ping on its own, e.g. after `npm run deploy` to Workers:
 *   SITE_URL=https://news.example.com WEBSUB_HUB=https://hub.example.com npm run websub:ping
 */
import { ConfigError, readNodeConfig, readSiteConfig } from "../../config";
import { renderSite } from "../../render/site";
import { EXIT, runCommand, type ExitCode } from "./command";
import { loadFolder } from "../load-folder";
import { feedUrls, WebSubPublisher } from "../websub";

async function main(): Promise<ExitCode> {
  const node = readNodeConfig(process.env);
  const config = readSiteConfig(process.env, node.port);
  if (!config.websubHub) throw new ConfigError(["WEBSUB_HUB is not set: there is no hub to ping"]);
  const site = renderSite(await loadFolder(node.articlesDir, node), config);
  const urls = [site.subscription, ...site.tags].flatMap((doc) => feedUrls(doc, config));
  const publisher = new WebSubPublisher(config.websubHub, console.log);
  publisher.publish(urls);
  await publisher.idle();
  console.log(`Pinged ${config.websubHub} for ${urls.length - publisher.failed.length} of ${urls.length} feed URLs`);
  return publisher.failed.length ? EXIT.failed : EXIT.ok;
}

runCommand("Cannot ping", main);
