import type { FigureInput } from "@observatoire/impact-core";
import type { CatalogFragilityId } from "./fragilities";
import type { CatalogImpactAxisId } from "./impact-axes";
import type { CatalogPopulationId } from "./populations";
import type { CatalogProgrammeId } from "./programmes";
import type { CatalogSourceId } from "./sources";
import type { CatalogStudyId } from "./studies";
import type { CatalogTerritoryId } from "./territories";

type CatalogFigureInput = FigureInput & {
  readonly population: CatalogPopulationId;
  readonly source: CatalogSourceId;
  readonly study?: CatalogStudyId;
  readonly programme?: CatalogProgrammeId;
  readonly territory?: CatalogTerritoryId;
  readonly axis?: CatalogImpactAxisId;
  readonly fragility?: CatalogFragilityId;
};

/** PHARE-Citoyens gives its priority scores out of 10. */
const OUT_OF_TEN = { min: 0, max: 10 } as const;

/** Why the regional figures cite the PHARE programme page. */
const REGIONAL_NOTE = {
  fr: "Chiffre régional du programme PHARE dont la page n’est pas connue ; il est cité d’après la page du programme PHARE.",
  en: "A regional figure of the PHARE programme whose page is not known; it is cited to the PHARE programme page.",
} as const;

/**
 * Every published figure the catalog's sources give, one entry per value and source: when
 * two sources give two values for one measure (PHARE-Citoyens' sécurité score, the
 * dirigeants' final IMPACT figure) both are kept, and `findConflicts` reports them.
 * Proportions are written in [0, 1]. Each figure carries its `evidence`: the source's own
 * wording where it is known (the seed page is quoted), else what the source states, as it
 * was recorded when the catalog was researched; a contributor checks a figure against it
 * without leaving the repository. A figure's `date` is the survey wave or study date the
 * source gives; where it gives none, the date the results were published (PHARE-Citoyens
 * on 30 September 2015, the PHARE report of February 2018, IMPACT's final results of 26
 * January 2023), so that two waves of one measure are never taken for two readings of one
 * figure (`findConflicts` takes two undated figures of one measure, population and
 * territory for one figure). A figure whose publication date is unknown too (Centre-Val
 * de Loire, IMPACT - Associations & Territoires) has no date. A figure that measures one
 * of PHARE's fragilities names it in `fragility`.
 *
 * Left out: PHARE's regional figures for "PACA et Corse" (niveau de vie 48 %, environnement
 * 45 %) and Rhône-Alpes (sécurité 36 %, environnement 29 %): the sources do not say which
 * population they describe, and a figure needs one.
 *
 * @internal
 */
