import { benchServing, servingTable } from "./serve";
const result = await benchServing(process.env.ARTICLES_DIR ?? "articles");
console.log(servingTable(result, 0));
