import { formatInterval, formatPercent, formatPoints } from "@observatoire/impact-indicators";
import { POPULATION_LABELS } from "./design";
import type { WeightingReport } from "./weighting";

/** Formats the report as a Markdown table, French conventions (`74,2 %`, `± 3,1 pts`). */
export function formatTable(report: WeightingReport): string {
  const header = [
    "Population",
    "Répondants",
    "n effectif",
    "Brut",
    "Redressé",
    "IC à 95 % (logit)",
    "Marge d’erreur",
  ];
  const lines = report.rows.map((row) => [
    POPULATION_LABELS[row.population],
    String(row.respondents),
    row.raked.effectiveN.toFixed(0),
    formatPercent(row.unweighted, { locale: "fr", digits: 1 }),
    formatPercent(row.raked.estimate, { locale: "fr", digits: 1 }),
    formatInterval(row.raked, { locale: "fr" }),
    formatPoints(row.marginOfError * 100, { locale: "fr", digits: 1, style: "margin" }),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? "").length)),
  );
  const render = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [
    render(header),
    `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`,
    ...lines.map(render),
  ].join("\n");
}
