// Type-checks examples as the packages' users would compile them: each block is a module of
// its own in a TypeScript program with the repository's compiler options, importing the
// packages by their published names (resolved to their sources through the
// `@observatoire/source` condition). Running an example only proves it works; this also
// proves it compiles, which is what a reader copying it into a project needs.
import { join } from "node:path";
import ts from "typescript";
import type { DocExample } from "./types";

/**
 * The type errors of examples, one line each (`file:line: TS2339 message`), empty when
 * every example compiles.
 *
 * @param examples - the blocks to check, e.g. from {@link extractCodeBlocks}
 * @param root - the repository root: its `tsconfig.base.json` gives the compiler options
 *   and its `node_modules` resolves the imports
 */
export function typeCheckExamples(examples: readonly DocExample[], root: string): string[] {
  const configFile = join(root, "tsconfig.base.json");
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error !== undefined) {
    return [ts.flattenDiagnosticMessageText(read.error.messageText, "\n")];
  }
  const parsed = ts.parseJsonConfigFileContent(
    { ...read.config, compilerOptions: { ...read.config.compilerOptions, types: ["node"] } },
    ts.sys,
    root,
  );
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };
  // Virtual files inside the repository, so that imports resolve from its node_modules.
  const virtual = new Map<string, DocExample>();
  examples.forEach((example, index) => {
    virtual.set(join(root, "__doc_examples__", `example-${index}.ts`), example);
  });
  // `export {}` makes every block a module: blocks without imports would otherwise share
  // one global scope, and their declarations would collide.
  const text = (example: DocExample): string => `${example.code}\nexport {};\n`;
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => {
    const example = virtual.get(file);
    return example === undefined ? readFile.call(host, file) : text(example);
  };
  host.getSourceFile = (file, language, onError, shouldCreate) => {
    const example = virtual.get(file);
    return example === undefined
      ? getSourceFile.call(host, file, language, onError, shouldCreate)
      : ts.createSourceFile(file, text(example), language, true, ts.ScriptKind.TS);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const problems: string[] = [];
  for (const [file, example] of virtual) {
    const source = program.getSourceFile(file);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    for (const diagnostic of diagnostics) {
      const line =
        diagnostic.file !== undefined && diagnostic.start !== undefined
          ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
          : 0;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
      problems.push(`${example.file}:${example.codeLine + line}: TS${diagnostic.code} ${message}`);
    }
  }
  return problems;
}
