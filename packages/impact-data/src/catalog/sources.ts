import type { SourceInput } from "@observatoire/impact-core";

/*
 * Every source of the catalog, as CSL-JSON items. Only what was found about a source is
 * written: no URL is guessed (web pages are known by site and page slug, so the site goes
 * in `container-title` and the slug in `title`), no author is added where none is known,
 * and dates keep the precision they were given at.
 *
 * The seed document is the Le RAMEAU page "Le programme IMPACT": it is
 * `lerameau-le-programme-impact` below.
 */

const OBSERVATOIRE = { literal: "Observatoire des partenariats" } as const;
const LE_RAMEAU = { literal: "Le RAMEAU" } as const;

/** Publications: the seed's five notes and the bibliography of the sources. */
const publications = [
  // Seed note [1].
  {
    id: "etude-impact-citoyens-2019",
    type: "report",
    genre: "Etude",
    title: "IMPACT-Citoyens",
    author: [{ literal: "Comisis-OpinionWay" }],
    issued: { "date-parts": [[2019, 10]] },
    language: "fr",
  },
  // Seed note [2]: the PHARE quinquennial report of note [5], under the wording of note
  // [2]. A reference renders from its source alone, so each wording is
  // its own source; `note` ties this one to `rapport-quinquennal-phare-2018`.
  {
    id: "rapport-quinquennal-phare-2018-note-2",
    type: "report",
    title: "Rapport quinquennal PHARE sur les fragilités et la co-construction en territoire",
    author: [OBSERVATOIRE],
    issued: { "date-parts": [[2018, 2]] },
    note: "Same report as rapport-quinquennal-phare-2018, under the wording of the seed's note [2].",
    language: "fr",
  },
  // Seed note [3].
  {
    id: "actes-colloque-impacts-alliances-2018",
    type: "report",
    genre: "Actes du colloque",
    title: "les impacts des alliances innovantes au service du bien commun",
    author: [OBSERVATOIRE],
    issued: { "date-parts": [[2018, 2]] },
    language: "fr",
  },
  // Seed note [4].
  {
    id: "note-prospective-impacts-alliances-2017",
    type: "report",
    genre: "Note prospective",
    title: "les impacts des alliances innovantes au service du bien commun",
    author: [LE_RAMEAU],
    issued: { "date-parts": [[2017, 12]] },
    language: "fr",
  },
  // Seed note [5].
  {
    id: "rapport-quinquennal-phare-2018",
    type: "report",
    genre: "Rapport quinquennal",
    "collection-title": "PHARE",
    title: "fragilités et co-construction territoriale",
    author: [OBSERVATOIRE],
    issued: { "date-parts": [[2018, 2]] },
    language: "fr",
  },
  {
    id: "rapport-quinquennal-arpea-2012",
    type: "report",
    genre: "Rapport quinquennal",
    "collection-title": "ARPEA",
    title: "Lorsque humanisme et efficacité se rencontrent !",
    issued: { "date-parts": [[2012, 12, 11]] },
    language: "fr",
  },
  {
    id: "note-modeles-co-construction-2016",
    type: "report",
    genre: "Note de réflexion prospective",
    title: "Les modèles de co-construction en territoire",
    issued: { "date-parts": [[2016, 2, 29]] },
    language: "fr",
  },
  {
    id: "rapport-regard-croise-2019",
    type: "report",
    genre: "Rapport du regard croisé chercheurs-praticiens",
    title: "Impact des alliances au service du bien commun",
    issued: { "date-parts": [[2019, 3]] },
    language: "fr",
  },
  {
    id: "emergence-co-construction-2019",
    type: "document",
    title: "Retracer l'émergence de la co-construction en France",
    issued: { "date-parts": [[2019, 10, 30]] },
    language: "fr",
  },
] as const satisfies readonly SourceInput[];

