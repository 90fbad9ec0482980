// Writes catalog.json, the JSON copy of the reference catalog, from the built package.
// Run by `npm run build` after tsup; src/catalog-json.test.ts fails when the committed
// copy and the TypeScript catalog drift apart.
import { writeFileSync } from "node:fs";
import { catalog } from "../dist/index.js";

const target = new URL("../catalog.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(catalog, null, 2)}\n`);
