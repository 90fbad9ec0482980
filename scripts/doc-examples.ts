/**
 * Runs every TSDoc `@example` of a package as a vitest test, so that documented results
 * never drift from the code (STYLE.md, "Comments and docs").
 *
 * Example format (the body of an `@example` tag, no Markdown fences):
 *
 *     import { proportionInterval } from "@observatoire/impact-indicators";
 *     const ci = proportionInterval(74, 100);
 *     [ci.lower, ci.upper];
 *     //=> [0.646290, 0.815953]
 *     proportionInterval(74, 100, { level: 95 });
 *     //=> throws INVALID_INPUT
 *
 * A `//=> EXPECTED` line checks the value of the expression statement right before it;
 * EXPECTED is a JavaScript literal. A number written with decimals is compared at that
 * many decimals (`0.64629` matches `0.6462901`), an integer exactly. `//=> throws CODE`
 * requires the statement before it to throw an ImpactError with that code. Imports by
 * published package name are looked up in the `modules` map the package test passes in.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import ts from "typescript";
import { describe, it } from "vitest";

/** One `@example` block found in a TSDoc comment. */
export interface DocExample {
  /** Path of the source file, relative to the scanned folder, with `/` separators. */
  readonly file: string;
  /** 1-based line of the `@example` tag in that file. */
  readonly line: number;
  /** The documented declaration: `name`, or `Class.member` for class members. */
  readonly name: string;
  /** The example body with the ` * ` prefixes stripped. */
  readonly code: string;
  /** 1-based line, in the source file, of the first line of `code`. */
  readonly codeLine: number;
}

/** Options of {@link runDocExamples}. */
export interface DocExamplesOptions {
  /** The package's `src` folder, e.g. `new URL(".", import.meta.url)` from `src/*.test.ts`. */
  readonly srcDir: URL | string;
  /** The modules examples may import, by published name. */
  readonly modules: Readonly<Record<string, unknown>>;
}

/** The expected value of a `//=>` line, parsed from its literal. */
export type Expected =
  | { readonly kind: "number"; readonly value: number; readonly decimals: number | null }
  | { readonly kind: "literal"; readonly value: string | boolean | null | undefined }
  | { readonly kind: "array"; readonly items: readonly Expected[] }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, Expected])[] };

const MARKER = "//=>";
const THROWS = /^throws(?:\s+(\S+))?\s*$/;

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

const toPosix = (path: string): string => path.split(sep).join("/");

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

/** Raised for an example that cannot be compiled: the message says where and why. */
export class DocExampleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocExampleError";
  }
}

/**
 * Parses the literal of a `//=>` line.
 *
 * @param text - what follows `//=>`, e.g. `[0.646290, 0.815953]`
 * @throws DocExampleError when `text` is not a JavaScript literal
 */