export const figures = [
  // ARPEA-Citoyens, 2008 wave.
  {
    id: "arpea-citoyens-urgence-partenariats-2008",
    measure: "urgent-to-create-partnerships",
    statement: {
      fr: "pensaient qu’il était urgent de créer des partenariats",
      en: "thought it was urgent to create partnerships",
      original: "fr",
    },
    unit: "proportion",
    value: 0.86,
    population: "citoyens",
    study: "arpea-citoyens",
    programme: "arpea",
    date: "2008",
    source: "etude-arpea-citoyens",
    evidence:
      "ARPEA-Citoyens (Comisis), vagues 2008 et 2012 : 86 % (2008) et 84 % (2012) « pensaient qu'il était urgent de créer des partenariats ».",
  },
  // ARPEA-Citoyens, 2012 wave.
  {
    id: "arpea-citoyens-urgence-partenariats-2012",
    measure: "urgent-to-create-partnerships",
    statement: {
      fr: "pensaient qu’il était urgent de créer des partenariats",
      en: "thought it was urgent to create partnerships",
      original: "fr",
    },
    unit: "proportion",
    value: 0.84,
    population: "citoyens",
    study: "arpea-citoyens",
    programme: "arpea",
    date: "2012",
    source: "etude-arpea-citoyens",
    evidence:
      "ARPEA-Citoyens (Comisis), vagues 2008 et 2012 : 86 % (2008) et 84 % (2012) « pensaient qu'il était urgent de créer des partenariats ».",
  },
  // ARPEA Entreprises & Territoires.
  {
    id: "arpea-entreprises-territoires-ont-des-partenariats",
    measure: "companies-having-partnerships",
    statement: { fr: "ont des partenariats", en: "have partnerships" },
    unit: "proportion",
    value: 0.21,
    population: "dirigeants-entreprise",
    study: "arpea-entreprises-territoires",
    programme: "arpea",
    date: "2011-01",
    source: "etude-arpea-entreprises-territoires-2011",
    evidence:
      "ARPEA Entreprises & Territoires, January 2011: 21 % [of companies] have partnerships; 33 % wish to; 46 % do not.",
  },
  {
    id: "arpea-entreprises-territoires-souhaitent-des-partenariats",
    measure: "companies-wishing-partnerships",
    statement: { fr: "souhaitent avoir des partenariats", en: "wish to have partnerships" },
    unit: "proportion",
    value: 0.33,
    population: "dirigeants-entreprise",
    study: "arpea-entreprises-territoires",
    programme: "arpea",
    date: "2011-01",
    source: "etude-arpea-entreprises-territoires-2011",
    evidence:
      "ARPEA Entreprises & Territoires, January 2011: 21 % [of companies] have partnerships; 33 % wish to; 46 % do not.",
  },
  {
    id: "arpea-entreprises-territoires-ne-souhaitent-pas-de-partenariats",
    measure: "companies-not-wishing-partnerships",
    statement: {
      fr: "ne souhaitent pas avoir de partenariats",
      en: "do not wish to have partnerships",
    },
    unit: "proportion",
    value: 0.46,
    population: "dirigeants-entreprise",
    study: "arpea-entreprises-territoires",
    programme: "arpea",
    date: "2011-01",
    source: "etude-arpea-entreprises-territoires-2011",
    evidence:
      "ARPEA Entreprises & Territoires, January 2011: 21 % [of companies] have partnerships; 33 % wish to; 46 % do not [wish to].",
  },
  // PHARE-Citoyens priority scores /10.
  {
    id: "phare-citoyens-priorite-emploi",
    measure: "priority-score-emploi",
    fragility: "emploi",
    statement: {
      fr: "note de priorité sur 10 donnée à l’emploi",
      en: "priority score out of 10 given to jobs",
    },
    unit: "score",
    value: 7.1,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
    evidence:
      "PHARE-Citoyens (Comisis, published 30 September 2015, « plus de 2 000 » respondents): priority scores out of 10: emploi 7,1; pouvoir d'achat 6,6; développement économique 6,5; sécurité 6,6; environnement 6,3; exclusion 6,3.",
  },
  {
    id: "phare-citoyens-priorite-pouvoir-d-achat",
    measure: "priority-score-pouvoir-d-achat",
    fragility: "pouvoir-d-achat",
    statement: {
      fr: "note de priorité sur 10 donnée au pouvoir d’achat",
      en: "priority score out of 10 given to purchasing power",
    },
    unit: "score",
    value: 6.6,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
    evidence:
      "PHARE-Citoyens (Comisis, published 30 September 2015): priority scores out of 10: pouvoir d'achat 6,6.",
  },
  {
    id: "phare-citoyens-priorite-developpement-economique",
    measure: "priority-score-developpement-economique",
    fragility: "developpement-economique",
    statement: {
      fr: "note de priorité sur 10 donnée au développement économique",
      en: "priority score out of 10 given to economic development",
    },
    unit: "score",
    value: 6.5,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
    evidence:
      "PHARE-Citoyens (Comisis, published 30 September 2015): priority scores out of 10: développement économique 6,5.",
  },
  // Sécurité 6,6 ...
  {
    id: "phare-citoyens-priorite-securite",
    measure: "priority-score-securite",
    fragility: "securite",
    statement: {
      fr: "note de priorité sur 10 donnée à la sécurité",
      en: "priority score out of 10 given to security",
    },
    unit: "score",
    value: 6.6,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
    evidence:
      "PHARE-Citoyens (Comisis, published 30 September 2015): priority scores out of 10: sécurité 6,6 (the CAREnews article on the study gives 7).",
  },
  // ... and 7 according to CAREnews (a conflict, kept).
  {
    id: "phare-citoyens-priorite-securite-carenews",
    measure: "priority-score-securite",
    fragility: "securite",
    statement: {
      fr: "note de priorité sur 10 donnée à la sécurité",
      en: "priority score out of 10 given to security",
    },
    unit: "score",
    value: 7,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "carenews-phare-citoyens",
    evidence:
      "CAREnews article on PHARE-Citoyens: sécurité 7 out of 10 (the study's own results give 6,6).",
  },
  {
    id: "phare-citoyens-priorite-environnement",
    measure: "priority-score-environnement",
    fragility: "environnement",
    statement: {
      fr: "note de priorité sur 10 donnée à l’environnement",
      en: "priority score out of 10 given to the environment",
    },
    unit: "score",
    value: 6.3,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
    evidence:
      "PHARE-Citoyens (Comisis, published 30 September 2015): priority scores out of 10: environnement 6,3.",
  },
  {
    id: "phare-citoyens-priorite-exclusion",
    measure: "priority-score-exclusion",
    fragility: "exclusion",
    statement: {
      fr: "note de priorité sur 10 donnée à la lutte contre l’exclusion",
      en: "priority score out of 10 given to fighting exclusion",
    },
    unit: "score",
    value: 6.3,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
    evidence:
      "PHARE-Citoyens (Comisis, published 30 September 2015): priority scores out of 10: exclusion 6,3.",
  },
  {
    id: "phare-citoyens-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation",
      en: "think that partnerships are a source of innovation",
    },
    unit: "proportion",
    value: 0.69,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    axis: "innovation",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
    evidence:
      "PHARE-Citoyens (Comisis, published 30 September 2015): 69 % [of the French say] partnerships [are a] source of innovation.",
  },
  // PHARE-Entreprises.
  {
    id: "phare-entreprises-en-partenariat",
    measure: "companies-in-partnerships",
    statement: {
      fr: "entreprises engagées dans des partenariats",
      en: "companies engaged in partnerships",
    },
    unit: "proportion",
    value: 0.37,
    population: "dirigeants-entreprise",
    study: "phare-entreprises",
    programme: "phare",
    date: "2015-10",
    source: "etude-phare-entreprises-2015",
    evidence:
      "PHARE-Entreprises (Comisis, October 2015): 37 % of companies in partnerships (+8,5 pts since 2011).",
  },
  {
    id: "phare-entreprises-en-partenariat-evolution",
    measure: "companies-in-partnerships-change",
    statement: {
      fr: "évolution de la part des entreprises engagées dans des partenariats depuis 2011",
      en: "change in the share of companies engaged in partnerships since 2011",
    },
    unit: "points",
    value: 8.5,
    population: "dirigeants-entreprise",
    study: "phare-entreprises",
    programme: "phare",
    date: "2015-10",
    source: "etude-phare-entreprises-2015",
    evidence:
      "PHARE-Entreprises (Comisis, October 2015): 37 % of companies in partnerships (+8,5 pts since 2011).",
    note: { fr: "Évolution depuis 2011.", en: "Change since 2011." },
  },
  {
    id: "phare-entreprises-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les alliances sont source d’innovation",
      en: "think that alliances are a source of innovation",
    },
    unit: "proportion",
    value: 0.81,
    population: "dirigeants-entreprise",
    study: "phare-entreprises",
    programme: "phare",
    date: "2015-10",
    axis: "innovation",
    source: "etude-phare-entreprises-2015",
    evidence:
      "PHARE-Entreprises (Comisis, October 2015): 81 % [of company leaders say] alliances [are a] source of innovation.",
  },
  {
    id: "phare-entreprises-fragilite-emploi",
    measure: "fragility-emploi",
    fragility: "emploi",
    statement: {
      fr: "citent l’emploi comme fragilité de leur territoire",
      en: "name jobs as a fragility of their territory",
    },
    unit: "proportion",
    value: 0.61,
    population: "dirigeants-entreprise",
    study: "phare-entreprises",
    programme: "phare",
    date: "2015-10",
    source: "etude-phare-entreprises-2015",
    evidence: "PHARE-Entreprises (Comisis, October 2015): [priority fragility] emploi 61 %.",
  },
  // PHARE-Associations.
  {
    id: "phare-associations-employeuses-en-partenariat",
    measure: "associations-in-partnerships",
    statement: { fr: "engagées dans des partenariats", en: "engaged in partnerships" },
    unit: "proportion",
    value: 0.53,
    population: "associations-employeuses",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
    evidence:
      "PHARE-Associations (Comisis, November 2015): 53 % of employer associations in partnerships (46 % in 2009), 35 % of non-employers.",
  },
  // The 2009 point PHARE-Associations compares with.
  {
    id: "phare-associations-employeuses-en-partenariat-2009",
    measure: "associations-in-partnerships",
    statement: { fr: "engagées dans des partenariats", en: "engaged in partnerships" },
    unit: "proportion",
    value: 0.46,
    population: "associations-employeuses",
    date: "2009",
    source: "etude-phare-associations-2015",
    evidence:
      "PHARE-Associations (Comisis, November 2015): 53 % of employer associations in partnerships (46 % in 2009).",
  },
  {
    id: "phare-associations-non-employeuses-en-partenariat",
    measure: "associations-in-partnerships",
    statement: { fr: "engagées dans des partenariats", en: "engaged in partnerships" },
    unit: "proportion",
    value: 0.35,
    population: "associations-non-employeuses",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
    evidence:
      "PHARE-Associations (Comisis, November 2015): 35 % of non-employer associations in partnerships.",
  },
  {
    id: "phare-associations-fragilite-emploi",
    measure: "fragility-emploi",
    fragility: "emploi",
    statement: { fr: "citent l’emploi comme fragilité", en: "name jobs as a fragility" },
    unit: "proportion",
    value: 0.6,
    population: "responsables-associatifs",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
    evidence:
      "PHARE-Associations (Comisis, November 2015): fragilities emploi 60 %, vieillissement 60 %, lien social 51 %.",
  },
  {
    id: "phare-associations-fragilite-vieillissement",
    measure: "fragility-vieillissement",
    fragility: "vieillissement",
    statement: { fr: "citent le vieillissement comme fragilité", en: "name ageing as a fragility" },
    unit: "proportion",
    value: 0.6,
    population: "responsables-associatifs",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
    evidence:
      "PHARE-Associations (Comisis, November 2015): fragilities emploi 60 %, vieillissement 60 %, lien social 51 %.",
  },
  {
    id: "phare-associations-fragilite-lien-social",
    measure: "fragility-lien-social",
    fragility: "lien-social",
    statement: {
      fr: "citent le lien social comme fragilité",
      en: "name social ties as a fragility",
    },
    unit: "proportion",
    value: 0.51,
    population: "responsables-associatifs",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
    evidence:
      "PHARE-Associations (Comisis, November 2015): fragilities emploi 60 %, vieillissement 60 %, lien social 51 %.",
  },
  {
    id: "phare-institutions-territoire-en-co-construction",
    measure: "territory-in-co-construction",
    statement: {
      fr: "déclarent que leur territoire est dans une perspective de co-construction",
      en: "say that their territory is moving towards co-construction",
    },
    unit: "proportion",
    value: 0.76,
    population: "maires",
    study: "phare-institutions",
    programme: "phare",
    date: "2016-11",
    source: "lerameau-le-programme-impact",
    evidence:
      "« 76% des maires déclarent que leur territoire est dans cette perspective, mais 46% ne savent pas encore comment la piloter. » (page « Le programme IMPACT », section « Un mouvement à l’œuvre sur les territoires »; study PHARE-Institutions, Comisis-OpinionWay, November 2016)",
  },
  {
    id: "phare-institutions-pilotage-inconnu",
    measure: "co-construction-steering-not-known",
    statement: {
      fr: "ne savent pas encore comment piloter la co-construction de leur territoire",
      en: "do not yet know how to steer their territory’s co-construction",
    },
    unit: "proportion",
    value: 0.46,
    population: "maires",
    study: "phare-institutions",
    programme: "phare",
    date: "2016-11",
    source: "lerameau-le-programme-impact",
    evidence:
      "« 76% des maires déclarent que leur territoire est dans cette perspective, mais 46% ne savent pas encore comment la piloter. » (page « Le programme IMPACT », section « Un mouvement à l’œuvre sur les territoires »; study PHARE-Institutions, Comisis-OpinionWay, November 2016)",
  },
  {
    id: "impact-citoyens-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation pour réduire les fragilités et faire émerger de nouveaux moteurs de croissance et d’emploi",
      en: "think that partnerships are a source of innovation to reduce fragilities and bring forth new drivers of growth and jobs",
      original: "fr",
    },
    unit: "proportion",
    value: 0.74,
    population: "citoyens",
    study: "impact-citoyens",
    programme: "impact",
    date: "2019-10",
    axis: "innovation",
    source: "etude-impact-citoyens-2019",
    evidence:
      "« 74% des Français[1] […] pensent que les partenariats sont source d’innovation pour réduire les fragilités et faire émerger de nouveaux moteurs de croissance et d’emploi » (page « Le programme IMPACT », first sentence; note [1]: Etude IMPACT-Citoyens, Comisis-OpinionWay, octobre 2019)",
  },
  {
    id: "urgence-covid-citoyens-jouer-collectif",
    measure: "jouer-collectif-useful",
    statement: {
      fr: "jugent utile ou indispensable de « jouer collectif »",
      en: "find « jouer collectif » (playing as a team) useful or indispensable",
    },
    unit: "proportion",
    value: 0.81,
    population: "citoyens",
    study: "urgence-covid-citoyens",
    date: "2020",
    source: "lerameau-81-des-francais-nous-invitent-aux-alliances",
    evidence:
      "URGENCE-Covid-Citoyens (Comisis & OpinionWay, 2020, published 7 May 2020): 81 % [of the French find] « jouer collectif » useful or indispensable.",
  },
  {
    id: "impact-elus-locaux-jouer-collectif",
    measure: "wish-to-rely-on-jouer-collectif",
    statement: {
      fr: "souhaitent s’appuyer sur le « jouer collectif »",
      en: "wish to rely on « jouer collectif » (playing as a team)",
    },
    unit: "proportion",
    value: 0.64,
    population: "elus-locaux",
    study: "impact-elus-locaux",
    programme: "impact",
    date: "2020",
    source: "carenews-2020-11-23",
    evidence:
      "IMPACT-Elus locaux (Comisis-OpinionWay, results of 23 November 2020): 64 % of élus wish to rely on « jouer collectif ».",
  },
  {
    id: "impact-elus-locaux-maires-co-construction-utile",
    measure: "co-construction-useful",
    statement: {
      fr: "reconnaissent l’utilité de la co-construction",
      en: "recognise the usefulness of co-construction",
    },
    unit: "proportion",
    value: 0.92,
    population: "maires",
    study: "impact-elus-locaux",
    programme: "impact",
    date: "2020",
    source: "carenews-2020-11-23",
    evidence:
      "IMPACT-Elus locaux (Comisis-OpinionWay, results of 23 November 2020): 92 % of maires recognise the usefulness of co-construction.",
  },
  {
    id: "impact-associations-territoires-nombre-associations-employeuses",
    measure: "employer-associations-count",
    statement: {
      fr: "associations ayant au moins un salarié",
      en: "associations with at least one employee",
    },
    unit: "count",
    value: 148000,
    population: "associations-employeuses",
    study: "impact-associations-territoires",
    programme: "impact",
    source: "etude-impact-associations-territoires",
    evidence:
      "IMPACT - Associations & Territoires: associations with at least one employee (148 000); 98 % have partnerships; with collectivités 89 %.",
  },
  {
    id: "impact-associations-territoires-ont-des-partenariats",
    measure: "associations-having-partnerships",
    statement: { fr: "ont des partenariats", en: "have partnerships" },
    unit: "proportion",
    value: 0.98,
    population: "associations-employeuses",
    study: "impact-associations-territoires",
    programme: "impact",
    source: "etude-impact-associations-territoires",
    evidence:
      "IMPACT - Associations & Territoires: associations with at least one employee (148 000); 98 % have partnerships.",
  },
  {
    id: "impact-associations-territoires-partenariats-collectivites",
    measure: "associations-having-partnerships-with-collectivites",
    statement: {
      fr: "ont des partenariats avec des collectivités",
      en: "have partnerships with local authorities",
    },
    unit: "proportion",
    value: 0.89,
    population: "associations-employeuses",
    study: "impact-associations-territoires",
    programme: "impact",
    source: "etude-impact-associations-territoires",
    evidence:
      "IMPACT - Associations & Territoires: associations with at least one employee (148 000); [partnerships] with collectivités 89 %.",
  },
  {
    id: "impacts-trajectoires-territoire-en-mouvement",
    measure: "territory-moving-facing-transitions",
    statement: {
      fr: "disent que leur territoire est en mouvement face aux transitions",
      en: "say that their territory is moving in the face of transitions",
    },
    unit: "proportion",
    value: 0.91,
    population: "maires",
    study: "impacts-trajectoires-elus-locaux",
    date: "2024",
    sampleSize: 302,
    source: "etude-impacts-trajectoires-elus-locaux-2024",
    evidence:
      "IMPACTS & TRAJECTOIRES - Elus locaux (Comisis-OpinionWay, fieldwork 30 September - 28 October 2024, by phone, 302 maires): 91 % say their territory is moving in the face of transitions (35 % strongly).",
  },
  {
    id: "impacts-trajectoires-territoire-en-mouvement-fortement",
    measure: "territory-moving-facing-transitions-strongly",
    statement: {
      fr: "disent que leur territoire est fortement en mouvement face aux transitions",
      en: "say that their territory is moving strongly in the face of transitions",
    },
    unit: "proportion",
    value: 0.35,
    population: "maires",
    study: "impacts-trajectoires-elus-locaux",
    date: "2024",
    sampleSize: 302,
    source: "etude-impacts-trajectoires-elus-locaux-2024",
    evidence:
      "IMPACTS & TRAJECTOIRES - Elus locaux (Comisis-OpinionWay, fieldwork 30 September - 28 October 2024, by phone, 302 maires): 91 % say their territory is moving in the face of transitions (35 % strongly).",
  },
  {
    id: "phare-dirigeants-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation pour réduire les fragilités et faire émerger de nouveaux moteurs de croissance et d’emploi",
      en: "think that partnerships are a source of innovation to reduce fragilities and bring forth new drivers of growth and jobs",
      original: "fr",
    },
    unit: "proportion",
    value: 0.81,
    population: "dirigeants-entreprise",
    programme: "phare",
    axis: "innovation",
    date: "2018-02",
    source: "rapport-quinquennal-phare-2018-note-2",
    evidence:
      "« 74% des Français[1], 81% des dirigeants d’entreprise, 86% des responsables associatifs et 87% des maires pensent que les partenariats sont source d’innovation […][2] » (page « Le programme IMPACT », first sentence; note [2]: Rapport quinquennal PHARE, février 2018)",
  },
  {
    id: "phare-responsables-associatifs-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation pour réduire les fragilités et faire émerger de nouveaux moteurs de croissance et d’emploi",
      en: "think that partnerships are a source of innovation to reduce fragilities and bring forth new drivers of growth and jobs",
      original: "fr",
    },
    unit: "proportion",
    value: 0.86,
    population: "responsables-associatifs",
    programme: "phare",
    axis: "innovation",
    date: "2018-02",
    source: "rapport-quinquennal-phare-2018-note-2",
    evidence:
      "« 74% des Français[1], 81% des dirigeants d’entreprise, 86% des responsables associatifs et 87% des maires pensent que les partenariats sont source d’innovation […][2] » (page « Le programme IMPACT », first sentence; note [2]: Rapport quinquennal PHARE, février 2018)",
  },
  {
    id: "phare-maires-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation pour réduire les fragilités et faire émerger de nouveaux moteurs de croissance et d’emploi",
      en: "think that partnerships are a source of innovation to reduce fragilities and bring forth new drivers of growth and jobs",
      original: "fr",
    },
    unit: "proportion",
    value: 0.87,
    population: "maires",
    programme: "phare",
    axis: "innovation",
    date: "2018-02",
    source: "rapport-quinquennal-phare-2018-note-2",
    evidence:
      "« 74% des Français[1], 81% des dirigeants d’entreprise, 86% des responsables associatifs et 87% des maires pensent que les partenariats sont source d’innovation […][2] » (page « Le programme IMPACT », first sentence; note [2]: Rapport quinquennal PHARE, février 2018)",
  },
  // Final IMPACT results, CAREnews 26 Jan 2023.
  {
    id: "impact-resultats-citoyens-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation",
      en: "think that partnerships are a source of innovation",
    },
    unit: "proportion",
    value: 0.74,
    population: "citoyens",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "carenews-2023-01-26",
    evidence:
      "CAREnews, 26 January 2023, final results of IMPACT: partnerships are a source of innovation for 74 % [of the French] / 84 % [dirigeants d'entreprise] / 97 % [responsables associatifs] / 92 % [maires].",
  },
  // 84 % according to CAREnews ...
  {
    id: "impact-resultats-dirigeants-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation",
      en: "think that partnerships are a source of innovation",
    },
    unit: "proportion",
    value: 0.84,
    population: "dirigeants-entreprise",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "carenews-2023-01-26",
    evidence:
      "CAREnews, 26 January 2023, final results of IMPACT: 74 % / 84 % / 97 % / 92 %; 84 % for dirigeants d'entreprise (reseau-alliances.org gives 83 %).",
  },
  // ... and 83 % according to reseau-alliances.org (a conflict, kept).
  {
    id: "impact-resultats-dirigeants-source-d-innovation-reseau-alliances",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation",
      en: "think that partnerships are a source of innovation",
    },
    unit: "proportion",
    value: 0.83,
    population: "dirigeants-entreprise",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "reseau-alliances-org",
    evidence:
      "reseau-alliances.org, final results of IMPACT: 83 % for dirigeants d'entreprise (CAREnews of 26 January 2023 gives 84 %).",
  },
  {
    id: "impact-resultats-responsables-associatifs-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation",
      en: "think that partnerships are a source of innovation",
    },
    unit: "proportion",
    value: 0.97,
    population: "responsables-associatifs",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "carenews-2023-01-26",
    evidence:
      "CAREnews, 26 January 2023, final results of IMPACT: 74 % / 84 % / 97 % / 92 %; 97 % for responsables associatifs.",
  },
  {
    id: "impact-resultats-maires-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: {
      fr: "pensent que les partenariats sont source d’innovation",
      en: "think that partnerships are a source of innovation",
    },
    unit: "proportion",
    value: 0.92,
    population: "maires",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "carenews-2023-01-26",
    evidence:
      "CAREnews, 26 January 2023, final results of IMPACT: 74 % / 84 % / 97 % / 92 %; 92 % for maires.",
  },
  // PHARE regional figure, Centre-Val de Loire.
  {
    id: "phare-centre-val-de-loire-leviers-citoyens",
    measure: "each-actor-holds-part-of-levers",
    statement: {
      fr: "estiment que chacun détient une partie des leviers",
      en: "believe that each actor holds part of the levers",
    },
    unit: "proportion",
    value: 0.7,
    population: "citoyens",
    programme: "phare",
    territory: "centre-val-de-loire",
    source: "observatoire-le-programme-phare",
    evidence:
      "PHARE regional figures: Centre-Val de Loire: 70 % citoyens, 89 % maires, 77 % dirigeants, 77 % responsables associatifs believe each holds part of the levers.",
    note: REGIONAL_NOTE,
  },
  // PHARE regional figure, Centre-Val de Loire.
  {
    id: "phare-centre-val-de-loire-leviers-maires",
    measure: "each-actor-holds-part-of-levers",
    statement: {
      fr: "estiment que chacun détient une partie des leviers",
      en: "believe that each actor holds part of the levers",
    },
    unit: "proportion",
    value: 0.89,
    population: "maires",
    programme: "phare",
    territory: "centre-val-de-loire",
    source: "observatoire-le-programme-phare",
    evidence:
      "PHARE regional figures: Centre-Val de Loire: 70 % citoyens, 89 % maires, 77 % dirigeants, 77 % responsables associatifs believe each holds part of the levers.",
    note: REGIONAL_NOTE,
  },
  // PHARE regional figure, Centre-Val de Loire.
  {
    id: "phare-centre-val-de-loire-leviers-dirigeants-entreprise",
    measure: "each-actor-holds-part-of-levers",
    statement: {
      fr: "estiment que chacun détient une partie des leviers",
      en: "believe that each actor holds part of the levers",
    },
    unit: "proportion",
    value: 0.77,
    population: "dirigeants-entreprise",
    programme: "phare",
    territory: "centre-val-de-loire",
    source: "observatoire-le-programme-phare",
    evidence:
      "PHARE regional figures: Centre-Val de Loire: 70 % citoyens, 89 % maires, 77 % dirigeants, 77 % responsables associatifs believe each holds part of the levers.",
    note: REGIONAL_NOTE,
  },
  // PHARE regional figure, Centre-Val de Loire.
  {
    id: "phare-centre-val-de-loire-leviers-responsables-associatifs",
    measure: "each-actor-holds-part-of-levers",
    statement: {
      fr: "estiment que chacun détient une partie des leviers",
      en: "believe that each actor holds part of the levers",
    },
    unit: "proportion",
    value: 0.77,
    population: "responsables-associatifs",
    programme: "phare",
    territory: "centre-val-de-loire",
    source: "observatoire-le-programme-phare",
    evidence:
      "PHARE regional figures: Centre-Val de Loire: 70 % citoyens, 89 % maires, 77 % dirigeants, 77 % responsables associatifs believe each holds part of the levers.",
    note: REGIONAL_NOTE,
  },
] as const satisfies readonly CatalogFigureInput[];

/**
 * The id of a figure of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogFigureId } from "@observatoire/impact-data";
 * const id: CatalogFigureId = "impact-citoyens-source-d-innovation";
 * catalog.figures.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogFigureId = (typeof figures)[number]["id"];
