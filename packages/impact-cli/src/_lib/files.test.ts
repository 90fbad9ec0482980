// writeFileAtomic flushes the data to the disk (fsync) before the rename exposes the file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomic } from "./files";

describe("writeFileAtomic", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("fsyncs the complete temporary file before renaming it over the output", async () => {
    const folder = await mkdtemp(join(tmpdir(), "impact-cli-fsync-"));
    try {
      const out = join(folder, "out.csv");
      // FileHandle is not exported: its prototype is reached through a handle.
      const probe = join(folder, "probe");
      await writeFile(probe, "");
      const handle = await open(probe, "r");
      const prototype = Object.getPrototypeOf(handle) as { sync(): Promise<void> };
      await handle.close();
      await rm(probe);
      const seen: { outputExists: boolean; temps: string[]; content: string[] }[] = [];
      const realSync = prototype.sync;
      vi.spyOn(prototype, "sync").mockImplementation(async function (this: unknown) {
        const temps = readdirSync(folder).filter((name) => name.startsWith(".out.csv.impact-"));
        seen.push({
          outputExists: existsSync(out),
          temps,
          content: temps.map((name) => readFileSync(join(folder, name), "utf8")),
        });
        return realSync.call(this);
      });
      await writeFileAtomic(out, "out.csv", async (sink) => {
        await sink.write("a,b\n");
        await sink.write("1,2\n");
      });
      expect(seen).toEqual([
        { outputExists: false, temps: [expect.any(String)], content: ["a,b\n1,2\n"] },
      ]);
      expect(readFileSync(out, "utf8")).toBe("a,b\n1,2\n");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
