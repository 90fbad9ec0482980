import { formatPartialDate, formatPeriod, localize, type Study } from "@observatoire/impact-core";
import { type FormatContext, formatNumber, institutesOf } from "./format-figure";

/**
 * The methodology notice of a study ("fiche technique"): the items that the French law
 * on polls lists for electoral polls, followed as good practice, each as the sources
 * give it or "non publié". Nothing is guessed: the catalog has no sponsor for any study,
 * so the sponsor always reads "non publié".
 *
 * @internal
 */
export function formatNotice(study: Study, ctx: FormatContext): string[] {
  const { t, locale, index } = ctx;
  const n = t.notice;
  const item = (label: string, value: string) => `${label}${t.colon}${value}`;
  const lines = [
    item(n.institute, institutesOf(study, ctx) ?? n.notPublished("m")),
    item(n.sponsor, n.notPublished("m")),
    item(
      n.population,
      study.populations.map((id) => localize(index.get("populations", id).name, locale)).join(", "),
    ),
    item(
      n.sample,
      study.sample === undefined
        ? n.notPublished("f")
        : t.respondents(formatNumber(study.sample.size, locale), study.sample.qualifier),
    ),
    item(
      n.method,
      study.mode === undefined ? n.notPublished("f") : (n.modes[study.mode] ?? study.mode),
    ),
    item(
      n.fieldwork,
      study.fieldwork === undefined ? n.notPublished("fp") : formatPeriod(study.fieldwork, locale),
    ),
  ];
  if (study.waves.length > 0) {
    lines.push(item(n.waves, study.waves.map((w) => formatPartialDate(w, locale)).join(", ")));
  }
  lines.push(
    item(
      n.published,
      study.published === undefined
        ? n.notPublished("f")
        : formatPartialDate(study.published, locale),
    ),
  );
  const exact = study.sample?.qualifier === "exact";
  lines.push(item(n.margins, `${n.marginsStatement} ${exact ? n.marginsComputed : n.marginsNone}`));
  return lines;
}
