import type { Locale } from "@observatoire/impact-core/kernel";

/** @internal The fixed wording of the fact sheet, per locale. */
export interface Terms {
  readonly programme: (name: string) => string;
  readonly headline: string;
  readonly steps: string;
  readonly timeline: string;
  readonly milestones: string;
  readonly sourcesDisagree: string;
  readonly or: string;
  readonly versus: string;
  readonly axes: string;
  readonly phases: string;
  readonly partners: string;
  readonly partnersIntro: string;
  readonly figures: string;
  readonly conflicts: string;
  readonly noConflict: string;
  readonly notes: string;
  readonly margin: (margin: string, sampleSize: string) => string;
  readonly colon: string;
}

const FR: Terms = {
  programme: (name) => `Le programme ${name}`,
  headline: "Chiffres clés",
  steps: "Documents fondateurs",
  timeline: "Calendrier des programmes",
  milestones: "Jalons",
  sourcesDisagree: "les sources divergent",
  or: "ou",
  versus: "contre",
  axes: "Les trois axes d’impact",
  phases: "Les phases du programme",
  partners: "Partenaires",
  partnersIntro: "Le programme est mené en partenariat avec",
  figures: "Les chiffres par population",
  conflicts: "Sources en désaccord",
  noConflict: "Aucun désaccord entre les sources.",
  notes: "Notes",
  margin: (margin, n) => `marge d’erreur à 95\u202f%\u00a0: ${margin}, n\u00a0=\u00a0${n}`,
  colon: "\u00a0: ",
};

const EN: Terms = {
  programme: (name) => `The ${name} programme`,
  headline: "Key figures",
  steps: "Founding documents",
  timeline: "Programme timeline",
  milestones: "Milestones",
  sourcesDisagree: "the sources disagree",
  or: "or",
  versus: "versus",
  axes: "The three impact axes",
  phases: "The programme's phases",
  partners: "Partners",
  partnersIntro: "The programme is run in partnership with",
  figures: "Figures by population",
  conflicts: "Where sources disagree",
  noConflict: "The sources do not disagree.",
  notes: "Notes",
  margin: (margin, n) => `95% margin of error: ${margin}, n = ${n}`,
  colon: ": ",
};

/** @internal The terms of a locale. */
export function termsFor(locale: Locale): Terms {
  return locale === "fr" ? FR : EN;
}
