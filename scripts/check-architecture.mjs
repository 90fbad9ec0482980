#!/usr/bin/env node
// Checks the dependency direction of ARCHITECTURE.md, in package.json manifests and in the
// import statements of each package's src: core imports none of the others; indicators,
// citations and data import only core; the CLI, examples and bench import anything;
// indicators never imports zod at runtime. Also: no import cycle between files of one
// package (type-only imports excepted: they vanish at runtime) nor between workspaces,
// and every package a published file imports is declared in its manifest.
// Usage: node scripts/check-architecture.mjs [root]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const CORE = "@observatoire/impact-core";

/**
 * What each published workspace may depend on at runtime (dependencies, peer and optional
 * dependencies, imports of non-test files). Private workspaces (examples, bench) may depend
 * on anything. A new published package needs a line here.
 */
export const RULES = {
  [CORE]: { allowed: [] },
  "@observatoire/impact-indicators": { allowed: [CORE], forbiddenRuntime: ["zod"] },
  "@observatoire/impact-citations": { allowed: [CORE] },
  "@observatoire/impact-data": { allowed: [CORE] },
  "@observatoire/impact-cli": { allowed: "*" },
  "@observatoire/remark-citations": { allowed: [CORE, "@observatoire/impact-citations"] },
};

const SOURCE_FILE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;
const TEST_FILE = /(?:\.(?:test|test-d|spec)\.[cm]?[jt]sx?$)|(?:^|\/)__(?:fixtures|tests)__\//;
const RUNTIME_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"];

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const posix = (path) => path.split(sep).join("/");

/** Workspaces listed by the root manifest: `{ name, dir, manifest }`. */
export function listWorkspaces(root) {
  const patterns = readJson(join(root, "package.json")).workspaces ?? [];
  const dirs = [];
  for (const pattern of patterns) {
    if (pattern.endsWith("/*")) {
      const parent = join(root, pattern.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const entry of readdirSync(parent, { withFileTypes: true })) {
        if (entry.isDirectory()) dirs.push(join(parent, entry.name));
      }
    } else {
      dirs.push(join(root, pattern));
    }
  }
  return dirs
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: readJson(join(dir, "package.json")) }))
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }));
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "dist") out.push(...listFiles(path));
    } else if (SOURCE_FILE.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      out.push(path);
    }
  }
  return out.sort();
}

/**
 * The module specifiers a file imports: `{ specifier, line, typeOnly }`. Static imports and
 * re-exports, `import x = require()`, dynamic `import()`, `require()` and `import("x").T`.
 */
