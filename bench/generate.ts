/** Generates a realistic article folder: mixed scrapes and Markdown, a few KB each, dates spread over years. */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WORDS = "the government said on Tuesday that a new plan would cut costs and raise spending on schools roads and hospitals across the region while critics warned of delays".split(" ");

function sentence(seed: number, words = 18): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 31 + i * 7 + (seed >> 3)) % WORDS.length]!);
  const text = out.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number): string {
  return [0, 1, 2].map((k) => sentence(seed + k * 13)).join(" ");
}

function date(i: number): Date {
  return new Date(Date.UTC(2015, 0, 1) + i * 3_600_000 * 7);
}

export function scrape(i: number): string {
  const d = date(i);
  const body = Array.from({ length: 9 }, (_, k) => paragraph(i + k)).join("\n\n");
  return `Headline number ${i}: ${sentence(i, 8).slice(0, -1)}
By Reporter ${i % 40}
Published: ${d.toUTCString().slice(5, 16)} ${d.toISOString().slice(11, 16)} GMT

A photographer's view of the scene in the capital, ${d.toUTCString().slice(8, 11)} ${d.getUTCDate()}, ${d.getUTCFullYear()}. REUTERS/Photo Desk

:: ${paragraph(i)}

${body}

Background

${paragraph(i + 99)}

“${sentence(i + 5)}”



Related:
Headline number ${i + 1}: ${sentence(i + 1, 8).slice(0, -1)}
Earlier story about the region
Share | Tweet | Email
© 2024 Example News. All rights reserved.
`;
}

export function markdown(i: number): string {
  return `---
title: "Post ${i}: ${sentence(i, 7).slice(0, -1)}"
date: ${date(i).toISOString()}
author: Writer ${i % 25}
tags: [news, topic-${i % 12}]
image: /images/${i}.jpg
image_caption: "A picture for post ${i}."
related:
  - "Headline number ${i - 1}: ${sentence(i - 1, 8).slice(0, -1)}"
---

${Array.from({ length: 8 }, (_, k) => paragraph(i * 3 + k)).join("\n\n")}

## A subheading

${paragraph(i + 7)} With a [link](https://example.org/${i}) and **bold** text.
`;
}

/** Writes `count` articles (70 % scrapes, 30 % Markdown) into a fresh folder. */
export function generateFolder(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const name = `article-${String(i).padStart(5, "0")}`;
    if (i % 10 < 7) writeFileSync(join(dir, `${name}.txt`), scrape(i));
    else writeFileSync(join(dir, `${name}.md`), markdown(i));
  }
}