export function parseExpected(text: string): Expected {
  const source = ts.createSourceFile("expected.ts", `(${text}\n)`, ts.ScriptTarget.Latest, true);
  const statement = source.statements[0];
  const diagnostics = (source as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (
    source.statements.length !== 1 ||
    statement === undefined ||
    !ts.isExpressionStatement(statement) ||
    !ts.isParenthesizedExpression(statement.expression) ||
    (diagnostics !== undefined && diagnostics.length > 0)
  ) {
    throw new DocExampleError(`expected value \`${text}\` is not a JavaScript literal`);
  }
  const convert = (node: ts.Expression): Expected => {
    if (ts.isNumericLiteral(node)) return numberPattern(node.getText(source), 1);
    if (
      ts.isPrefixUnaryExpression(node) &&
      (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken)
    ) {
      const sign = node.operator === ts.SyntaxKind.MinusToken ? -1 : 1;
      if (ts.isNumericLiteral(node.operand))
        return numberPattern(node.operand.getText(source), sign);
      if (ts.isIdentifier(node.operand) && node.operand.text === "Infinity") {
        return { kind: "number", value: sign * Number.POSITIVE_INFINITY, decimals: null };
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      return { kind: "literal", value: node.text };
    }
    if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: "literal", value: true };
    if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: "literal", value: false };
    if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: "literal", value: null };
    if (ts.isIdentifier(node)) {
      if (node.text === "undefined") return { kind: "literal", value: undefined };
      if (node.text === "Infinity") {
        return { kind: "number", value: Number.POSITIVE_INFINITY, decimals: null };
      }
    }
    if (ts.isArrayLiteralExpression(node)) {
      return {
        kind: "array",
        items: node.elements.map((element) => {
          if (ts.isSpreadElement(element) || ts.isOmittedExpression(element)) {
            throw new DocExampleError(
              `expected value \`${text}\`: holes and spreads are not literals`,
            );
          }
          return convert(element);
        }),
      };
    }
    if (ts.isObjectLiteralExpression(node)) {
      return {
        kind: "object",
        entries: node.properties.map((property): readonly [string, Expected] => {
          if (
            ts.isPropertyAssignment(property) &&
            (ts.isIdentifier(property.name) ||
              ts.isStringLiteral(property.name) ||
              ts.isNumericLiteral(property.name))
          ) {
            return [property.name.text, convert(property.initializer)];
          }
          throw new DocExampleError(
            `expected value \`${text}\`: write object properties as \`key: literal\``,
          );
        }),
      };
    }
    throw new DocExampleError(
      `expected value \`${node.getText(source)}\` is not a literal (string, number, boolean, null, array, object)`,
    );
  };
  return convert(statement.expression.expression);
}

function numberPattern(raw: string, sign: number): Expected {
  const value = sign * Number(raw.replaceAll("_", ""));
  const decimal = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(raw.replaceAll("_", ""));
  if (decimal === null || (decimal[2] === undefined && decimal[3] === undefined)) {
    return { kind: "number", value, decimals: null };
  }
  return {
    kind: "number",
    value,
    decimals: (decimal[2]?.length ?? 0) - Number(decimal[3] ?? 0),
  };
}

/**
 * Compares a value with an expected pattern.
 *
 * @returns `undefined` on a match, else where and how they differ
 */
export function compareExpected(actual: unknown, expected: Expected, at = ""): string | undefined {
  const where = at === "" ? "" : ` at ${at}`;
  switch (expected.kind) {
    case "number": {
      if (typeof actual !== "number") return `expected a number${where}, got ${show(actual)}`;
      if (expected.decimals === null || !Number.isFinite(expected.value)) {
        return Object.is(actual, expected.value) || actual === expected.value
          ? undefined
          : `expected exactly ${expected.value}${where}, got ${actual}`;
      }
      const tolerance =
        0.5 * 10 ** -expected.decimals + 4 * Number.EPSILON * Math.max(1, Math.abs(expected.value));
      return Math.abs(actual - expected.value) <= tolerance
        ? undefined
        : `expected ${expected.value} to ${expected.decimals} decimals${where}, got ${actual}`;
    }
    case "literal":
      return actual === expected.value
        ? undefined
        : `expected ${show(expected.value)}${where}, got ${show(actual)}`;
    case "array": {
      const items = Array.isArray(actual)
        ? actual
        : ArrayBuffer.isView(actual) && !(actual instanceof DataView)
          ? Array.from(actual as unknown as ArrayLike<unknown>)
          : undefined;
      if (items === undefined) return `expected an array${where}, got ${show(actual)}`;
      if (items.length !== expected.items.length) {
        return `expected ${expected.items.length} items${where}, got ${items.length}: ${show(actual)}`;
      }
      for (const [index, item] of expected.items.entries()) {
        const mismatch = compareExpected(items[index], item, `${at}[${index}]`);
        if (mismatch !== undefined) return mismatch;
      }
      return undefined;
    }
    case "object": {
      if (typeof actual !== "object" || actual === null || Array.isArray(actual)) {
        return `expected an object${where}, got ${show(actual)}`;
      }
      const record = actual as Record<string, unknown>;
      const keys = new Set(expected.entries.map(([key]) => key));
      for (const key of Object.keys(record)) {
        if (!keys.has(key) && record[key] !== undefined) {
          return `unexpected property ${at === "" ? key : `${at}.${key}`} = ${show(record[key])}`;
        }
      }
      for (const [key, item] of expected.entries) {
        const mismatch = compareExpected(record[key], item, at === "" ? key : `${at}.${key}`);
        if (mismatch !== undefined) return mismatch;
      }
      return undefined;
    }
  }
}

