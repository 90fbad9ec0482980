import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { run } from "../src/index";

/** The executable npm links (it loads dist/bin.js): these tests run what users install. */
export const BIN = fileURLToPath(new URL("../bin/impact.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

/** What one run of the command produced. */
export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `impact` in a child process, as a user would. */
export function impact(
  args: readonly string[],
  options: { cwd?: string; nodeArgs?: readonly string[]; timeout?: number } = {},
): Promise<Outcome> {
  if (!existsSync(BUILT)) {
    throw new Error(
      `${BUILT} is missing: build first (npm run build, or turbo run test builds it)`,
    );
  }
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...(options.nodeArgs ?? []), BIN, ...args],
      {
        cwd: options.cwd,
        timeout: options.timeout ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: "1" },
      },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== "number") {
          reject(error);
          return;
        }
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
      },
    );
  });
}

/** Runs the command in-process through the programmatic API. */
export async function impactInProcess(args: readonly string[], cwd?: string): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: {
      write: (s: string) => {
        stdout += s;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
    },
    cwd,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder for the test file, removed afterwards. */
export function useTempDir(): { readonly path: string } {
  const holder = { path: "" };
  beforeAll(async () => {
    holder.path = await mkdtemp(join(tmpdir(), "impact-cli-"));
  });
  afterAll(async () => {
    await rm(holder.path, { recursive: true, force: true });
  });
  return holder;
}

/**
 * Checks the shape of a failure: the given exit code, nothing on stdout, exactly one
 * line on stderr that starts with `impact` and carries no stack trace.
 */
export function expectOneLineError(outcome: Outcome, code: number): string {
  if (outcome.code !== code) {
    throw new Error(`expected exit ${code}, got ${outcome.code}; stderr: ${outcome.stderr}`);
  }
  const lines = outcome.stderr.split("\n");
  if (lines.length !== 2 || lines[1] !== "") {
    throw new Error(`expected one line on stderr, got: ${JSON.stringify(outcome.stderr)}`);
  }
  if (!outcome.stderr.startsWith("impact")) {
    throw new Error(`stderr should start with "impact": ${outcome.stderr}`);
  }
  if (/\n\s+at |Error:|node:internal/.test(outcome.stderr)) {
    throw new Error(`stack trace or raw error on stderr: ${outcome.stderr}`);
  }
  if (outcome.stdout !== "") throw new Error(`unexpected stdout: ${outcome.stdout}`);
  return lines[0] as string;
}