/**
 * The published results of each study of the sources, cited the way the seed
 * cites IMPACT-Citoyens (note [1]): genre, study name, institutes, date. A study's
 * figures cite these unless the sources name another page for them.
 */
const studyReports = [
  // Two waves (2008, 2012), no publication date given.
  {
    id: "etude-arpea-citoyens",
    type: "report",
    genre: "Etude",
    title: "ARPEA-Citoyens",
    author: [{ literal: "Comisis" }],
    language: "fr",
  },
  {
    id: "etude-arpea-associations-2009",
    type: "report",
    genre: "Etude",
    title: "ARPEA-Associations",
    author: [{ literal: "Comisis" }, { literal: "CPCA" }, { literal: "Avise" }],
    issued: { "date-parts": [[2009, 11]] },
    language: "fr",
  },
  // Institute unknown.
  {
    id: "etude-arpea-entreprises-territoires-2011",
    type: "report",
    genre: "Etude",
    title: "ARPEA Entreprises & Territoires",
    issued: { "date-parts": [[2011, 1]] },
    language: "fr",
  },
  {
    id: "etude-phare-citoyens-2015",
    type: "report",
    genre: "Etude",
    title: "PHARE-Citoyens",
    author: [{ literal: "Comisis" }],
    issued: { "date-parts": [[2015, 9, 30]] },
    language: "fr",
  },
  {
    id: "etude-phare-entreprises-2015",
    type: "report",
    genre: "Etude",
    title: "PHARE-Entreprises",
    author: [{ literal: "Comisis" }],
    issued: { "date-parts": [[2015, 10]] },
    language: "fr",
  },
  {
    id: "etude-phare-associations-2015",
    type: "report",
    genre: "Etude",
    title: "PHARE-Associations",
    author: [{ literal: "Comisis" }],
    issued: { "date-parts": [[2015, 11]] },
    language: "fr",
  },
  {
    id: "etude-phare-institutions-2016",
    type: "report",
    genre: "Etude",
    title: "PHARE-Institutions",
    author: [{ literal: "Comisis-OpinionWay" }],
    issued: { "date-parts": [[2016, 11]] },
    language: "fr",
  },
  {
    id: "etude-urgence-covid-citoyens-2020",
    type: "report",
    genre: "Etude",
    title: "URGENCE-Covid-Citoyens",
    author: [{ literal: "Comisis & OpinionWay" }],
    issued: { "date-parts": [[2020, 5, 7]] },
    language: "fr",
  },
  // Results of 23 November 2020.
  {
    id: "etude-impact-elus-locaux-2020",
    type: "report",
    genre: "Etude",
    title: "IMPACT-Elus locaux",
    author: [{ literal: "Comisis-OpinionWay" }],
    issued: { "date-parts": [[2020, 11, 23]] },
    language: "fr",
  },
  // Institute and date unknown.
  {
    id: "etude-impact-associations-territoires",
    type: "report",
    genre: "Etude",
    title: "IMPACT - Associations & Territoires",
    language: "fr",
  },
  // Fieldwork in 2024, publication date unknown.
  {
    id: "etude-impacts-trajectoires-elus-locaux-2024",
    type: "report",
    genre: "Etude",
    title: "IMPACTS & TRAJECTOIRES - Elus locaux",
    author: [{ literal: "Comisis-OpinionWay" }],
    language: "fr",
  },
  // The release that defines the four partnership types.
  {
    id: "phare-associations-release-2015",
    type: "document",
    title: "PHARE-Associations",
    issued: { "date-parts": [[2015, 11, 30]] },
    note: "Release of the PHARE-Associations results defining the four partnership types.",
    language: "fr",
  },
] as const satisfies readonly SourceInput[];

/** A web page the sources name by site and slug; no URL is guessed. */
const page = <const Id extends string>(id: Id, site: string, slug: string) =>
  ({
    id,
    type: "webpage",
    genre: "Page web",
    title: slug,
    "container-title": site,
    language: "fr",
  }) as const;

