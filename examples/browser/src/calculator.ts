import { isImpactError } from "@observatoire/impact-core";
import {
  formatInterval,
  formatPercent,
  type Interval,
  type ProportionMethod,
  proportionInterval,
} from "@observatoire/impact-indicators";

/** The methods offered by the calculator, with the label shown in the form. */
export const METHODS: readonly { readonly value: ProportionMethod; readonly label: string }[] = [
  { value: "wilson", label: "Wilson (par défaut)" },
  { value: "agresti-coull", label: "Agresti-Coull" },
  { value: "clopper-pearson", label: "Clopper-Pearson (exact)" },
  { value: "jeffreys", label: "Jeffreys" },
  { value: "wald", label: "Wald" },
];

/** What the form holds: raw strings, as a person typed them. */
export interface CalculatorInput {
  readonly successes: string;
  readonly trials: string;
  readonly method: string;
  /** Confidence level in percent, e.g. `"95"`. */
  readonly level: string;
}

/** The calculator's answer: the interval and its French wording, or why there is none. */
export type CalculatorResult =
  | { readonly ok: true; readonly interval: Interval<ProportionMethod>; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly path: readonly (string | number)[] };

// An empty field must not become 0 (Number("") === 0): it is reported as missing instead.
function toNumber(raw: string): number {
  return raw.trim() === "" ? Number.NaN : Number(raw.replace(",", "."));
}

/**
 * Computes the interval for the form's values. Invalid input is not checked here: the
 * library validates it and its `ImpactError` (code, path, message) is shown to the person.
 */
export function computeInterval(input: CalculatorInput): CalculatorResult {
  try {
    const interval = proportionInterval(toNumber(input.successes), toNumber(input.trials), {
      method: input.method as ProportionMethod,
      level: toNumber(input.level) / 100,
    });
    const level = formatPercent(interval.level, { locale: "fr" });
    const text = `${formatPercent(interval.estimate, { locale: "fr", digits: 1 })}, intervalle de confiance à ${level} : ${formatInterval(interval, { locale: "fr" })}`;
    return { ok: true, interval, text };
  } catch (error) {
    if (isImpactError(error)) {
      return { ok: false, message: error.message, path: error.path ?? [] };
    }
    throw error;
  }
}