const show = (value: unknown): string =>
  inspect(value, { depth: 6, breakLength: Number.POSITIVE_INFINITY, maxArrayLength: 20 });

function collectStatements(source: ts.SourceFile): ts.Statement[] {
  const out: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isSourceFile(node) ||
      ts.isBlock(node) ||
      ts.isModuleBlock(node) ||
      ts.isCaseClause(node) ||
      ts.isDefaultClause(node)
    ) {
      out.push(...node.statements);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * Turns an example into the body of an async function of `(__check, __throws, __module)`:
 * each checked statement becomes a call of a checker, each import a module lookup.
 *
 * @throws DocExampleError when a `//=>` line follows no expression statement, or the
 *   example does not parse
 */
export function compileExample(example: DocExample): string {
  const { code } = example;
  const source = ts.createSourceFile(
    "example.ts",
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const statements = collectStatements(source);
  const at = (position: number): string =>
    `${example.file}:${example.codeLine + source.getLineAndCharacterOfPosition(position).line}`;
  const edits: { start: number; end: number; text: string }[] = [];
  const used = new Set<ts.Statement>();
  let offset = 0;
  for (const line of code.split("\n")) {
    const markerAt = line.indexOf(MARKER);
    const position = offset + markerAt;
    offset += line.length + 1;
    if (markerAt < 0 || line.slice(0, markerAt).trim() !== "") continue;
    const spec = line.slice(markerAt + MARKER.length).trim();
    let target: ts.Statement | undefined;
    for (const statement of statements) {
      if (statement.end <= position && (target === undefined || statement.end > target.end)) {
        target = statement;
      }
    }
    const between =
      target === undefined
        ? ""
        : code
            .slice(target.end, position)
            .replace(/\/\/[^\n]*/g, "")
            .trim();
    if (target === undefined || between !== "") {
      throw new DocExampleError(`${at(position)}: \`//=> ${spec}\` follows no statement`);
    }
    if (used.has(target)) {
      throw new DocExampleError(`${at(position)}: two \`//=>\` lines follow one statement`);
    }
    used.add(target);
    const start = target.getStart(source);
    const where = JSON.stringify(at(position));
    const thrown = THROWS.exec(spec);
    if (thrown !== null) {
      if (thrown[1] === undefined) {
        throw new DocExampleError(
          `${at(position)}: write \`//=> throws CODE\` with the ImpactError code`,
        );
      }
      edits.push({
        start,
        end: target.end,
        text: `await __throws(async () => { ${code.slice(start, target.end)} }, ${JSON.stringify(thrown[1])}, ${where});`,
      });
      continue;
    }
    if (!ts.isExpressionStatement(target)) {
      throw new DocExampleError(
        `${at(position)}: \`//=> ${spec}\` must follow an expression statement, not \`${code.slice(start, target.end).split("\n")[0]}\``,
      );
    }
    try {
      parseExpected(spec);
    } catch (error) {
      throw new DocExampleError(`${at(position)}: ${(error as Error).message}`);
    }
    const expression = target.expression;
    edits.push({
      start,
      end: target.end,
      text: `__check((${code.slice(expression.getStart(source), expression.end)}), ${JSON.stringify(spec)}, ${where});`,
    });
  }
  edits.sort((a, b) => b.start - a.start);
  let rewritten = code;
  let previousStart = Number.POSITIVE_INFINITY;
  for (const edit of edits) {
    if (edit.end > previousStart) {
      throw new DocExampleError(
        `${example.file}:${example.line}: a checked statement contains another`,
      );
    }
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
    previousStart = edit.start;
  }
  const output = ts.transpileModule(rewritten, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      isolatedModules: true,
    },
    reportDiagnostics: true,
  });
  const problem = output.diagnostics?.[0];
  if (problem !== undefined) {
    throw new DocExampleError(
      `${example.file}:${example.line}: the example does not parse: ${ts.flattenDiagnosticMessageText(problem.messageText, "\n")}`,
    );
  }
  return rewriteImports(output.outputText, example);
}

