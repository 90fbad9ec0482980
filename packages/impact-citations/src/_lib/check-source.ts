import {
  cslDateShapeMessage,
  ImpactError,
  type IssuePath,
  MISSING_SOURCE_ID_MESSAGE,
} from "@observatoire/impact-core/kernel";

/** A CSL name as the renderers read it. @internal */
export interface NameFields {
  readonly family?: string | undefined;
  readonly given?: string | undefined;
  readonly "dropping-particle"?: string | undefined;
  readonly "non-dropping-particle"?: string | undefined;
  readonly suffix?: string | undefined;
  readonly literal?: string | undefined;
}

/** A CSL date as the renderers read it. @internal */
export interface DateFields {
  readonly "date-parts"?: readonly (readonly (number | string)[])[] | undefined;
  readonly literal?: string | undefined;
  readonly raw?: string | undefined;
}

/** The fields of a source the styles print. @internal */
export interface SourceFields {
  readonly id: string;
  readonly type: string;
  readonly title?: string | undefined;
  readonly "title-short"?: string | undefined;
  readonly author?: readonly NameFields[] | undefined;
  readonly editor?: readonly NameFields[] | undefined;
  readonly publisher?: string | undefined;
  readonly "publisher-place"?: string | undefined;
  readonly issued?: DateFields | undefined;
  readonly accessed?: DateFields | undefined;
  readonly genre?: string | undefined;
  readonly "collection-title"?: string | undefined;
  readonly "container-title"?: string | undefined;
  readonly number?: string | number | undefined;
  readonly volume?: string | number | undefined;
  readonly issue?: string | number | undefined;
  readonly edition?: string | number | undefined;
  readonly page?: string | number | undefined;
  readonly URL?: string | undefined;
  readonly DOI?: string | undefined;
  readonly "collection-number"?: string | number | undefined;
  readonly version?: string | number | undefined;
  readonly language?: string | undefined;
}

const STRING_FIELDS = [
  "title",
  "title-short",
  "publisher",
  "publisher-place",
  "genre",
  "collection-title",
  "container-title",
  "URL",
  "DOI",
  "language",
] as const;
const NUMBER_FIELDS = [
  "number",
  "volume",
  "issue",
  "edition",
  "page",
  "collection-number",
  "version",
] as const;
const NAME_KEYS = [
  "family",
  "given",
  "dropping-particle",
  "non-dropping-particle",
  "suffix",
  "literal",
] as const;

const describe = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;

function fail(path: IssuePath, message: string): never {
  throw new ImpactError("INVALID_INPUT", message, { path });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function checkText(record: Record<string, unknown>, key: string, path: IssuePath): void {
  const value = record[key];
  if (value !== undefined && typeof value !== "string") {
    fail([...path, key], `${key} must be a string, got ${describe(value)}`);
  }
}

function checkDate(value: unknown, path: IssuePath): void {
  if (value === undefined) return;
  if (!isRecord(value)) {
    fail(
      path,
      cslDateShapeMessage(value) ?? `a CSL date must be an object, got ${describe(value)}`,
    );
  }
  checkText(value, "literal", path);
  checkText(value, "raw", path);
  const parts = value["date-parts"];
  if (parts === undefined) {
    if (value.literal === undefined && value.raw === undefined) {
      fail(path, "a CSL date needs date-parts, a literal or a raw value");
    }
    return;
  }
  if (!Array.isArray(parts) || parts.length < 1 || parts.length > 2) {
    fail([...path, "date-parts"], "date-parts must hold one entry (a date) or two (a range)");
  }
  parts.forEach((entry: unknown, index: number) => {
    const at = (): IssuePath => [...path, "date-parts", index];
    if (!Array.isArray(entry) || entry.length < 1 || entry.length > 3) {
      fail(at(), "a date-parts entry must be [year, month?, day?]");
    }
    entry.forEach((part: unknown, position: number) => {
      const number = typeof part === "string" && /^-?\d+$/.test(part) ? Number(part) : part;
      if (typeof number !== "number" || !Number.isInteger(number)) {
        fail([...at(), position], `a date part must be an integer, got ${JSON.stringify(part)}`);
      }
      if (position === 1 && (number < 1 || number > 12)) {
        fail([...at(), position], `month must be 1 to 12, got ${number}`);
      }
      if (position === 2 && (number < 1 || number > 31)) {
        fail([...at(), position], `day must be 1 to 31, got ${number}`);
      }
    });
  });
}

function checkNames(value: unknown, path: IssuePath): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) fail(path, `names must be an array, got ${describe(value)}`);
  value.forEach((name: unknown, index: number) => {
    if (!isRecord(name)) fail([...path, index], `a name must be an object, got ${describe(name)}`);
    if (typeof name.literal === "string" && name.family === undefined && name.given === undefined) {
      return;
    }
    for (const key of NAME_KEYS) checkText(name, key, [...path, index]);
    if (typeof name.family !== "string" && typeof name.literal !== "string") {
      fail([...path, index], "a name needs a family name or a literal (organisation) name");
    }
  });
}

/**
 * Checks, without a schema library, the fields of a source that the styles print, so a
 * hand-written object fails with a clear path instead of printing `undefined`.
 *
 * @internal
 */
export function checkSource(value: unknown, path: IssuePath): SourceFields {
  if (!isRecord(value)) fail(path, `a source must be an object, got ${describe(value)}`);
  if (typeof value.id !== "string" || value.id === "") {
    fail(
      [...path, "id"],
      value.id === undefined
        ? MISSING_SOURCE_ID_MESSAGE
        : `a source needs a non-empty string id, got ${JSON.stringify(value.id)}`,
    );
  }
  if (typeof value.type !== "string") {
    fail([...path, "type"], `source "${value.id}" needs a CSL type`);
  }
  for (const key of STRING_FIELDS) checkText(value, key, path);
  for (const key of NUMBER_FIELDS) {
    const field = value[key];
    if (field !== undefined && typeof field !== "string" && !Number.isFinite(field)) {
      fail([...path, key], `${key} must be a string or a finite number, got ${String(field)}`);
    }
  }
  if (value.author !== undefined) checkNames(value.author, [...path, "author"]);
  if (value.editor !== undefined) checkNames(value.editor, [...path, "editor"]);
  if (value.issued !== undefined) checkDate(value.issued, [...path, "issued"]);
  if (value.accessed !== undefined) checkDate(value.accessed, [...path, "accessed"]);
  return value as unknown as SourceFields;
}
