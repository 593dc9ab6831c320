import { readFileSync } from "node:fs";
import { loadOne } from "../../src/load/load-articles";
const f = process.argv[2]!;
try { const a = loadOne({ name: "x.txt", bytes: readFileSync(f), mtimeMs: 0 }); console.log(a.title, "|", a.author, "|", a.published.toISOString(), a.dateSource); console.log(a.blocks.map((b) => b.kind + ": " + ("text" in b ? b.text : "caption" in b ? b.caption : JSON.stringify(b)).slice(0, 100)).join("\n")); console.log("RELATED", JSON.stringify(a.related)); } catch (e) { console.log("ERR", e); }
