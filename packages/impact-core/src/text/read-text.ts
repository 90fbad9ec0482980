import { ImpactError } from "../errors/impact-error";

/**
 * Checks that a text argument of the text rules is a string. Its message names the type
 * only, never the value: the text functions run on data that may be unsafe to print.
 *
 * @internal
 */
export function readText(text: unknown, name: string): asserts text is string {
  if (typeof text !== "string") {
    throw new ImpactError("INVALID_INPUT", `${name} must be a string, got ${typeof text}`, {
      path: [name],
    });
  }
}
