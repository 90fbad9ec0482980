import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { detectCsvFormat, readFormatRequest, streamCsv } from "./csv";
import { createProgress } from "./progress";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "impact-csv-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe("detectCsvFormat", () => {
  it("sniffs a comma file with a decimal point", async () => {
    const path = await file("a.csv", "id,poids\n1,1.5\n");
    expect(await detectCsvFormat(path, "a.csv", {})).toEqual({
      delimiter: ",",
      decimal: ".",
      newline: "\n",
      bom: false,
      encoding: "utf-8",
    });
  });

  it("sniffs a French Excel export: BOM, semicolons, decimal commas, CRLF", async () => {
    const path = await file("b.csv", '\ufeffid;poids;"a;b"\r\n1;1,5;x\r\n');
    expect(await detectCsvFormat(path, "b.csv", {})).toEqual({
      delimiter: ";",
      decimal: ",",
      newline: "\r\n",
      bom: true,
      encoding: "utf-8",
    });
  });

  it("sees a decimal point in a semicolon file, and lets flags win", async () => {
    const path = await file("c.csv", "id;poids\n1;1.5\n");
    expect((await detectCsvFormat(path, "c.csv", {})).decimal).toBe(".");
    const forced = await detectCsvFormat(path, "c.csv", readFormatRequest("tab", ","));
    expect(forced).toMatchObject({ delimiter: "\t", decimal: "," });
  });

  it("ignores delimiters inside quotes in the header", async () => {
    const path = await file("d.csv", '"a,b,c";d\n1;2\n');
    expect((await detectCsvFormat(path, "d.csv", {})).delimiter).toBe(";");
  });

  it("rejects an empty file", async () => {
    const path = await file("e.csv", "");
    await expect(detectCsvFormat(path, "e.csv", {})).rejects.toThrow("the file is empty");
  });
});

describe("readFormatRequest", () => {
  it.each([
    [";;", undefined, "--delimiter must be one character"],
    [undefined, "x", "--decimal must be"],
    [",", ",", "cannot both be"],
  ])("rejects --delimiter %j --decimal %j", (delimiter, decimal, message) => {
    expect(() => readFormatRequest(delimiter, decimal)).toThrow(message);
  });
});

describe("streamCsv", () => {
  it("gives each record the line it starts on, across quoted newlines and blank lines", async () => {
    const path = await file("f.csv", 'a,b\n1,"x\ny"\n\n2,z\r\n3,"p\n\nq"\n4,w');
    const format = await detectCsvFormat(path, "f.csv", {});
    const seen: [string, number][] = [];
    const rows = await streamCsv(
      path,
      "f.csv",
      format,
      {
        header: (fields) => expect(fields).toEqual(["a", "b"]),
        row: (fields, line) => {
          seen.push([fields[0] as string, line]);
          return undefined;
        },
      },
      createProgress({ write: () => true }, "", 0),
    );
    expect(rows).toBe(4);
    expect(seen).toEqual([
      ["1", 2],
      ["2", 5],
      ["3", 6],
      ["4", 9],
    ]);
  });

  it("names the line of a record with the wrong number of fields", async () => {
    const path = await file("g.csv", "a,b\n1,2\n3\n");
    const format = await detectCsvFormat(path, "g.csv", {});
    const error = await streamCsv(
      path,
      "g.csv",
      format,
      { header: () => {}, row: () => undefined },
      createProgress({ write: () => true }, "", 0),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toContain("g.csv: line 3 has 1 field but the header has 2");
  });
});
