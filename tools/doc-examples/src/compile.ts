// Turns an example into the body of a function: each `//=>` check becomes a call of a
// checker, each import a lookup in the modules the test passes in.
import ts from "typescript";
import { DocExampleError, parseExpected } from "./parse";
import type { DocExample } from "./types";

const MARKER = "//=>";
const THROWS = /^throws(?:\s+(\S+))?\s*$/;

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
