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

/** Scores of PHARE-Citoyens are given out of 10 (FACTS.md line 51). */
const OUT_OF_TEN = { min: 0, max: 10 } as const;

/** The seed's headline sentence (its line 5), quoted for the four figures it holds. */
const INNOVATION_CLAIM =
  "pensent que les partenariats sont source d’innovation pour réduire les fragilités et faire émerger de nouveaux moteurs de croissance et d’emploi";

/** Why the regional figures cite the PHARE programme page. */
const REGIONAL_NOTE =
  "FACTS.md lists this regional figure under PHARE without naming the page it comes from; it is cited to the PHARE programme page.";

/**
 * Every figure of FACTS.md, one entry per value and source: when two sources give two
 * values for one measure (PHARE-Citoyens' sécurité score, the dirigeants' final IMPACT
 * figure) both are kept, and `findConflicts` reports them. Proportions are written in
 * [0, 1]; a statement is the source's wording where FACTS.md or the seed quotes it, else
 * FACTS.md's own. A figure's `date` is the survey wave or study date FACTS.md gives; where
 * it gives none, the date the results were published (PHARE-Citoyens on 30 September
 * 2015, the PHARE report of February 2018, IMPACT's final results of 26 January 2023),
 * so that two waves of one measure are never taken for two readings of one figure
 * (`findConflicts` takes two undated figures of one measure, population and territory
 * for one figure). A figure whose publication date is unknown too (Centre-Val de Loire,
 * IMPACT - Associations & Territoires) has no date. A figure that measures one of PHARE's
 * fragilities names it in `fragility`.
 *
 * Left out: the regional figures of FACTS.md line 72-73 for "PACA and Corse" and
 * "Rhône-Alpes" (niveau de vie 48 %, environnement 45 %, sécurité 36 %, environnement
 * 29 %): FACTS.md does not say which population they describe, and a figure needs one.
 *
 * @internal
 */
