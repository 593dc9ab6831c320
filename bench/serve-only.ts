/** `npm run bench:serve`: just the serving benchmark (about 4 minutes), written to bench/results.md. */
import { generateFolder } from "./generate";
import { writeSection } from "./lib";
import { benchServing, servingTable } from "./serve";

generateFolder("/tmp/feed-publisher-bench-serve", 100);
const table = servingTable(await benchServing("/tmp/feed-publisher-bench-serve"), 100);
console.log(table);
writeSection("serving", table);
