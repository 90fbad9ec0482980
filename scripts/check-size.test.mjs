import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkSize, formatTable } from "./check-size.mjs";

const root = mkdtempSync(join(tmpdir(), "check-size-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path, content) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), typeof content === "string" ? content : JSON.stringify(content));
};
const manifest = (name) => ({
  name,
  type: "module",
  sideEffects: false,
  exports: { ".": { import: { default: "./dist/index.js" } } },
});

write("package.json", { workspaces: ["packages/*"] });
write("packages/light/package.json", manifest("@observatoire/light"));
// `heavy` is kept out of the bundle by tree-shaking; `schema` pulls in the fake zod.
write(
  "packages/light/dist/index.js",
  'export { small } from "./small.js";\nexport { schema } from "./schema.js";\n',
);
write("packages/light/dist/small.js", "export const small = (x) => x + 1;\n");
write(
  "packages/light/dist/schema.js",
  'import { object } from "zod";\nexport const schema = object("x".repeat(3000));\n',
);
write("packages/unbuilt/package.json", manifest("@observatoire/unbuilt"));
write("node_modules/zod/package.json", { name: "zod", type: "module", main: "index.js" });
write("node_modules/zod/index.js", "export const object = (shape) => ({ shape });\n");
mkdirSync(join(root, "node_modules/@observatoire"), { recursive: true });
symlinkSync(join(root, "packages/light"), join(root, "node_modules/@observatoire/light"));
symlinkSync(join(root, "packages/unbuilt"), join(root, "node_modules/@observatoire/unbuilt"));

describe("checkSize", () => {
  it("measures tree-shaken entries, flags zod and budgets, names missing builds and exports", async () => {
    const budgets = [
      { from: "@observatoire/light", names: ["small"], gzip: 200, zodFree: true },
      { from: "@observatoire/light", names: ["schema"], gzip: 60, zodFree: true },
      { from: "@observatoire/light", names: ["nothing"], gzip: 1000, zodFree: false },
      { from: "@observatoire/unbuilt", names: ["x"], gzip: 1000, zodFree: false },
    ];
    const { rows, failures } = await checkSize(root, budgets);
    expect(rows[0]).toMatchObject({ zodFree: true });
    expect(rows[0].gzip).toBeLessThan(200);
    expect(rows[1]).toMatchObject({ zodFree: false });
    expect(failures).toEqual([
      expect.stringMatching(
        /^import \{ schema \} from "@observatoire\/light": \d+ B gzip is over its budget of 60 B/,
      ),
      'import { schema } from "@observatoire/light": the bundle contains zod, which this entry must not load',
      "export nothing not found in package @observatoire/light (packages/light/dist/index.js)",
      "build output packages/unbuilt/dist/index.js of @observatoire/unbuilt is missing: run `npm run build`",
    ]);
    const table = formatTable(rows);
    expect(table.split("\n")).toHaveLength(2 + budgets.length);
    expect(table).toContain('| `import { small } from "@observatoire/light"` |');
  }, 30_000);
});
