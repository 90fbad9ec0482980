#!/usr/bin/env node
// The rules of ARCHITECTURE.md that dependency-cruiser cannot express, because they are
// about the package.json manifests, not about import statements: what each published
// package may declare as a dependency (core none of the others; indicators, citations and
// data only core; the CLI anything), no published package depending on a private
// workspace, indicators not depending on zod, no dependency cycle between workspaces,
// and every workspace a published file imports by name declared in its manifest
// (dependency-cruiser resolves those imports to the workspace's folder and does not tell
// an undeclared one). The import rules themselves (direction, runtime zod in indicators,
// file cycles, undeclared npm packages, relative imports out of a package) are
// dependency-cruiser's: .dependency-cruiser.cjs, run by `npm run check:imports`.
// Usage: node scripts/check-architecture.mjs [root]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { exitOnProblems, rootWhenRun } from "./run-check.mjs";

const CORE = "@observatoire/impact-core";

/**
 * What each published workspace may depend on at runtime (dependencies, peer and optional
 * dependencies, imports of non-test files). Private workspaces (examples, bench) may depend
 * on anything. A new published package needs a line here.
 * (That indicators and citations load core only through its zod-free kernel entry is an
 * import rule: `leaf-packages-load-core-through-its-kernel` in .dependency-cruiser.cjs.)
 */
export const RULES = {
  [CORE]: { allowed: [] },
  "@observatoire/impact-indicators": { allowed: [CORE], forbiddenRuntime: ["zod"] },
  "@observatoire/impact-citations": { allowed: [CORE] },
  "@observatoire/impact-data": { allowed: [CORE] },
  "@observatoire/impact-cli": { allowed: "*" },
  "@observatoire/remark-citations": { allowed: [CORE, "@observatoire/impact-citations"] },
};

const RUNTIME_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"];

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

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

const PUBLISHED_SOURCE = /\.(?:[cm]?ts|[cm]?js)$/;
const TEST_PATH =
  /(?:\.(?:test|test-d|spec)\.[cm]?[jt]s$)|(?:^|\/)(?:__fixtures__|__tests__)\/|(?:^|\/)test-helpers\.ts$/;
const WORKSPACE_IMPORT =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["'](@observatoire\/[\w.-]+)(?:\/[^"']*)?["']/g;

/**
 * The workspaces a published package's shipped files (src and bin, tests excepted) import
 * by name: `{ file, dependency }`. A plain scan of the import strings: the imports are
 * parsed, resolved and checked by dependency-cruiser; this only reads their package names.
 */
export function workspaceImports(root, name) {
  const workspace = listWorkspaces(root).find((candidate) => candidate.name === name);
  if (workspace === undefined) return [];
  const out = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (PUBLISHED_SOURCE.test(entry.name) && !TEST_PATH.test(path)) {
        const file = path
          .slice(root.length + 1)
          .split("\\")
          .join("/");
        for (const match of readFileSync(path, "utf8").matchAll(WORKSPACE_IMPORT)) {
          out.push({ file, dependency: match[1] });
        }
      }
    }
  };
  walk(join(workspace.dir, "src"));
  walk(join(workspace.dir, "bin"));
  return out;
}

/**
 * Checks the workspaces under `root`.
 *
 * @returns `{ problems, stats }`: one sentence per problem (empty when all holds)
 */
export function checkArchitecture(root) {
  const problems = [];
  const workspaces = listWorkspaces(root);
  const names = new Set(workspaces.map((workspace) => workspace.name));
  const packageGraph = new Map();
  const stats = { workspaces: workspaces.length, imports: 0 };

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

  for (const { name, manifest } of workspaces) {
    if (manifest.private === true) continue;
    const declared = new Set(RUNTIME_FIELDS.flatMap((field) => Object.keys(manifest[field] ?? {})));
    for (const { file, dependency } of workspaceImports(root, name)) {
      stats.imports += 1;
      if (dependency !== name && names.has(dependency)) addEdge(packageGraph, name, dependency);
      if (dependency !== name && !declared.has(dependency)) {
        problems.push(
          `${file}: imports ${dependency}, which is not in the dependencies or peerDependencies of ${name}`,
        );
      }
    }
  }

  for (const cycle of findCycles(packageGraph)) {
    problems.push(`workspace dependency cycle ${cycle.join(" -> ")}`);
  }
  return { problems, stats };
}

const mainRoot = rootWhenRun(import.meta.url, process.argv[2]);
if (mainRoot !== undefined) {
  const { problems, stats } = checkArchitecture(mainRoot);
  const summary = `${stats.workspaces} workspaces, ${stats.imports} imports of workspaces by name`;
  exitOnProblems("check-architecture", problems, ` in ${summary}`);
  console.log(`check-architecture: OK (${summary}; the manifests follow ARCHITECTURE.md)`);
}