function rewriteImports(js: string, example: DocExample): string {
  const source = ts.createSourceFile(
    "example.js",
    js,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  let out = "";
  let last = 0;
  for (const statement of source.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier === undefined &&
      statement.exportClause !== undefined &&
      ts.isNamedExports(statement.exportClause) &&
      statement.exportClause.elements.length === 0
    ) {
      // `export {};` is what the transpiler adds to keep a file with elided imports a module.
      out += js.slice(last, statement.getStart(source));
      last = statement.end;
      continue;
    }
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      throw new DocExampleError(`${example.file}:${example.line}: examples must not export`);
    }
    if (!ts.isImportDeclaration(statement)) continue;
    const from = `__module(${statement.moduleSpecifier.getText(source)})`;
    const clause = statement.importClause;
    const parts: string[] = [];
    if (clause === undefined) parts.push(`${from};`);
    else {
      if (clause.name !== undefined) parts.push(`const ${clause.name.text} = ${from}.default;`);
      const bindings = clause.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) {
        parts.push(`const ${bindings.name.text} = ${from};`);
      } else if (bindings !== undefined) {
        const names = bindings.elements.map((element) =>
          element.propertyName === undefined
            ? element.name.text
            : `${element.propertyName.getText(source)}: ${element.name.text}`,
        );
        parts.push(`const { ${names.join(", ")} } = ${from};`);
      }
    }
    out += js.slice(last, statement.getStart(source)) + parts.join(" ");
    last = statement.end;
  }
  return out + js.slice(last);
}

type ErrorGuard = (value: unknown) => boolean;

