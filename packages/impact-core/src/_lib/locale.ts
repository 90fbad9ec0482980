import type { IssuePath } from "../errors/impact-error";
import { ImpactError } from "../errors/impact-error";

/** The locales the SDK writes in: French (`"fr"`) and English (`"en"`). */
export type ImpactLocale = "fr" | "en";

const LOCALES: readonly string[] = ["fr", "en"];

/**
 * Checks a locale argument; anything but `"fr"` or `"en"` is an `INVALID_INPUT` error
 * naming the value, rather than a silent fallback to one of them.
 *
 * @internal
 */
export function readLocale(locale: unknown, path: IssuePath = ["locale"]): ImpactLocale {
  if (typeof locale === "string" && LOCALES.includes(locale)) return locale as ImpactLocale;
  throw new ImpactError(
    "INVALID_INPUT",
    `locale must be "fr" or "en", got ${typeof locale === "string" ? JSON.stringify(locale) : String(locale)}`,
    { path },
  );
}
