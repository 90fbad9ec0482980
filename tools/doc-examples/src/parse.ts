// The `//=> EXPECTED` literals: parsing them, and comparing a value with one.
import { inspect } from "node:util";
import ts from "typescript";
import type { Expected } from "./types";

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

/** A value as a message shows it. */
export const show = (value: unknown): string =>
  inspect(value, { depth: 6, breakLength: Number.POSITIVE_INFINITY, maxArrayLength: 20 });
