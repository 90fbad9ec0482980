import type { CitationLocale } from "@observatoire/impact-citations";

/** Which notice item is missing, for the agreement of « non publié(e)(s) ». */
export type NoticeGender = "m" | "f" | "fp";

/** @internal The fixed wording of the fact sheet, per locale. */
export interface Terms {
  readonly programme: (name: string) => string;
  /** The programme named inside a parenthesis: "programme PHARE". */
  readonly programmeShort: (name: string) => string;
  readonly headline: string;
  readonly chartTitle: string;
  readonly chartAxis: string;
  readonly chartNoInterval: string;
  readonly steps: string;
  readonly colloqueWithProceedings: (title: string, place: string, published: string) => string;
  readonly aim: string;
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
  readonly foundingYear: (actor: string) => string;
  readonly notes: string;
  readonly backToCall: (n: number) => string;
  readonly colon: string;
  /** "en 2008", "le 30 septembre 2015" from a formatted date and its precision. */
  readonly at: (formatted: string, precision: "year" | "month" | "day") => string;
  readonly inTerritory: (territory: string) => string;
  readonly respondents: (
    count: string,
    qualifier: "exact" | "more-than" | "approximately",
  ) => string;
  readonly computedMargin: (margin: string) => string;
  readonly and: string;
  readonly notices: string;
  readonly noticesIntro: string;
  readonly notice: {
    readonly institute: string;
    readonly sponsor: string;
    readonly population: string;
    readonly sample: string;
    readonly method: string;
    readonly fieldwork: string;
    readonly waves: string;
    readonly published: string;
    readonly margins: string;
    readonly marginsStatement: string;
    readonly marginsComputed: string;
    readonly marginsNone: string;
    readonly notPublished: (gender: NoticeGender) => string;
    readonly modes: Readonly<Record<string, string>>;
  };
  readonly ourTranslation: string;
}

const FR: Terms = {
  programme: (name) => `Le programme ${name}`,
  programmeShort: (name) => `programme ${name}`,
  headline: "Chiffres clés",
  chartTitle: "Les chiffres clés, avec leur intervalle de confiance à 95 % quand il est calculable",
  chartAxis: "Part des répondants",
  chartNoInterval: "sans intervalle : taille d’échantillon non publiée",
  steps: "Documents fondateurs",
  colloqueWithProceedings: (title, place, published) =>
    `${title}, à la ${place} ; actes publiés en ${published}`,
  aim: "L’objectif du programme",
  timeline: "Calendrier des programmes",
  milestones: "Jalons",
  sourcesDisagree: "les sources divergent",
  or: "ou",
  versus: "contre",
  axes: "Les trois axes d’impact",
  phases: "Les phases du programme",
  partners: "Partenaires",
  partnersIntro: "Le programme est mené en partenariat avec les organisations suivantes :",
  figures: "Les chiffres par population",
  conflicts: "Sources en désaccord",
  noConflict: "Aucun désaccord entre les sources.",
  foundingYear: (actor) => `${actor}, année de création`,
  notes: "Notes",
  backToCall: (n) => `Retour à l’appel de note ${n}`,
  colon: " : ",
  at: (formatted, precision) => (precision === "day" ? `le ${formatted}` : `en ${formatted}`),
  inTerritory: (territory) => `en ${territory}`,
  respondents: (count, qualifier) =>
    qualifier === "exact"
      ? `${count} répondants`
      : qualifier === "more-than"
        ? `plus de ${count} répondants`
        : `environ ${count} répondants`,
  computedMargin: (margin) =>
    `marge d’erreur à 95 % de ${margin}, calculée sous l’hypothèse d’un tirage aléatoire simple`,
  and: "et",
  notices: "Fiches techniques des études",
  noticesIntro:
    "Ces fiches reprennent, à titre de bonne pratique, les mentions que la loi n° 77-808 du 19 juillet 1977 impose à la publication des sondages électoraux ; ces études ne sont pas des sondages électoraux et la loi ne s’y applique pas. « Non publié » signale une mention qu’aucune source ne donne.",
  notice: {
    institute: "Institut",
    sponsor: "Commanditaire",
    population: "Population interrogée",
    sample: "Taille de l’échantillon",
    method: "Méthode (échantillonnage, mode de recueil)",
    fieldwork: "Dates du terrain",
    waves: "Vagues",
    published: "Publication",
    margins: "Marges d’erreur",
    marginsStatement: "Tout sondage est affecté de marges d’erreur.",
    marginsComputed:
      "Aucune marge n’est publiée ; celles de cette fiche sont calculées sous l’hypothèse d’un tirage aléatoire simple.",
    marginsNone:
      "Aucune marge n’est publiée, et sans taille d’échantillon exacte aucune n’est calculée.",
    notPublished: (gender) =>
      gender === "m" ? "non publié" : gender === "f" ? "non publiée" : "non publiées",
    modes: {
      phone: "par téléphone",
      online: "en ligne",
      "face-to-face": "en face à face",
      mixed: "mixte",
      postal: "par courrier",
    },
  },
  ourTranslation: "notre traduction",
};

