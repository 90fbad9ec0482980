// The audit: every value a package exports has an example.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";

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
