import type { CatalogInput } from "../models/catalog";

/**
 * A small valid catalog built from the seed document, used by the tests.
 * Each test copies it (`structuredClone`) before corrupting it.
 */
export const validCatalog = {
  programmes: [
    {
      id: "phare",
      name: "PHARE",
      title: "Fragilités et co-construction en territoire",
      periods: [
        { start: "2013", end: "2018", source: "seed-impact" },
        { start: "2013", end: "2017", source: "le-cheminement" },
      ],
      sources: ["seed-impact"],
    },
    {
      id: "impact",
      name: "IMPACT",
      title: "Impacts des Alliances innovantes au service du bien commun",
      periods: [{ start: "2018", end: "2022", source: "seed-impact" }],
      milestones: [
        {
          date: "2017-11-23",
          kind: "colloque",
          title: "Les impacts des alliances innovantes au service du bien commun",
          place: "Caisse des Dépôts",
          source: "seed-impact",
        },
      ],
      partners: ["caisse-des-depots", "le-rameau"],
    },
  ],
  phases: [
    {
      id: "impact-quantitative",
      programme: "impact",
      kind: "quantitative",
      order: 2,
      name: "Études quantitatives",
      populations: ["citoyens", "elus-locaux"],
      period: { start: "2019", end: "2022" },
    },
  ],
  studies: [
    {
      id: "impact-citoyens",
      name: "IMPACT-Citoyens",
      programme: "impact",
      phase: "impact-quantitative",
      populations: ["citoyens"],
      institutes: ["comisis", "opinionway"],
      published: "2019-10",
      sources: ["impact-citoyens-2019"],
    },
    {
      id: "phare-institutions",
      name: "PHARE-Institutions",
      programme: "phare",
      populations: ["maires"],
      institutes: ["comisis", "opinionway"],
      published: "2016-11",
    },
  ],
  actors: [
    {
      id: "caisse-des-depots",
      kind: "organisation",
      name: "Caisse des Dépôts",
      roles: ["founder", "programme-partner"],
    },
    { id: "le-rameau", kind: "organisation", name: "Le RAMEAU", roles: ["founder", "research"] },
    { id: "comisis", kind: "organisation", name: "Comisis", roles: ["polling-institute"] },
    { id: "opinionway", kind: "organisation", name: "OpinionWay", roles: ["polling-institute"] },
    {
      id: "anne-robin",
      kind: "person",
      family: "Robin",
      given: "Anne",
      affiliations: ["comisis"],
      role: "directrice scientifique",
    },
  ],
  populations: [
    { id: "citoyens", name: "Citoyens", group: "citizens" },
    { id: "elus-locaux", name: "Élus locaux", group: "local-elected-officials" },
    { id: "maires", name: "Maires", group: "local-elected-officials", parent: "elus-locaux" },
  ],
  fragilities: [{ id: "emploi", name: "Emploi", space: "vital", aliases: ["chômage"] }],
  impactAxes: [
    {
      id: "innovation",
      order: 1,
      name: "Innovation",
      description: "l'innovation sociétale et territoriale",
      wordings: [{ text: "source d'innovation", source: "seed-impact" }],
    },
  ],
  territories: [
    { id: "france", level: "country", name: "France", isoCode: "FR" },
    {
      id: "auvergne-rhone-alpes",
      level: "region",
      name: "Auvergne-Rhône-Alpes",
      inseeCode: "84",
      parent: "france",
    },
    {
      id: "rhone-alpes",
      level: "former-region",
      name: "Rhône-Alpes",
      successor: "auvergne-rhone-alpes",
    },
  ],
  partnershipTypes: [{ id: "mecenat", name: "Mécénat" }],
  sources: [
    {
      id: "seed-impact",
      type: "webpage",
      title: "Le programme IMPACT",
      author: [{ literal: "Le RAMEAU" }],
    },
    {
      id: "le-cheminement",
      type: "webpage",
      title: "Le cheminement",
      author: [{ literal: "Observatoire des partenariats" }],
    },
    {
      id: "impact-citoyens-2019",
      type: "report",
      genre: "Etude",
      title: "IMPACT-Citoyens",
      publisher: "Comisis-OpinionWay",
      issued: { "date-parts": [[2019, 10]] },
    },
  ],
  figures: [
    {
      id: "impact-citoyens-innovation",
      measure: "partnerships-source-of-innovation",
      statement: "74 % des Français pensent que les partenariats sont source d'innovation",
      unit: "proportion",
      value: 0.74,
      population: "citoyens",
      study: "impact-citoyens",
      programme: "impact",
      source: "impact-citoyens-2019",
      date: "2019-10",
      territory: "france",
      axis: "innovation",
    },
    {
      id: "phare-maires-co-construction",
      measure: "territory-in-co-construction",
      statement: "76 % des maires déclarent que leur territoire est dans cette perspective",
      unit: "proportion",
      value: 0.76,
      population: "maires",
      study: "phare-institutions",
      source: "seed-impact",
    },
    {
      id: "phare-citoyens-emploi",
      measure: "fragility-priority-score",
      statement: "emploi : 7,1/10",
      unit: "score",
      value: 7.1,
      scale: { min: 0, max: 10 },
      population: "citoyens",
      source: "seed-impact",
      fragility: "emploi",
    },
  ],
} satisfies CatalogInput;
