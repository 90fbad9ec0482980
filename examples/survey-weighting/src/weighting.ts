import {
  type DomainEstimate,
  domainProportions,
  kishEffectiveSampleSize,
  marginOfError,
  type RakeMargin,
  type RakeResult,
  rake,
} from "@observatoire/impact-indicators";
import { AGE_BANDS, DESIGN, POPULATIONS, type PopulationKey, SEXES } from "./design";
import type { QuotaSample } from "./sample";

/**
 * The raking margins. Each population has its own sex and age structure, so each margin
 * crosses the population with the variable (`"maires:F"`): raking the stacked file on these
 * two margins rakes every population to its own targets, and the population totals follow.
 */
export function populationMargins(sample: QuotaSample): RakeMargin[] {
  const sexTargets: Record<string, number> = {};
  const ageTargets: Record<string, number> = {};
  for (const key of POPULATIONS) {
    const { size, sex, age } = DESIGN[key];
    for (const s of SEXES) sexTargets[`${key}:${s}`] = size * sex[s];
    for (const a of AGE_BANDS) ageTargets[`${key}:${a}`] = size * age[a];
  }
  return [
    {
      variable: "population × sexe",
      codes: sample.population.map((key, i) => `${key}:${sample.sex[i]}`),
      targets: sexTargets,
    },
    {
      variable: "population × âge",
      codes: sample.population.map((key, i) => `${key}:${sample.age[i]}`),
      targets: ageTargets,
    },
  ];
}

/** One row of the printed table. */
export interface PopulationRow {
  readonly population: PopulationKey;
  readonly respondents: number;
  /** The share of "yes" in the raw sample, every respondent counting once. */
  readonly unweighted: number;
  /** The raked estimate with its interval, standard error and Kish summaries. */
  readonly raked: DomainEstimate<PopulationKey>;
  /**
   * The poll-style margin of error at 95 % (0.031 is 3.1 points): the normal half-width for the
   * population's respondents, inflated by the design effect of its raked weights.
   */
  readonly marginOfError: number;
}

/** What the example computes, all of it checked by its test. */
export interface WeightingReport {
  readonly rake: RakeResult;
  readonly margins: RakeMargin[];
  readonly rows: PopulationRow[];
  /** Kish effective sample size of the whole raked file. */
  readonly effectiveN: number;
}

/**
 * Rakes the sample to the population margins, then estimates the share of "yes" in each
 * population as a domain of the raked design (R: `svyby(~answer, ~population, design,
 * svymean)` and `svyciprop` per domain, logit intervals at 95 %).
 */
export function weightSample(sample: QuotaSample): WeightingReport {
  const margins = populationMargins(sample);
  const raked = rake({ margins });
  const estimates = domainProportions(sample.answer, raked.weights, sample.population, {
    level: 0.95,
  });
  const rows = estimates.map((estimate): PopulationRow => {
    let yes = 0;
    let respondents = 0;
    sample.population.forEach((key, i) => {
      if (key !== estimate.group) return;
      respondents += 1;
      yes += sample.answer[i] ?? 0;
    });
    return {
      population: estimate.group,
      respondents,
      unweighted: yes / respondents,
      raked: estimate,
      marginOfError: marginOfError(estimate.estimate, estimate.n, {
        designEffect: estimate.designEffect,
      }),
    };
  });
  return { rake: raked, margins, rows, effectiveN: kishEffectiveSampleSize(raked.weights) };
}