export function listImports(file, text = readFileSync(file, "utf8")) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = [];
  const add = (literal, typeOnly) => {
    if (literal === undefined || !ts.isStringLiteralLike(literal)) return;
    const line = source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1;
    out.push({ specifier: literal.text, line, typeOnly });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    ) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function resolveRelative(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const stem = base.replace(/\.(?:[cm]?js|jsx)$/, "");
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}.cts`];
  candidates.push(join(base, "index.ts"), join(base, "index.js"));
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const packageOf = (specifier) =>
  specifier.startsWith("@")
    ? specifier.split("/").slice(0, 2).join("/")
    : (specifier.split("/")[0] ?? specifier);

/** Every cycle of a directed graph (Map node -> Set of nodes), each listed once. */
export function findCycles(graph) {
  const cycles = [];
  const seen = new Set();
  const state = new Map();
  const stack = [];
  const visit = (node) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join("\n");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, next]);
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

const addEdge = (graph, from, to) => {
  if (!graph.has(from)) graph.set(from, new Set());
  graph.get(from).add(to);
};

/**
 * Checks the workspaces under `root`.
 *
 * @returns `{ problems, stats }`: one sentence per problem (empty when all holds)
 */
export function checkArchitecture(root) {
  const problems = [];
  const workspaces = listWorkspaces(root);
  const names = new Set(workspaces.map((workspace) => workspace.name));
  const rootDevDependencies = Object.keys(
    readJson(join(root, "package.json")).devDependencies ?? {},
  );
  const packageGraph = new Map();
  const stats = { workspaces: workspaces.length, files: 0, imports: 0 };

  for (const { name, manifest } of workspaces) {
    packageGraph.set(name, new Set());
    for (const field of [...RUNTIME_FIELDS, "devDependencies"]) {
      for (const dependency of Object.keys(manifest[field] ?? {})) {
        if (names.has(dependency)) addEdge(packageGraph, name, dependency);
      }
    }
    if (manifest.private === true) continue;
    const rule = RULES[name];
    if (rule === undefined) {
      problems.push(
        `${name}: no dependency rule; add it to RULES in scripts/check-architecture.mjs (see ARCHITECTURE.md)`,
      );
    }
    for (const field of RUNTIME_FIELDS) {
      for (const dependency of Object.keys(manifest[field] ?? {})) {
        const target = workspaces.find((workspace) => workspace.name === dependency);
        if (target?.manifest.private === true) {
          problems.push(`${name}: package.json ${field} names the private workspace ${dependency}`);
        } else if (
          target !== undefined &&
          rule !== undefined &&
          rule.allowed !== "*" &&
          !rule.allowed.includes(dependency)
        ) {
          problems.push(
            `${name}: package.json ${field} names ${dependency}, but ${name} may depend only on ${rule.allowed.join(", ") || "no other workspace"}`,
          );
        }
        // A peer dependency is the app's copy, loaded only if the package imports it.
        if (field === "dependencies" && rule?.forbiddenRuntime?.includes(dependency)) {
          problems.push(
            `${name}: package.json dependencies names ${dependency}, which it must not load at runtime`,
          );
        }
      }
    }
  }

  for (const { name, dir, manifest } of workspaces) {
    if (manifest.private === true) continue;
    const rule = RULES[name];
    const src = join(dir, "src");
    const runtimeDeps = new Set(
      RUNTIME_FIELDS.flatMap((field) => Object.keys(manifest[field] ?? {})),
    );
    const testDeps = new Set([
      ...runtimeDeps,
      ...Object.keys(manifest.devDependencies ?? {}),
      ...rootDevDependencies,
      name,
    ]);
    // First pass: every import of every file, resolved.
    const files = listFiles(src).map((file) => ({
      file,
      isTest: TEST_FILE.test(posix(relative(src, file))),
      imports: listImports(file).map((entry) => ({
        ...entry,
        target: entry.specifier.startsWith(".")
          ? resolveRelative(file, entry.specifier)
          : undefined,
      })),
    }));
    // Test support (helpers, fixtures) is what only tests reach: a non-test file counts as
    // shipped code when no file imports it (an entry point such as index.ts or bin.ts) or a
    // shipped file imports it.
    const importedBy = new Map();
    for (const { file, imports } of files) {
      for (const { target } of imports) {
        if (target !== undefined) addEdge(importedBy, target, file);
      }
    }
    const shipped = new Set();
    const ship = (file) => {
      if (shipped.has(file)) return;
      shipped.add(file);
      for (const { target } of files.find((entry) => entry.file === file)?.imports ?? []) {
        if (target !== undefined && files.some((entry) => entry.file === target && !entry.isTest)) {
          ship(target);
        }
      }
    };
    for (const { file, isTest } of files) if (!isTest && !importedBy.has(file)) ship(file);

    const fileGraph = new Map();
    for (const { file, imports } of files) {
      stats.files += 1;
      const shown = posix(relative(root, file));
      const isShipped = shipped.has(file);
      fileGraph.set(file, new Set());
      for (const { specifier, line, typeOnly, target } of imports) {
        stats.imports += 1;
        const at = `${shown}:${line}`;
        if (specifier.startsWith(".")) {
          if (target === undefined) {
            problems.push(`${at}: cannot resolve "${specifier}"`);
          } else if (isShipped && relative(dir, target).startsWith("..")) {
            problems.push(`${at}: "${specifier}" reaches outside ${posix(relative(root, dir))}`);
          } else if (!typeOnly) {
            addEdge(fileGraph, file, target);
          }
          continue;
        }
        if (specifier.startsWith("node:") || isBuiltin(specifier)) continue;
        const dependency = packageOf(specifier);
        if (names.has(dependency) && dependency !== name) addEdge(packageGraph, name, dependency);
        if (!isShipped) {
          if (!testDeps.has(dependency)) {
            problems.push(`${at}: imports ${dependency}, which ${name} does not declare`);
          }
          continue;
        }
        if (dependency === name) {
          problems.push(`${at}: ${name} imports itself by name; use a relative import`);
        } else if (!runtimeDeps.has(dependency)) {
          problems.push(
            `${at}: imports ${dependency}, which is not in the dependencies or peerDependencies of ${name}`,
          );
        }
        if (names.has(dependency) && rule !== undefined && rule.allowed !== "*") {
          if (!rule.allowed.includes(dependency)) {
            problems.push(
              `${at}: ${name} must not import ${dependency} (allowed: ${rule.allowed.join(", ") || "none"}; see ARCHITECTURE.md)`,
            );
          }
        }
        if (!typeOnly && rule?.forbiddenRuntime?.includes(dependency)) {
          problems.push(
            `${at}: ${name} must not import ${dependency} at runtime; use "import type"`,
          );
        }
      }
    }
    for (const cycle of findCycles(fileGraph)) {
      problems.push(
        `${name}: import cycle ${cycle.map((file) => posix(relative(root, file))).join(" -> ")}`,
      );
    }
  }

  for (const cycle of findCycles(packageGraph)) {
    problems.push(`workspace dependency cycle ${cycle.join(" -> ")}`);
  }
  return { problems, stats };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
  const { problems, stats } = checkArchitecture(root);
  const summary = `${stats.workspaces} workspaces, ${stats.files} source files, ${stats.imports} imports`;
  if (problems.length > 0) {
    console.error(`check-architecture: ${problems.length} problem(s) in ${summary}:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`check-architecture: OK (${summary}; direction of ARCHITECTURE.md holds, no cycles)`);
}
