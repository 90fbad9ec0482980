import { formatPercent } from "@observatoire/impact-indicators";
import { generateQuotaSample } from "./sample";
import { formatTable } from "./table";
import { weightSample } from "./weighting";

// Change the seed to draw another synthetic sample: the method and the checks stay the same.
const seed = Number(process.argv[2] ?? 2019);
const sample = generateQuotaSample(seed);
const report = weightSample(sample);

console.log(
  `Échantillon par quotas synthétique (graine ${seed}) : ${sample.answer.length} répondants`,
);
console.log(
  `Redressement (raking) : ${report.rake.converged ? "convergé" : "NON convergé"} en ${report.rake.iterations} passes, ` +
    `écart maximal aux cibles ${report.rake.maxAbsoluteError.toExponential(1)}, ` +
    `n effectif ${report.effectiveN.toFixed(0)}`,
);
console.log();
console.log("« Les partenariats sont source d’innovation » (part de oui)");
console.log();
console.log(formatTable(report));
console.log();
console.log(
  `Brut : part de oui parmi les répondants. Redressé : estimation pondérée par domaine ` +
    `(R : svyby + svyciprop, méthode logit). Niveau ${formatPercent(0.95)}. Données synthétiques.`,
);