/** A web site the sources name without a page. */
const site = <const Id extends string>(id: Id, name: string) =>
  ({ id, type: "webpage", genre: "Site web", "container-title": name }) as const;

/** The web pages of the sources. */
const webPages = [
  // The seed: its heading is the page's title.
  {
    id: "lerameau-le-programme-impact",
    type: "webpage",
    title: "Le programme IMPACT",
    "container-title": "lerameau.fr",
    author: [LE_RAMEAU],
    language: "fr",
  },
  page("lerameau-d-comme-donnees", "lerameau.fr", "d-comme-donnees"),
  page(
    "lerameau-la-co-construction-territoriale",
    "lerameau.fr",
    "la-co-construction-territoriale",
  ),
  page("lerameau-phare-entreprises", "lerameau.fr", "phare-entreprises"),
  page("lerameau-phare-associations", "lerameau.fr", "phare-associations"),
  page(
    "lerameau-diner-elus-entreprises-quel-menu",
    "lerameau.fr",
    "diner-elus-entreprises-quel-menu",
  ),
  page(
    "lerameau-81-des-francais-nous-invitent-aux-alliances",
    "lerameau.fr",
    "81-des-francais-nous-invitent-aux-alliances",
  ),
  page("observatoire-le-programme-phare", "observatoire-des-partenariats.fr", "le-programme-phare"),
  page("observatoire-le-cheminement", "observatoire-des-partenariats.fr", "le-cheminement"),
  // ARPEA documents of 2011-2012 saying the Observatoire was « créé en 2007 »; which
  // documents is not recorded, so the title describes them rather than quoting one.
  {
    id: "documents-arpea-2011-2012",
    type: "document",
    title: "Documents du programme ARPEA",
    issued: { "date-parts": [[2011], [2012]] },
    note: "ARPEA documents of 2011-2012 that date the creation of the Observatoire to 2007.",
    language: "fr",
  },
  // carenews.com articles: the sources give their subject or date, not their title.
  {
    id: "carenews-phare-citoyens",
    type: "webpage",
    genre: "Article",
    "container-title": "carenews.com",
    note: "Article on the PHARE-Citoyens study.",
    language: "fr",
  },
  {
    id: "carenews-2020-11-23",
    type: "webpage",
    genre: "Article",
    "container-title": "carenews.com",
    issued: { "date-parts": [[2020, 11, 23]] },
    note: "Article of 23 November 2020 (results of IMPACT-Elus locaux).",
    language: "fr",
  },
  {
    id: "carenews-2023-01-26",
    type: "webpage",
    genre: "Article",
    "container-title": "carenews.com",
    issued: { "date-parts": [[2023, 1, 26]] },
    note: "Article of 26 January 2023 (final results of the IMPACT programme).",
    language: "fr",
  },
  site("reseau-alliances-org", "reseau-alliances.org"),
  site("latwoconseil-fr", "latwoconseil.fr"),
  site("letowski-fr", "letowski.fr"),
  site("villesaucarre-org", "villesaucarre.org"),
  site("isbl-consultants-fr", "isbl-consultants.fr"),
] as const satisfies readonly SourceInput[];

/** The dataset the region codes come from (checked against it by a test). */
const datasets = [
  {
    id: "etalab-decoupage-administratif",
    type: "dataset",
    title: "@etalab/decoupage-administratif",
    version: "6.0.0",
    publisher: "Etalab",
  },
] as const satisfies readonly SourceInput[];

/**
 * Every source of the reference catalog.
 *
 * @internal
 */
export const sources = [
  ...publications,
  ...studyReports,
  ...webPages,
  ...datasets,
] as const satisfies readonly SourceInput[];

/**
 * The id of a source of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogSourceId } from "@observatoire/impact-data";
 * const id: CatalogSourceId = "etude-impact-citoyens-2019";
 * catalog.sources.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogSourceId = (typeof sources)[number]["id"];
