import { type AgeBand, DESIGN, POPULATIONS, type PopulationKey, type Sex } from "./design";
import { drawFrom, mulberry32 } from "./prng";

/** A survey file in columns, one entry per respondent, as survey data usually comes. */
export interface QuotaSample {
  readonly population: PopulationKey[];
  readonly sex: Sex[];
  readonly age: AgeBand[];
  /** 1 when the respondent says partnerships are a source of innovation, else 0. */
  readonly answer: Uint8Array;
}

/**
 * Draws the synthetic quota sample: each population's quota is met exactly, sexes are
 * interviewed half and half (a quota that ignores the population's real mix) and older people
 * are over-represented, so the raw sample is biased in a way raking can correct.
 */
export function generateQuotaSample(seed: number): QuotaSample {
  const random = mulberry32(seed);
  const population: PopulationKey[] = [];
  const sex: Sex[] = [];
  const age: AgeBand[] = [];
  const answers: number[] = [];
  for (const key of POPULATIONS) {
    const design = DESIGN[key];
    for (let i = 0; i < design.quota; i += 1) {
      const band = drawFrom(design.sampledAge, random);
      population.push(key);
      sex.push(i % 2 === 0 ? "F" : "M");
      age.push(band);
      answers.push(random() < design.yes[band] ? 1 : 0);
    }
  }
  return { population, sex, age, answer: Uint8Array.from(answers) };
}
