// Finds the examples: the `@example` blocks of TSDoc comments in a package's sources, and
// the ```ts blocks of Markdown files (the guides and the READMEs).
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";
import ts from "typescript";
import type { DocExample } from "./types";

/** Source files whose examples are run: `*.ts` under `dir`, without tests and fixtures. */
export function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith("__")) walk(path);
      } else if (
        entry.name.endsWith(".ts") &&
        !/\.(test|test-d|spec)\.ts$/.test(entry.name) &&
        !entry.name.endsWith(".d.ts")
      ) {
        out.push(path);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** A path with `/` separators. */
export const toPosix = (path: string): string => path.split(sep).join("/");

function declarationName(node: ts.Node): string | undefined {
  const own = (named: ts.Node): string | undefined => {
    const name = (named as { name?: ts.Node }).name;
    return name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name))
      ? name.text
      : undefined;
  };
  if (ts.isVariableStatement(node)) {
    const first = node.declarationList.declarations[0];
    return first === undefined ? undefined : own(first);
  }
  if (ts.isConstructorDeclaration(node)) {
    const owner = ts.isClassLike(node.parent) ? own(node.parent) : undefined;
    return `${owner ?? "(class)"}.constructor`;
  }
  const name = own(node);
  if (name === undefined) return undefined;
  const parent = node.parent;
  if (parent !== undefined && (ts.isClassLike(parent) || ts.isInterfaceDeclaration(parent))) {
    return `${own(parent) ?? "(class)"}.${name}`;
  }
  return name;
}

/**
 * Lists the `@example` blocks of one source file.
 *
 * @param text - the file's contents
 * @param file - the name used in test titles and messages
 */
export function extractExamples(text: string, file: string): DocExample[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const seen = new Set<number>();
  const examples: DocExample[] = [];
  const visit = (node: ts.Node): void => {
    const docs = (node as { jsDoc?: readonly ts.JSDoc[] }).jsDoc;
    for (const doc of docs ?? []) {
      if (seen.has(doc.pos)) continue;
      seen.add(doc.pos);
      const name = declarationName(node) ?? "(anonymous)";
      const firstLine = source.getLineAndCharacterOfPosition(doc.getStart(source)).line + 1;
      examples.push(
        ...examplesOfComment(text.slice(doc.getStart(source), doc.end), firstLine, file, name),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return examples;
}

function examplesOfComment(
  comment: string,
  firstLine: number,
  file: string,
  name: string,
): DocExample[] {
  const raw = comment.split(/\r?\n/);
  const lines = raw.map((line, index) => {
    let out = line;
    if (index === 0) out = out.replace(/^\s*\/\*\*\s?/, "");
    if (index === raw.length - 1) out = out.replace(/\s*\*\/\s*$/, "");
    if (index > 0) out = out.replace(/^\s*\*\s?/, "");
    return out;
  });
  const examples: DocExample[] = [];
  let current: { line: number; body: { text: string; line: number }[] } | undefined;
  const close = (): void => {
    if (current === undefined) return;
    const body = current.body.filter((entry) => !/^\s*```/.test(entry.text));
    while (body.length > 0 && body[0]?.text.trim() === "") body.shift();
    while (body.length > 0 && body[body.length - 1]?.text.trim() === "") body.pop();
    examples.push({
      file,
      line: current.line,
      name,
      code: body.map((entry) => entry.text).join("\n"),
      codeLine: body[0]?.line ?? current.line,
    });
    current = undefined;
  };
  lines.forEach((text, index) => {
    const tag = /^\s*@(\w+)/.exec(text);
    if (tag !== null) {
      close();
      // Text after `@example` on the same line is a TSDoc caption, not code.
      if (tag[1] === "example") current = { line: firstLine + index, body: [] };
      return;
    }
    current?.body.push({ text, line: firstLine + index });
  });
  close();
  return examples;
}

/**
 * The ```` ```ts ```` and ```` ```typescript ```` blocks of a Markdown file, each with its
 * line and the heading above it.
 *
 * @param markdown - the file's contents
 * @param file - the name used in test titles and messages
 */
export function extractCodeBlocks(markdown: string, file: string): DocExample[] {
  const blocks: DocExample[] = [];
  const lines = markdown.split(/\r?\n/);
  let heading = "(top)";
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? "";
    const title = /^#{1,6}\s+(.*)$/.exec(line);
    if (title?.[1] !== undefined) heading = title[1];
    const fence = /^(`{3,})(ts|typescript)\s*$/.exec(line);
    if (fence === null) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== fence[1]) end += 1;
    if (end === lines.length) throw new Error(`${file}:${i + 1}: unclosed code block`);
    blocks.push({
      file,
      line: i + 1,
      name: heading,
      code: lines.slice(start, end).join("\n"),
      codeLine: start + 1,
    });
    i = end;
  }
  return blocks;
}