export const figures = [
  // FACTS.md line 48: ARPEA-Citoyens, 2008 wave.
  {
    id: "arpea-citoyens-urgence-partenariats-2008",
    measure: "urgent-to-create-partnerships",
    statement: "86 % pensaient qu'il était urgent de créer des partenariats",
    unit: "proportion",
    value: 0.86,
    population: "citoyens",
    study: "arpea-citoyens",
    programme: "arpea",
    date: "2008",
    source: "etude-arpea-citoyens",
  },
  // FACTS.md line 48: ARPEA-Citoyens, 2012 wave.
  {
    id: "arpea-citoyens-urgence-partenariats-2012",
    measure: "urgent-to-create-partnerships",
    statement: "84 % pensaient qu'il était urgent de créer des partenariats",
    unit: "proportion",
    value: 0.84,
    population: "citoyens",
    study: "arpea-citoyens",
    programme: "arpea",
    date: "2012",
    source: "etude-arpea-citoyens",
  },
  // FACTS.md line 50: ARPEA Entreprises & Territoires.
  {
    id: "arpea-entreprises-territoires-ont-des-partenariats",
    measure: "companies-having-partnerships",
    statement: "21 % have partnerships",
    unit: "proportion",
    value: 0.21,
    population: "dirigeants-entreprise",
    study: "arpea-entreprises-territoires",
    programme: "arpea",
    date: "2011-01",
    source: "etude-arpea-entreprises-territoires-2011",
  },
  // FACTS.md line 50.
  {
    id: "arpea-entreprises-territoires-souhaitent-des-partenariats",
    measure: "companies-wishing-partnerships",
    statement: "33 % wish to",
    unit: "proportion",
    value: 0.33,
    population: "dirigeants-entreprise",
    study: "arpea-entreprises-territoires",
    programme: "arpea",
    date: "2011-01",
    source: "etude-arpea-entreprises-territoires-2011",
  },
  // FACTS.md line 50.
  {
    id: "arpea-entreprises-territoires-sans-partenariats",
    measure: "companies-not-wishing-partnerships",
    statement: "46 % do not",
    unit: "proportion",
    value: 0.46,
    population: "dirigeants-entreprise",
    study: "arpea-entreprises-territoires",
    programme: "arpea",
    date: "2011-01",
    source: "etude-arpea-entreprises-territoires-2011",
  },
  // FACTS.md line 51: PHARE-Citoyens priority scores /10.
  {
    id: "phare-citoyens-priorite-emploi",
    measure: "priority-score-emploi",
    fragility: "emploi",
    statement: "emploi 7,1",
    unit: "score",
    value: 7.1,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
  },
  // FACTS.md line 51.
  {
    id: "phare-citoyens-priorite-pouvoir-d-achat",
    measure: "priority-score-pouvoir-d-achat",
    fragility: "pouvoir-d-achat",
    statement: "pouvoir d'achat 6,6",
    unit: "score",
    value: 6.6,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
  },
  // FACTS.md line 51.
  {
    id: "phare-citoyens-priorite-developpement-economique",
    measure: "priority-score-developpement-economique",
    fragility: "developpement-economique",
    statement: "développement économique 6,5",
    unit: "score",
    value: 6.5,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
  },
  // FACTS.md line 51: sécurité 6,6 ...
  {
    id: "phare-citoyens-priorite-securite",
    measure: "priority-score-securite",
    fragility: "securite",
    statement: "sécurité 6,6",
    unit: "score",
    value: 6.6,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
  },
  // FACTS.md line 51: ... and 7 according to CAREnews (a conflict, kept).
  {
    id: "phare-citoyens-priorite-securite-carenews",
    measure: "priority-score-securite",
    fragility: "securite",
    statement: "sécurité 7",
    unit: "score",
    value: 7,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "carenews-phare-citoyens",
  },
  // FACTS.md line 51.
  {
    id: "phare-citoyens-priorite-environnement",
    measure: "priority-score-environnement",
    fragility: "environnement",
    statement: "environnement 6,3",
    unit: "score",
    value: 6.3,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
  },
  // FACTS.md line 51.
  {
    id: "phare-citoyens-priorite-exclusion",
    measure: "priority-score-exclusion",
    fragility: "exclusion",
    statement: "exclusion 6,3",
    unit: "score",
    value: 6.3,
    scale: OUT_OF_TEN,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
  },
  // FACTS.md line 51.
  {
    id: "phare-citoyens-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: "69 % partnerships source of innovation",
    unit: "proportion",
    value: 0.69,
    population: "citoyens",
    study: "phare-citoyens",
    programme: "phare",
    axis: "innovation",
    date: "2015-09-30",
    source: "etude-phare-citoyens-2015",
  },
  // FACTS.md line 52: PHARE-Entreprises.
  {
    id: "phare-entreprises-en-partenariat",
    measure: "companies-in-partnerships",
    statement: "37 % of companies in partnerships",
    unit: "proportion",
    value: 0.37,
    population: "dirigeants-entreprise",
    study: "phare-entreprises",
    programme: "phare",
    date: "2015-10",
    source: "etude-phare-entreprises-2015",
  },
  // FACTS.md line 52.
  {
    id: "phare-entreprises-en-partenariat-evolution",
    measure: "companies-in-partnerships-change",
    statement: "+8,5 pts since 2011",
    unit: "points",
    value: 8.5,
    population: "dirigeants-entreprise",
    study: "phare-entreprises",
    programme: "phare",
    date: "2015-10",
    source: "etude-phare-entreprises-2015",
    note: "Change since 2011.",
  },
  // FACTS.md line 52.
  {
    id: "phare-entreprises-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: "81 % alliances source of innovation",
    unit: "proportion",
    value: 0.81,
    population: "dirigeants-entreprise",
    study: "phare-entreprises",
    programme: "phare",
    date: "2015-10",
    axis: "innovation",
    source: "etude-phare-entreprises-2015",
  },
  // FACTS.md line 52.
  {
    id: "phare-entreprises-fragilite-emploi",
    measure: "fragility-emploi",
    fragility: "emploi",
    statement: "emploi 61 %",
    unit: "proportion",
    value: 0.61,
    population: "dirigeants-entreprise",
    study: "phare-entreprises",
    programme: "phare",
    date: "2015-10",
    source: "etude-phare-entreprises-2015",
  },
  // FACTS.md line 53: PHARE-Associations.
  {
    id: "phare-associations-employeuses-en-partenariat",
    measure: "associations-in-partnerships",
    statement: "53 % of employer associations in partnerships",
    unit: "proportion",
    value: 0.53,
    population: "associations-employeuses",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
  },
  // FACTS.md line 53: the 2009 point PHARE-Associations compares with.
  {
    id: "phare-associations-employeuses-en-partenariat-2009",
    measure: "associations-in-partnerships",
    statement: "46 % in 2009",
    unit: "proportion",
    value: 0.46,
    population: "associations-employeuses",
    date: "2009",
    source: "etude-phare-associations-2015",
  },
  // FACTS.md line 53.
  {
    id: "phare-associations-non-employeuses-en-partenariat",
    measure: "associations-in-partnerships",
    statement: "35 % of non-employers",
    unit: "proportion",
    value: 0.35,
    population: "associations-non-employeuses",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
  },
  // FACTS.md line 53.
  {
    id: "phare-associations-fragilite-emploi",
    measure: "fragility-emploi",
    fragility: "emploi",
    statement: "emploi 60 %",
    unit: "proportion",
    value: 0.6,
    population: "responsables-associatifs",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
  },
  // FACTS.md line 53.
  {
    id: "phare-associations-fragilite-vieillissement",
    measure: "fragility-vieillissement",
    fragility: "vieillissement",
    statement: "vieillissement 60 %",
    unit: "proportion",
    value: 0.6,
    population: "responsables-associatifs",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
  },
  // FACTS.md line 53.
  {
    id: "phare-associations-fragilite-lien-social",
    measure: "fragility-lien-social",
    fragility: "lien-social",
    statement: "lien social 51 %",
    unit: "proportion",
    value: 0.51,
    population: "responsables-associatifs",
    study: "phare-associations",
    programme: "phare",
    date: "2015-11",
    source: "etude-phare-associations-2015",
  },
  // FACTS.md line 54; seed line 9.
  {
    id: "phare-institutions-territoire-en-co-construction",
    measure: "territory-in-co-construction",
    statement: "76% des maires déclarent que leur territoire est dans cette perspective",
    unit: "proportion",
    value: 0.76,
    population: "maires",
    study: "phare-institutions",
    programme: "phare",
    date: "2016-11",
    source: "lerameau-le-programme-impact",
  },
  // FACTS.md line 54; seed line 9.
  {
    id: "phare-institutions-pilotage-inconnu",
    measure: "co-construction-steering-not-known",
    statement: "46% ne savent pas encore comment la piloter",
    unit: "proportion",
    value: 0.46,
    population: "maires",
    study: "phare-institutions",
    programme: "phare",
    date: "2016-11",
    source: "lerameau-le-programme-impact",
  },
  // FACTS.md lines 55 and 61-62; seed line 5 and note [1].
  {
    id: "impact-citoyens-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: `74% des Français ${INNOVATION_CLAIM}`,
    unit: "proportion",
    value: 0.74,
    population: "citoyens",
    study: "impact-citoyens",
    programme: "impact",
    date: "2019-10",
    axis: "innovation",
    source: "etude-impact-citoyens-2019",
  },
  // FACTS.md line 56.
  {
    id: "urgence-covid-citoyens-jouer-collectif",
    measure: "jouer-collectif-useful",
    statement: '81 % "jouer collectif" useful or indispensable',
    unit: "proportion",
    value: 0.81,
    population: "citoyens",
    study: "urgence-covid-citoyens",
    date: "2020",
    source: "lerameau-81-des-francais-nous-invitent-aux-alliances",
  },
  // FACTS.md line 57.
  {
    id: "impact-elus-locaux-jouer-collectif",
    measure: "wish-to-rely-on-jouer-collectif",
    statement: '64 % of élus wish to rely on "jouer collectif"',
    unit: "proportion",
    value: 0.64,
    population: "elus-locaux",
    study: "impact-elus-locaux",
    programme: "impact",
    date: "2020",
    source: "carenews-2020-11-23",
  },
  // FACTS.md line 57.
  {
    id: "impact-elus-locaux-maires-co-construction-utile",
    measure: "co-construction-useful",
    statement: "92 % of maires recognise the usefulness of co-construction",
    unit: "proportion",
    value: 0.92,
    population: "maires",
    study: "impact-elus-locaux",
    programme: "impact",
    date: "2020",
    source: "carenews-2020-11-23",
  },
  // FACTS.md line 58.
  {
    id: "impact-associations-territoires-nombre-associations-employeuses",
    measure: "employer-associations-count",
    statement: "associations with at least one employee (148 000)",
    unit: "count",
    value: 148000,
    population: "associations-employeuses",
    study: "impact-associations-territoires",
    programme: "impact",
    source: "etude-impact-associations-territoires",
  },
  // FACTS.md line 58.
  {
    id: "impact-associations-territoires-ont-des-partenariats",
    measure: "associations-having-partnerships",
    statement: "98 % have partnerships",
    unit: "proportion",
    value: 0.98,
    population: "associations-employeuses",
    study: "impact-associations-territoires",
    programme: "impact",
    source: "etude-impact-associations-territoires",
  },
  // FACTS.md line 58.
  {
    id: "impact-associations-territoires-partenariats-collectivites",
    measure: "associations-having-partnerships-with-collectivites",
    statement: "with collectivités 89 %",
    unit: "proportion",
    value: 0.89,
    population: "associations-employeuses",
    study: "impact-associations-territoires",
    programme: "impact",
    source: "etude-impact-associations-territoires",
  },
  // FACTS.md line 59.
  {
    id: "impacts-trajectoires-territoire-en-mouvement",
    measure: "territory-moving-facing-transitions",
    statement: "91 % say their territory is moving in the face of transitions",
    unit: "proportion",
    value: 0.91,
    population: "maires",
    study: "impacts-trajectoires-elus-locaux",
    date: "2024",
    sampleSize: 302,
    source: "etude-impacts-trajectoires-elus-locaux-2024",
  },
  // FACTS.md line 59.
  {
    id: "impacts-trajectoires-territoire-en-mouvement-fortement",
    measure: "territory-moving-facing-transitions-strongly",
    statement: "35 % strongly",
    unit: "proportion",
    value: 0.35,
    population: "maires",
    study: "impacts-trajectoires-elus-locaux",
    date: "2024",
    sampleSize: 302,
    source: "etude-impacts-trajectoires-elus-locaux-2024",
  },
  // FACTS.md lines 61-63; seed line 5 and note [2].
  {
    id: "phare-dirigeants-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: `81% des dirigeants d’entreprise ${INNOVATION_CLAIM}`,
    unit: "proportion",
    value: 0.81,
    population: "dirigeants-entreprise",
    programme: "phare",
    axis: "innovation",
    date: "2018-02",
    source: "rapport-quinquennal-phare-2018-note-2",
  },
  // FACTS.md lines 61-63; seed line 5 and note [2].
  {
    id: "phare-responsables-associatifs-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: `86% des responsables associatifs ${INNOVATION_CLAIM}`,
    unit: "proportion",
    value: 0.86,
    population: "responsables-associatifs",
    programme: "phare",
    axis: "innovation",
    date: "2018-02",
    source: "rapport-quinquennal-phare-2018-note-2",
  },
  // FACTS.md lines 61-63; seed line 5 and note [2].
  {
    id: "phare-maires-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: `87% des maires ${INNOVATION_CLAIM}`,
    unit: "proportion",
    value: 0.87,
    population: "maires",
    programme: "phare",
    axis: "innovation",
    date: "2018-02",
    source: "rapport-quinquennal-phare-2018-note-2",
  },
  // FACTS.md lines 63-64: final IMPACT results, CAREnews 26 Jan 2023.
  {
    id: "impact-resultats-citoyens-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: "74 % Français",
    unit: "proportion",
    value: 0.74,
    population: "citoyens",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "carenews-2023-01-26",
  },
  // FACTS.md lines 63-64: 84 % according to CAREnews ...
  {
    id: "impact-resultats-dirigeants-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: "84 % dirigeants d'entreprise",
    unit: "proportion",
    value: 0.84,
    population: "dirigeants-entreprise",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "carenews-2023-01-26",
  },
  // FACTS.md lines 64-65: ... and 83 % according to reseau-alliances.org (a conflict, kept).
  {
    id: "impact-resultats-dirigeants-source-d-innovation-reseau-alliances",
    measure: "partnerships-source-of-innovation",
    statement: "83 % dirigeants d'entreprise",
    unit: "proportion",
    value: 0.83,
    population: "dirigeants-entreprise",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "reseau-alliances-org",
  },
  // FACTS.md lines 63-64.
  {
    id: "impact-resultats-responsables-associatifs-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: "97 % responsables associatifs",
    unit: "proportion",
    value: 0.97,
    population: "responsables-associatifs",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "carenews-2023-01-26",
  },
  // FACTS.md lines 63-64.
  {
    id: "impact-resultats-maires-source-d-innovation",
    measure: "partnerships-source-of-innovation",
    statement: "92 % maires",
    unit: "proportion",
    value: 0.92,
    population: "maires",
    programme: "impact",
    axis: "innovation",
    date: "2023-01-26",
    source: "carenews-2023-01-26",
  },
  // FACTS.md lines 73-74: PHARE regional figure, Centre-Val de Loire.
  {
    id: "phare-centre-val-de-loire-leviers-citoyens",
    measure: "each-actor-holds-part-of-levers",
    statement: "Centre-Val de Loire: 70 % citoyens believe each holds part of the levers",
    unit: "proportion",
    value: 0.7,
    population: "citoyens",
    programme: "phare",
    territory: "centre-val-de-loire",
    source: "observatoire-le-programme-phare",
    note: REGIONAL_NOTE,
  },
  // FACTS.md lines 73-74: PHARE regional figure, Centre-Val de Loire.
  {
    id: "phare-centre-val-de-loire-leviers-maires",
    measure: "each-actor-holds-part-of-levers",
    statement: "Centre-Val de Loire: 89 % maires believe each holds part of the levers",
    unit: "proportion",
    value: 0.89,
    population: "maires",
    programme: "phare",
    territory: "centre-val-de-loire",
    source: "observatoire-le-programme-phare",
    note: REGIONAL_NOTE,
  },
  // FACTS.md lines 73-74: PHARE regional figure, Centre-Val de Loire.
  {
    id: "phare-centre-val-de-loire-leviers-dirigeants-entreprise",
    measure: "each-actor-holds-part-of-levers",
    statement: "Centre-Val de Loire: 77 % dirigeants believe each holds part of the levers",
    unit: "proportion",
    value: 0.77,
    population: "dirigeants-entreprise",
    programme: "phare",
    territory: "centre-val-de-loire",
    source: "observatoire-le-programme-phare",
    note: REGIONAL_NOTE,
  },
  // FACTS.md lines 73-74: PHARE regional figure, Centre-Val de Loire.
  {
    id: "phare-centre-val-de-loire-leviers-responsables-associatifs",
    measure: "each-actor-holds-part-of-levers",
    statement:
      "Centre-Val de Loire: 77 % responsables associatifs believe each holds part of the levers",
    unit: "proportion",
    value: 0.77,
    population: "responsables-associatifs",
    programme: "phare",
    territory: "centre-val-de-loire",
    source: "observatoire-le-programme-phare",
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
