#!/usr/bin/env node
// The `impact` executable. It is committed, not built, so that npm links the bin when it
// installs a clone's workspaces (`npm ci`), before anything is built; `npm start` then
// builds dist and `npx impact ...` works. It only loads the built command.
import { existsSync } from "node:fs";

const built = new URL("../dist/bin.js", import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    "impact: the command is not built yet. In a clone of the repository, run `npm start` (or `npm run build`) at its root, then `npx impact --help`.\n",
  );
  process.exit(1);
}
await import(built.href);
