// Files (issue 16): --out keeps the mode of the file it replaces, every catchable signal
// removes the temporary file, a temporary file left by a killed run is removed by the next
// one, and rake refuses an input that changes between or during its two passes.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { chmod, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/index";
import { BIN, impactInProcess, useTempDir } from "./helpers";

const tmp = useTempDir();
const MARGINS = JSON.stringify([{ variable: "sexe", targets: { F: 50, M: 50 } }]);

function rows(count: number): string {
  let text = "id,sexe,poids\n";
  for (let i = 0; i < count; i++) text += `${i},${i % 3 === 0 ? "F" : "M"},${1 + (i % 7) / 10}\n`;
  return text;
}

async function put(name: string, content: string): Promise<string> {
  await writeFile(join(tmp.path, name), content);
  return name;
}

const temps = async (prefix: string) =>
  (await readdir(tmp.path)).filter((name) => name.startsWith(`.${prefix}.impact-`));

describe("--out", () => {
  it("keeps the mode of an existing 0600 file", async () => {
    await put("small.csv", rows(20));
    await put("m.json", MARGINS);
    await put("private.csv", "old");
    await chmod(join(tmp.path, "private.csv"), 0o600);
    const result = await impactInProcess(
      ["rake", "small.csv", "--margins", "m.json", "--out", "private.csv"],
      tmp.path,
    );
    expect(result.code).toBe(0);
    expect((await stat(join(tmp.path, "private.csv"))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(tmp.path, "private.csv"), "utf8")).toContain("raked_weight");
  });

  it("removes a temporary file left by a killed run, and only one whose process is gone", async () => {
    await put("small.csv", rows(20));
    await put("m.json", MARGINS);
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ["-e", ""]);
      child.on("exit", () => resolve(child.pid as number));
    });
    await put(`.stale.csv.impact-${dead}-0123456789ab.tmp`, "x".repeat(1 << 20));
    await put(".stale.csv.other.tmp", "not ours");
    const result = await impactInProcess(
      ["rake", "small.csv", "--margins", "m.json", "--out", "stale.csv"],
      tmp.path,
    );
    expect(result.code).toBe(0);
    expect(await temps("stale.csv")).toEqual([]);
    expect((await readdir(tmp.path)).includes(".stale.csv.other.tmp")).toBe(true);
  });
});

describe("rake checks that its input did not change between its two passes", () => {
  async function rakeWhileRewriting(trigger: (chunk: string) => boolean, name: string) {
    const original = rows(50);
    await put(name, original);
    await put("m.json", MARGINS);
    // Same size, same row count, other content: the case that gave misaligned weights.
    const rewritten = original
      .replaceAll(",F,", ",X,")
      .replaceAll(",M,", ",F,")
      .replaceAll(",X,", ",M,");
    expect(rewritten.length).toBe(original.length);
    let done = false;
    let stderr = "";
    const code = await run(["rake", name, "--margins", "m.json", "--out", `${name}.out`], {
      stdout: { write: () => true },
      stderr: {
        isTTY: true,
        columns: 80,
        write: (chunk: string) => {
          stderr += chunk;
          if (!done && trigger(chunk)) {
            done = true;
            writeFileSync(join(tmp.path, name), rewritten);
          }
          return true;
        },
      },
      cwd: tmp.path,
    });
    return { code, stderr, written: (await readdir(tmp.path)).includes(`${name}.out`) };
  }

  it("a rewrite once the first pass is read is refused, and nothing is written", async () => {
    const outcome = await rakeWhileRewriting((chunk) => chunk.includes("rake (1/2)"), "a.csv");
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("changed while it was being raked");
    expect(outcome.written).toBe(false);
    expect(await temps("a.csv.out")).toEqual([]);
  });

  it("a rewrite during the second pass is refused, and nothing is written", async () => {
    const outcome = await rakeWhileRewriting((chunk) => chunk.includes("rake (2/2)"), "b.csv");
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("changed while it was being raked");
    expect(outcome.written).toBe(false);
  });
});

/** Waits (bounded) until `check` holds, polling; under load a start can take many seconds. */
async function until(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return check();
}

/** Whether a process is stopped (state T in `/proc`, or in `ps` where there is no `/proc`). */
function isStopped(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return /^\S+ \(.*\) [Tt] /.test(stat);
  } catch {
    return execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" })
      .trim()
      .startsWith("T");
  }
}

describe("signals remove the temporary file (built bin)", () => {
  // Deterministic on a loaded machine: once the temporary file exists, the child is stopped
  // (SIGSTOP) and, if the temporary file is still there, it is caught mid-write, after it
  // listens to signals (it listens before creating the file). The signal is sent to the
  // stopped child and delivered when it continues. A child that finished its write before
  // it could be stopped proves nothing, so that run is started again.
  it.each(["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGPIPE"] as const)(
    "%s during the write leaves neither a temporary file nor the output",
    async (signal) => {
      const big = "big.csv";
      if (!(await readdir(tmp.path)).includes(big)) await put(big, rows(600_000));
      await put("m.json", MARGINS);
      const out = `out-${signal}.csv`;
      let caught = false;
      for (let attempt = 0; attempt < 5 && !caught; attempt++) {
        await rm(join(tmp.path, out), { force: true });
        const child = spawn(
          process.execPath,
          [BIN, "rake", big, "--margins", "m.json", "--out", out],
          { cwd: tmp.path, stdio: "ignore" },
        );
        const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
        const pid = child.pid as number;
        const appeared = await until(async () => (await temps(out)).length > 0, 90);
        expect(appeared, "the temporary file should appear").toBe(true);
        child.kill("SIGSTOP");
        expect(await until(async () => isStopped(pid), 30), "the child should stop").toBe(true);
        caught = (await temps(out)).length > 0;
        child.kill(caught ? signal : "SIGKILL");
        child.kill("SIGCONT");
        await exited;
        if (caught) {
          expect(child.signalCode ?? child.exitCode).not.toBe(0);
          expect(await temps(out)).toEqual([]);
          expect((await readdir(tmp.path)).includes(out)).toBe(false);
        }
      }
      expect(caught, "the child should be caught during its write").toBe(true);
    },
    300_000,
  );
});
