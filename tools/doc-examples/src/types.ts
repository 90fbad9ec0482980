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
