import { readFile, stat } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { BIN, expectOneLineError, impact, impactInProcess } from "./helpers";

const COMMANDS = ["report", "ci", "survey", "rake", "cite", "validate"];

describe("the impact executable", () => {
  it("is an executable ESM file with a node shebang", async () => {
    const text = await readFile(BIN, "utf8");
    expect(text.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect((await stat(BIN)).mode & 0o111).not.toBe(0);
  });

  it("prints the version of package.json", async () => {
    const manifest = JSON.parse(
      await readFile(new URL("../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    const { code, stdout } = await impact(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${manifest.version}\n`);
  });

  it("lists every command in --help", async () => {
    const { code, stdout } = await impact(["--help"]);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it.each(COMMANDS)("has --help for %s, with an example", async (command) => {
    const { code, stdout, stderr } = await impactInProcess([command, "--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(`Usage: impact ${command}`);
    expect(stdout).toMatch(/Example:\n {2}\$ impact /);
  });

  it("answers `impact help COMMAND` like `impact COMMAND --help`", async () => {
    const a = await impactInProcess(["help", "rake"]);
    const b = await impactInProcess(["rake", "-h"]);
    expect(a).toEqual(b);
  });

  it("prints the usage on stderr and exits 2 without a command", async () => {
    const { code, stdout, stderr } = await impact([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: impact COMMAND");
  });

  it("rejects an unknown command or global flag (exit 2)", async () => {
    expect(expectOneLineError(await impact(["frobnicate"]), 2)).toContain(
      'unknown command "frobnicate"',
    );
    expect(expectOneLineError(await impact(["--verbose"]), 2)).toContain(
      "unknown option --verbose",
    );
  });
});

describe("exit status of an internal error", () => {
  it("is 70 (EX_SOFTWARE), apart from bad data (1) and usage (2), with one line and no stack", async () => {
    const { run, ExitCode } = await import("../src/index");
    let err = "";
    // A bug inside a command: here, an output stream that fails in a way no command expects.
    const broken = {
      stdout: {
        write: (): boolean => {
          throw new TypeError("cannot read properties of undefined");
        },
      },
      stderr: {
        write: (text: string): boolean => {
          err += text;
          return true;
        },
      },
    };
    const status = await run(["ci", "74", "100"], broken);
    expect(status).toBe(70);
    expect(status).toBe(ExitCode.INTERNAL_ERROR);
    expect(err).toBe(
      "impact ci: unexpected error: cannot read properties of undefined (please report this bug)\n",
    );
  });
});
