import {
  type CatalogIndex,
  type Figure,
  formatPartialDate,
  localizeWithOrigin,
  parsePartialDate,
  type Study,
} from "@observatoire/impact-core";
import { formatPercent, formatPoints, marginOfError } from "@observatoire/impact-indicators";
import type { Terms } from "./terms";

/**
 * A piece of a line of the sheet: plain text (escaped and set by the renderer) or a note
 * call to a source.
 *
 * @internal
 */
export type Segment = string | { readonly cite: string };

/** What the "format" step needs: the catalog's lookups, the locale and its wording. */
export interface FormatContext {
  readonly index: CatalogIndex;
  readonly locale: "fr" | "en";
  readonly t: Terms;
}

/** @internal Decimals needed to write `x` exactly, up to 3 (0.085 as 8,5 %, not 9 %). */
export function decimals(x: number): number {
  for (let d = 0; d < 3; d++) {
    const scaled = x * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return d;
  }
  return 3;
}

/** @internal A number in the locale (thousands and decimal signs). */
export function formatNumber(value: number, locale: "fr" | "en"): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    maximumFractionDigits: 3,
  }).format(value);
}

/** @internal The figure's value: `74 %`, `6,6/10`, `148 000`, `+8,5 pts`. */
export function formatValue(f: Figure, locale: "fr" | "en"): string {
  switch (f.unit) {
    case "proportion":
      return formatPercent(f.value, { locale, digits: decimals(f.value * 100) });
    case "score":
      return `${formatNumber(f.value, locale)}/${formatNumber(f.scale.max, locale)}`;
    case "count":
      return formatNumber(f.value, locale);
    case "points":
      return formatPoints(f.value, { locale, digits: decimals(f.value) });
  }
}

/** @internal "en 2008", "en octobre 2019", "le 30 septembre 2015" (or their English). */
export function formatAt(date: string, ctx: FormatContext): string {
  const parts = parsePartialDate(date);
  return ctx.t.at(formatPartialDate(date, ctx.locale), parts?.precision ?? "year");
}

/** @internal The figure's statement in the locale, capitalised, with its territory. */
export function formatStatement(f: Figure, ctx: FormatContext): string {
  const { text, translated } = localizeWithOrigin(f.statement, ctx.locale);
  const territory =
    f.territory === undefined
      ? ""
      : `, ${ctx.t.inTerritory(ctx.index.get("territories", f.territory).name)}`;
  const mark = translated ? ` (${ctx.t.ourTranslation})` : "";
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${territory}${mark}`;
}

/** @internal The published sample of a figure: its own, else its study's. */
export function sampleOf(
  f: Figure,
  ctx: FormatContext,
): { size: number; qualifier: "exact" | "more-than" | "approximately" } | undefined {
  if (f.sampleSize !== undefined) return { size: f.sampleSize, qualifier: "exact" };
  if (f.study === undefined) return undefined;
  return ctx.index.get("studies", f.study).sample;
}

/** @internal "Comisis et OpinionWay". */
export function institutesOf(study: Study, ctx: FormatContext): string | undefined {
  const names = study.institutes.map((id) => {
    const actor = ctx.index.get("actors", id);
    return actor.kind === "organisation" ? actor.name : `${actor.given} ${actor.family}`;
  });
  if (names.length === 0) return undefined;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")} ${ctx.t.and} ${names.at(-1)}`;
}

/**
 * What makes a figure a fact, in parentheses: its study and institute (or its programme),
 * the sample the source gives, and a margin of error with its basis where it can be
 * computed (a proportion with an exact sample size).
 *
 * @internal
 */
export function formatContext(f: Figure, ctx: FormatContext): string {
  const parts: string[] = [];
  if (f.study !== undefined) {
    const study = ctx.index.get("studies", f.study);
    parts.push(study.name);
    const institutes = institutesOf(study, ctx);
    if (institutes !== undefined) parts.push(institutes);
  } else if (f.programme !== undefined) {
    parts.push(ctx.t.programmeShort(ctx.index.get("programmes", f.programme).name));
  }
  const sample = sampleOf(f, ctx);
  if (sample !== undefined) {
    parts.push(ctx.t.respondents(formatNumber(sample.size, ctx.locale), sample.qualifier));
  }
  let text = parts.join(", ");
  const margin = marginText(f, ctx);
  if (margin !== undefined) text += `${ctx.locale === "fr" ? " ; " : "; "}${margin}`;
  return text === "" ? "" : ` (${text})`;
}

/** @internal The computed margin of a proportion with an exact sample, with its basis. */
export function marginText(f: Figure, ctx: FormatContext): string | undefined {
  const sample = sampleOf(f, ctx);
  if (f.unit !== "proportion" || sample?.qualifier !== "exact") return undefined;
  const margin = formatPoints(marginOfError(f.value, sample.size, { level: 0.95 }) * 100, {
    locale: ctx.locale,
    digits: 1,
    style: "margin",
  });
  return ctx.t.computedMargin(margin);
}

/**
 * A series as one line: the statement, then each value with its date, its context and
 * its note call; values of one date from two sources (a conflict) are shown together
 * with both calls and flagged.
 *
 * @internal
 */
export function formatSeries(figures: readonly Figure[], ctx: FormatContext): Segment[] {
  const first = figures[0];
  if (first === undefined) return [];
  const segments: Segment[] = [`${formatStatement(first, ctx)}${ctx.t.colon}`];
  const byDate = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = f.date ?? "";
    byDate.set(key, [...(byDate.get(key) ?? []), f]);
  }
  // One context for the whole series when every value shares it (one study, one source).
  const contexts = new Set(figures.map((f) => `${formatContext(f, ctx)}|${f.source}`));
  const shared = contexts.size === 1 && figures.every((f) => !conflicting(f, figures));
  [...byDate].forEach(([date, group], i) => {
    if (i > 0) segments.push(", ");
    const at = date === "" ? "" : ` ${formatAt(date, ctx)}`;
    const distinct = new Set(group.map((f) => `${f.unit}:${f.value}`));
    if (distinct.size > 1) {
      group.forEach((f, k) => {
        if (k > 0) segments.push(` ${ctx.t.or} `);
        segments.push(formatValue(f, ctx.locale), { cite: f.source });
      });
      segments.push(`${at} (${ctx.t.sourcesDisagree})`);
      return;
    }
    const f = group[0] as Figure;
    if (shared) {
      segments.push(`${formatValue(f, ctx.locale)}${at}`);
      return;
    }
    segments.push(`${formatValue(f, ctx.locale)}${at}${formatContext(f, ctx)}`);
    for (const source of new Set(group.map((g) => g.source))) segments.push({ cite: source });
  });
  if (shared) segments.push(formatContext(first, ctx), { cite: first.source });
  return segments;
}

/** Whether another figure of the series has the same date and another value. */
function conflicting(f: Figure, figures: readonly Figure[]): boolean {
  return figures.some(
    (g) => g !== f && g.date === f.date && (g.unit !== f.unit || g.value !== f.value),
  );
}
