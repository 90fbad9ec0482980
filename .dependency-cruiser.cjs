// The import rules of ARCHITECTURE.md, checked by dependency-cruiser on every file of the
// published packages (`npm run check:imports`, part of `npm test`). The rules on the
// package.json manifests, which dependency-cruiser does not read, are in
// scripts/check-architecture.mjs.
const TESTS =
  "(?:\\.(?:test|test-d|spec)\\.[cm]?[jt]sx?$)|(?:/__(?:fixtures|tests)__/)|(?:/test-helpers\\.ts$)|(?:^packages/[^/]+/test/)";

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-imports-no-other-package",
      comment: "impact-core imports none of the other packages (ARCHITECTURE.md).",
      severity: "error",
      from: { path: "^packages/impact-core/" },
      to: { path: "^packages/(?!impact-core/)" },
    },
    {
      name: "leaf-packages-import-only-core",
      comment:
        "impact-indicators, impact-citations and impact-data import only impact-core (their tests may use dev dependencies: impact-data's use impact-citations).",
      severity: "error",
      from: {
        path: "^packages/(impact-indicators|impact-citations|impact-data)/src/",
        pathNot: TESTS,
      },
      to: { path: "^packages/", pathNot: "^packages/($1|impact-core)/" },
    },
    {
      name: "remark-citations-imports-citations-and-core",
      comment:
        "remark-citations imports only impact-citations and impact-core, and no package imports it (ARCHITECTURE.md).",
      severity: "error",
      from: { path: "^packages/remark-citations/src/", pathNot: TESTS },
      to: {
        path: "^packages/",
        pathNot: "^packages/(remark-citations|impact-citations|impact-core)/",
      },
    },
    {
      name: "no-package-imports-remark-citations",
      comment: "remark-citations sits beside the CLI: no published package imports it.",
      severity: "error",
      from: { path: "^packages/(?!remark-citations/)[^/]+/(?:src|bin)/", pathNot: TESTS },
      to: { path: "^packages/remark-citations/" },
    },
    {
      name: "indicators-no-runtime-zod",
      comment: "impact-indicators never loads zod at runtime: use `import type`.",
      severity: "error",
      from: { path: "^packages/impact-indicators/src/", pathNot: TESTS },
      to: { path: "node_modules/zod/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-runtime-cycle",
      comment: "No import cycle between files (type-only imports vanish at runtime).",
      severity: "error",
      from: { path: "^packages/" },
      to: {
        circular: true,
        dependencyTypesNot: ["type-only"],
        viaOnly: { dependencyTypesNot: ["type-only"] },
      },
    },
    {
      name: "shipped-code-stays-in-its-package",
      comment: "A published file imports another package by its name, never by a relative path.",
      severity: "error",
      from: { path: "^packages/([^/]+)/(?:src|bin)/", pathNot: TESTS },
      to: {
        path: "^(?!packages/$1/)",
        dependencyTypes: ["local"],
        dependencyTypesNot: ["aliased-workspace"],
      },
    },
    {
      name: "declared-dependencies",
      comment:
        "Every package a file imports is declared in its package.json (or the root's, for tests).",
      severity: "error",
      from: { path: "^packages/" },
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "shipped-code-uses-runtime-dependencies",
      comment:
        "A published file imports only dependencies or peerDependencies, not dev dependencies.",
      severity: "error",
      from: { path: "^packages/[^/]+/(?:src|bin)/", pathNot: TESTS },
      // A peer dependency may also be a dev dependency (zod in impact-core): that is fine.
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["npm", "npm-peer", "npm-optional"] },
    },
    {
      name: "resolvable",
      comment: "Every import resolves.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(?:packages|examples|tools)/[^/]+/dist/" },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["@observatoire/source", "import", "require", "node", "default"],
      extensions: [".ts", ".js", ".json", ".d.ts"],
      mainFields: ["module", "main", "types"],
    },
  },
};