const EN: Terms = {
  programme: (name) => `The ${name} programme`,
  programmeShort: (name) => `${name} programme`,
  headline: "Key figures",
  chartTitle: "Key figures, with their 95% confidence interval where it can be computed",
  chartAxis: "Share of respondents",
  chartNoInterval: "no interval: sample size not published",
  steps: "Founding documents",
  colloqueWithProceedings: (title, place, published) =>
    `${title}, at the ${place}; proceedings published in ${published}`,
  aim: "The programme's aim",
  timeline: "Programme timeline",
  milestones: "Milestones",
  sourcesDisagree: "the sources disagree",
  or: "or",
  versus: "versus",
  axes: "The three impact axes",
  phases: "The programme's phases",
  partners: "Partners",
  partnersIntro: "The programme is run in partnership with the following organisations:",
  figures: "Figures by population",
  conflicts: "Where sources disagree",
  noConflict: "The sources do not disagree.",
  foundingYear: (actor) => `${actor}, year founded`,
  notes: "Notes",
  backToCall: (n) => `Back to note call ${n}`,
  colon: ": ",
  at: (formatted, precision) => (precision === "day" ? `on ${formatted}` : `in ${formatted}`),
  inTerritory: (territory) => `in ${territory}`,
  respondents: (count, qualifier) =>
    qualifier === "exact"
      ? `${count} respondents`
      : qualifier === "more-than"
        ? `more than ${count} respondents`
        : `about ${count} respondents`,
  computedMargin: (margin) =>
    `95% margin of error of ${margin}, computed assuming simple random sampling`,
  and: "and",
  notices: "Methodology notices of the studies",
  noticesIntro:
    'These notices follow, as good practice, the items that the French law no. 77-808 of 19 July 1977 requires when an electoral poll is published; these studies are not electoral polls and the law does not apply to them. "Not published" marks an item that no source gives.',
  notice: {
    institute: "Institute",
    sponsor: "Sponsor",
    population: "Population surveyed",
    sample: "Sample size",
    method: "Method (sampling, interview mode)",
    fieldwork: "Fieldwork dates",
    waves: "Waves",
    published: "Published",
    margins: "Margins of error",
    marginsStatement: "Every poll is subject to margins of error.",
    marginsComputed:
      "No margin is published; those of this notice are computed assuming simple random sampling.",
    marginsNone: "No margin is published, and without an exact sample size none is computed.",
    notPublished: () => "not published",
    modes: {
      phone: "by telephone",
      online: "online",
      "face-to-face": "face to face",
      mixed: "mixed",
      postal: "by post",
    },
  },
  ourTranslation: "our translation",
};

/** @internal The terms of a locale. */
export function termsFor(locale: CitationLocale): Terms {
  return locale === "fr" ? FR : EN;
}
