/**
 * Generates a realistic article folder: mixed scrapes (70 %) and Markdown
 * (30 %), about 3.8 KB each, dates spread over years, and text as unique as
 * real articles: sentences drawn with seeded randomness from a fixed word
 * list, so no two paragraphs repeat and compression sees real-world ratios.
 * Function words come at the rate English prose has them (about four tokens
 * in ten), as the loader's stopword stages see them in real text.
 * The same seed always gives the same folder.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WORDS = `
government minister officials said would could year years people new first last two three million percent police court
city country state national local public health care hospital school schools students teachers children families workers
company companies market markets prices price economy economic bank banks rates inflation growth jobs wages budget tax
taxes spending plan plans policy policies law laws bill vote voters election campaign party leader leaders president
council mayor region regional border water energy power climate weather storm flood fire drought heat winter summer
spring autumn river coast island mountain valley road roads bridge rail train airport port ship fleet fishing farmers
crops harvest food supply supplies shortage demand exports imports trade talks deal agreement treaty report study data
research scientists university museum library festival music film theatre artists team match season league coach players
fans stadium record win defeat injury doctors patients nurses vaccine virus disease treatment trial drug drugs safety
security army troops defence ministry foreign embassy visit summit meeting statement spokesperson interview analysts
critics supporters residents community neighbours village town district province capital north south east west central
morning evening night week month weekend hours minutes early late during after before since while although because
however meanwhile instead despite against between among across through around toward within without along under over
rise rose fall fell cut cuts raise raised increase increased decrease reduced expand expanded build built open opened
close closed launch launched announce announced confirm confirmed deny denied warn warned expect expected plan planned
agree agreed reject rejected approve approved delay delayed review reviewed investigate investigated arrest arrested
charge charged release released return returned move moved remain remained reach reached face faced call called urge
urged promise promised support supported oppose opposed protest protested strike strikes union unions office offices
building buildings housing homes rent owners tenants prices construction project projects contract contracts funding
grant grants investment investors shares profit profits losses revenue sales customers service services network internet
phone software data privacy online platform platforms users accounts app digital technology tools systems engineers
factory factories plant plants production output steel cars vehicles electric batteries solar wind gas oil coal fuel
emissions carbon pollution air quality waste recycling forest forests wildlife species park parks tourism tourists hotel
restaurants shops businesses small large major key senior junior former current future recent annual monthly daily
important difficult possible likely unclear significant serious sharp modest steady slow quick strong weak higher lower
`.trim().split(/\s+/);

/** The commonest English function words, each listed as often as it roughly occurs. */
const FUNCTION_WORDS = `
the the the the the the of of of of and and and to to to a a a in in in that is was for on with as by at from
it its his her their they he she we this be has have had are were not but an which who will said been also more than
`.trim().split(/\s+/);
/** Share of tokens that are function words in running English prose. */
const FUNCTION_SHARE = 0.4;

const NAMES = ["Amira Haddad", "Jonas Berg", "Lucía Ortega", "Kwame Mensah", "Mei Chen", "Oskar Nowak", "Priya Raman", "Tomás Silva", "Hana Sato", "Daniel Okafor", "Elena Petrova", "Samuel Idowu"];
const PLACES = ["LONDON", "NAIROBI", "LIMA", "OSAKA", "WARSAW", "LAGOS", "MUMBAI", "QUITO", "OSLO", "MANILA", "TUNIS", "HALIFAX"];
const TOPICS = ["Politics", "Economy", "Health", "Climate", "Education", "Technology", "Transport", "Culture", "Sport", "Science", "Housing", "Energy"];

/** mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Writer {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = random(seed * 2654435761);
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
  sentence(min = 9, max = 24): string {
    // Content words keep the length they had before function words were mixed in: articles stay about 3.8 KB.
    const length = Math.round((min + this.int(max - min + 1)) / (1 - FUNCTION_SHARE / 2));
    const words = Array.from({ length }, () => this.pick(this.next() < FUNCTION_SHARE ? FUNCTION_WORDS : WORDS));
    if (this.int(4) === 0) words.splice(1 + this.int(words.length - 1), 0, `${this.int(900) + 10}`);
    if (this.int(5) === 0) words.splice(this.int(words.length), 0, this.pick(NAMES).split(" ")[0]!);
    if (words.length > 12 && this.int(3) === 0) words[6] = `${words[6]},`;
    const text = words.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }
  paragraph(sentences = 2 + this.int(3)): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(" ");
  }
  headline(): string {
    return this.sentence(6, 11).slice(0, -1);
  }
}

/** Seven hours apart from 2015 on, over ten years and round again: never in the future, where an article waits for its date. */
function date(i: number): Date {
  return new Date(Date.UTC(2015, 0, 1) + ((i * 3_600_000 * 7) % DATE_SPAN_MS));
}
const DATE_SPAN_MS = 10 * 365 * 24 * 3_600_000;

export function scrape(i: number, seed = 1): string {
  const w = new Writer(i * 7919 + seed);
  const d = date(i);
  const place = w.pick(PLACES);
  const body = Array.from({ length: 6 + w.int(3) }, () => w.paragraph()).join("\n\n");
  return `${w.pick(TOPICS)}
${w.headline()}
By ${w.pick(NAMES)}
Published: ${d.toUTCString().slice(5, 16)} ${d.toISOString().slice(11, 16)} GMT

${w.sentence(10, 18).slice(0, -1)} in ${place[0]}${place.slice(1).toLowerCase()}, ${d.toUTCString().slice(8, 11)} ${d.getUTCDate()}, ${d.getUTCFullYear()}. REUTERS/${w.pick(NAMES)}

${place} (Reuters) - ${w.paragraph(2)}

${body}

${w.headline()}

${w.paragraph()}

“${w.sentence()}”



Related:
${w.headline()}
${w.headline()}
Share | Tweet | Email
© ${d.getUTCFullYear()} Example News. All rights reserved.
`;
}

export function markdown(i: number, seed = 1): string {
  const w = new Writer(i * 7919 + seed);
  return `---
title: "${w.headline()}"
date: ${date(i).toISOString()}
author: ${w.pick(NAMES)}
tags: [${w.pick(TOPICS)}, ${w.pick(TOPICS)}]
image: /images/${i}.jpg
image_caption: "${w.sentence(8, 14)}"
related:
  - "${w.headline()}"
---

${Array.from({ length: 6 + w.int(3) }, () => w.paragraph()).join("\n\n")}

## ${w.headline()}

${w.paragraph()} With a [link](https://example.org/${i}) and **bold** text.
`;
}

export function articleName(i: number): string {
  return `article-${String(i).padStart(5, "0")}.${i % 10 < 7 ? "txt" : "md"}`;
}

/** The text of article `i`; a different `seed` gives an edited version of it. */
export function articleText(i: number, seed = 1): string {
  return i % 10 < 7 ? scrape(i, seed) : markdown(i, seed);
}

/** Writes `count` articles (70 % scrapes, 30 % Markdown) into a fresh folder. */
export function generateFolder(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, articleName(i)), articleText(i));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) throw new Error("usage: tsx bench/generate.ts <folder> <count>");
  generateFolder(dir, Number(count));
}
