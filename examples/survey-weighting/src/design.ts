/**
 * The survey design of the example: four populations surveyed side by side, as the IMPACT
 * quantitative studies do (citoyens, maires, dirigeants d'entreprise, responsables
 * associatifs). Everything here is SYNTHETIC: the population sizes and shares are round,
 * illustrative orders of magnitude, not official statistics, and the answers are drawn from
 * made-up propensities. Only the method is real.
 */

export const POPULATIONS = ["citoyens", "maires", "dirigeants", "associatifs"] as const;
export type PopulationKey = (typeof POPULATIONS)[number];

export const SEXES = ["F", "M"] as const;
export type Sex = (typeof SEXES)[number];

export const AGE_BANDS = ["18-34", "35-54", "55+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** French labels for the table. */
export const POPULATION_LABELS: Readonly<Record<PopulationKey, string>> = {
  citoyens: "Citoyens",
  maires: "Maires",
  dirigeants: "Dirigeants d’entreprise",
  associatifs: "Responsables associatifs",
};

export interface PopulationDesign {
  /** Illustrative size of the population (the raking targets add up to it). */
  readonly size: number;
  /** Respondents interviewed (the quota). */
  readonly quota: number;
  /** Illustrative population shares by sex and by age band. */
  readonly sex: Readonly<Record<Sex, number>>;
  readonly age: Readonly<Record<AgeBand, number>>;
  /** How the quota sample actually came out by age: older people answer more often. */
  readonly sampledAge: Readonly<Record<AgeBand, number>>;
  /** Made-up probability of answering "yes" by age band, for the simulation. */
  readonly yes: Readonly<Record<AgeBand, number>>;
}

export const DESIGN: Readonly<Record<PopulationKey, PopulationDesign>> = {
  citoyens: {
    size: 52_000_000,
    quota: 1000,
    sex: { F: 0.52, M: 0.48 },
    age: { "18-34": 0.27, "35-54": 0.33, "55+": 0.4 },
    sampledAge: { "18-34": 0.18, "35-54": 0.32, "55+": 0.5 },
    yes: { "18-34": 0.82, "35-54": 0.75, "55+": 0.68 },
  },
  maires: {
    size: 35_000,
    quota: 300,
    sex: { F: 0.2, M: 0.8 },
    age: { "18-34": 0.03, "35-54": 0.3, "55+": 0.67 },
    sampledAge: { "18-34": 0.02, "35-54": 0.2, "55+": 0.78 },
    yes: { "18-34": 0.9, "35-54": 0.9, "55+": 0.85 },
  },
  dirigeants: {
    size: 4_000_000,
    quota: 400,
    sex: { F: 0.3, M: 0.7 },
    age: { "18-34": 0.2, "35-54": 0.5, "55+": 0.3 },
    sampledAge: { "18-34": 0.1, "35-54": 0.45, "55+": 0.45 },
    yes: { "18-34": 0.88, "35-54": 0.82, "55+": 0.76 },
  },
  associatifs: {
    size: 1_500_000,
    quota: 400,
    sex: { F: 0.45, M: 0.55 },
    age: { "18-34": 0.15, "35-54": 0.35, "55+": 0.5 },
    sampledAge: { "18-34": 0.08, "35-54": 0.3, "55+": 0.62 },
    yes: { "18-34": 0.9, "35-54": 0.87, "55+": 0.84 },
  },
};
