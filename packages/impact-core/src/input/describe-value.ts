import { truncateForMessage } from "../text/safe-text";

/**
 * Writes a value the way every error message of the SDK quotes it: a string as JSON
 * (cut to `MESSAGE_VALUE_LIMIT` characters), a number, boolean or bigint as written, and
 * a container by its kind and length, never its contents (a column of a million
 * weights is not dumped into a message).
 *
 * @param value - the offending value
 * @returns a short phrase to follow "got"
 * @example
 * import { describeValue } from "@observatoire/impact-core";
 * [describeValue("fr-FR"), describeValue(95), describeValue([1, 2]), describeValue(new Float64Array(3)), describeValue(null)];
 * //=> ["\"fr-FR\"", "95", "an array of length 2", "a Float64Array of length 3", "null"]
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(truncateForMessage(value));
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "undefined":
      return "undefined";
    case "object":
      if (value === null) return "null";
      if (Array.isArray(value)) return `an array of length ${value.length}`;
      if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        return `a ${value.constructor.name} of length ${(value as unknown as ArrayLike<unknown>).length}`;
      }
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}