function impactErrorGuard(modules: Readonly<Record<string, unknown>>): ErrorGuard {
  const core = modules["@observatoire/impact-core"] as { isImpactError?: unknown } | undefined;
  if (typeof core?.isImpactError === "function") return core.isImpactError as ErrorGuard;
  return (value) =>
    value instanceof Error &&
    /Impact\w*Error/.test(value.name) &&
    typeof (value as { code?: unknown }).code === "string";
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

/**
 * Compiles and runs one example; rejects with a message naming the file and line of the
 * first check that fails.
 */
export async function runExample(
  example: DocExample,
  modules: Readonly<Record<string, unknown>>,
): Promise<void> {
  const body = compileExample(example);
  const isImpactError = impactErrorGuard(modules);
  const check = (actual: unknown, spec: string, where: string): void => {
    const mismatch = compareExpected(actual, parseExpected(spec));
    if (mismatch !== undefined) {
      throw new Error(`${where}: \`//=> ${spec}\` does not hold: ${mismatch}`);
    }
  };
  const throws = async (run: () => Promise<void>, code: string, where: string): Promise<void> => {
    try {
      await run();
    } catch (error) {
      if (!isImpactError(error)) {
        throw new Error(`${where}: expected an ImpactError ${code}, got ${show(error)}`);
      }
      const actual = (error as { code?: unknown }).code;
      if (actual !== code) {
        throw new Error(
          `${where}: expected an ImpactError ${code}, got ${String(actual)}: ${(error as Error).message}`,
        );
      }
      return;
    }
    throw new Error(`${where}: expected the statement to throw an ImpactError ${code}, it did not`);
  };
  const lookup = (name: string): unknown => {
    if (!Object.hasOwn(modules, name)) {
      throw new Error(
        `${example.file}:${example.line}: the example imports "${name}", which is not in the modules passed to runDocExamples (${Object.keys(modules).join(", ")})`,
      );
    }
    return modules[name];
  };
  const run = new AsyncFunction("__check", "__throws", "__module", `"use strict";\n${body}`);
  await run(check, throws, lookup);
}

function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = join(dirname(fromFile), specifier.replace(/\.(m?js)$/, ""));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Names exported (as values) by `src/index.ts` whose declaration has no `@example`,
 * following re-exports through relative modules.
 *
 * @param srcDir - the package's `src` folder
 */
export function exportsWithoutExample(srcDir: string): string[] {
  const index = join(srcDir, "index.ts");
  if (!existsSync(index)) return ["(src/index.ts not found)"];
  const parsed = new Map<string, ts.SourceFile>();
  const parse = (file: string): ts.SourceFile => {
    let source = parsed.get(file);
    if (source === undefined) {
      source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      parsed.set(file, source);
    }
    return source;
  };
  const hasExample = (node: ts.Node): boolean =>
    ts.getJSDocTags(node).some((tag) => tag.tagName.text === "example");

  // Whether `name`, as declared or re-exported by `file`, carries an @example.
  const documented = (file: string, name: string, depth: number): boolean => {
    if (depth > 20) return false;
    const source = parse(file);
    for (const statement of source.statements) {
      if (
        (ts.isFunctionDeclaration(statement) ||
          ts.isClassDeclaration(statement) ||
          ts.isEnumDeclaration(statement)) &&
        statement.name?.text === name
      ) {
        if (hasExample(statement)) return true;
        if (
          ts.isClassDeclaration(statement) &&
          statement.members.some(
            (member) => ts.isConstructorDeclaration(member) && hasExample(member),
          )
        ) {
          return true;
        }
      }
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
            if (hasExample(statement) || hasExample(declaration)) return true;
          }
        }
      }
      if (
        ts.isExportDeclaration(statement) &&
        statement.moduleSpecifier !== undefined &&
        ts.isStringLiteral(statement.moduleSpecifier) &&
        statement.moduleSpecifier.text.startsWith(".") &&
        statement.exportClause !== undefined &&
        ts.isNamedExports(statement.exportClause)
      ) {
        for (const element of statement.exportClause.elements) {
          if (element.name.text !== name) continue;
          const target = resolveRelative(file, statement.moduleSpecifier.text);
          const local = element.propertyName?.text ?? element.name.text;
          if (target !== undefined && documented(target, local, depth + 1)) return true;
        }
      }
    }
    return false;
  };

  const missing: string[] = [];
  for (const statement of parse(index).statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly || statement.exportClause === undefined) continue;
      if (!ts.isNamedExports(statement.exportClause)) continue;
      const specifier =
        statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      for (const element of statement.exportClause.elements) {
        if (element.isTypeOnly) continue;
        const local = element.propertyName?.text ?? element.name.text;
        const target =
          specifier === undefined
            ? index
            : specifier.startsWith(".")
              ? resolveRelative(index, specifier)
              : undefined;
        if (target === undefined || !documented(target, local, 0)) missing.push(element.name.text);
      }
      continue;
    }
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    if (!modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
      const name = statement.name?.text;
      if (name !== undefined && !documented(index, name, 0)) missing.push(name);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && !documented(index, declaration.name.text, 0)) {
          missing.push(declaration.name.text);
        }
      }
    }
  }
  return missing;
}

/**
 * Registers one vitest test per `@example` under `srcDir` (named `file:line name`), and one
 * test that fails when a value exported by `src/index.ts` has no `@example`.
 *
 * @example
 * // src/doc-examples.test.ts of a package
 * import { runDocExamples } from "../../../scripts/doc-examples";
 * runDocExamples({
 *   srcDir: new URL(".", import.meta.url),
 *   modules: { "@observatoire/impact-core": await import("@observatoire/impact-core") },
 * });
 */
export function runDocExamples(options: DocExamplesOptions): void {
  const srcDir =
    typeof options.srcDir === "string" ? options.srcDir : fileURLToPath(options.srcDir);
  describe("TSDoc @example", () => {
    for (const file of listSourceFiles(srcDir)) {
      const name = toPosix(relative(srcDir, file));
      for (const example of extractExamples(readFileSync(file, "utf8"), name)) {
        it(`${example.file}:${example.line} ${example.name}`, async () => {
          await runExample(example, options.modules);
        });
      }
    }
    it("every value exported by src/index.ts has an @example", () => {
      const missing = exportsWithoutExample(srcDir);
      if (missing.length > 0) {
        throw new Error(`exports of src/index.ts without an @example: ${missing.join(", ")}`);
      }
    });
  });
}
