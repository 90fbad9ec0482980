import { escapeHtml, localize, type Text } from "@observatoire/impact-core";
import type { FactSheet } from "./fact-sheet";

// Catalog text is data: escape it (in French). Note calls and notes come from
// impact-citations' HTML format, which escapes the data it renders, so they are inserted
// as they are.
const text = (value: Text): string => escapeHtml(localize(value, "fr"));

/** The fact sheet as a standalone HTML page (inline CSS, inline SVG chart). */
export function renderFactSheetHtml(sheet: FactSheet, chartSvg: string): string {
  const { programme } = sheet;
  const headlines = sheet.headlines
    .map(
      (h) =>
        `<li><span class="value">${text(h.value)}</span> des ${text(h.population.toLowerCase())}${h.call}</li>`,
    )
    .join("\n        ");
  const programmes = sheet.programmes
    .map(
      (line) =>
        `<tr><th scope="row">${text(line.programme.name)}</th><td>${text(line.programme.title)}</td><td class="periods">${line.periods.join("<br>")}</td></tr>`,
    )
    .join("\n        ");
  const axes = sheet.axes
    .map((axis) => `<li><strong>${text(axis.name)}</strong> : ${text(axis.description)}</li>`)
    .join("\n        ");
  const phases = sheet.phases
    .map(
      (phase) =>
        `<li><strong>${text(phase.name)}</strong>. ${phase.description === undefined ? "" : text(phase.description)}</li>`,
    )
    .join("\n        ");
  const chartRows = sheet.chart
    .map(
      (row) =>
        `<tr><td>${text(row.label)}</td><td>${text(row.sample)}</td><td>${text(row.interval)}</td></tr>`,
    )
    .join("\n          ");
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Le programme ${text(programme.name)} — fiche</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1d2433; line-height: 1.5; }
  h1, h2 { color: #0b4f6c; }
  .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: .75rem; list-style: none; padding: 0; }
  .figures li { border-left: 4px solid #0b4f6c; padding: .25rem .75rem; }
  .value { display: block; font-size: 2rem; font-weight: 700; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #e3e3dc; vertical-align: top; }
  .periods { white-space: nowrap; }
  .notes { font-size: .9rem; border-top: 1px solid #ccc; padding-top: .5rem; }
  figure { margin: 1rem 0; }
</style>
</head>
<body>
<main>
  <h1>Le programme ${text(programme.name)}</h1>
  <p><em>${text(programme.title)}</em>. ${programme.aim === undefined ? "" : text(programme.aim)}</p>

  <section id="headlines">
    <h2>Les partenariats, source d’innovation</h2>
    <ul class="figures">
        ${headlines}
    </ul>
    <p>${text(sheet.claim)}. Les sources de ces chiffres n’en publient pas l’effectif : la fiche n’y ajoute pas d’intervalle de confiance.</p>
  </section>

  <section id="programmes">
    <h2>Trois programmes quinquennaux</h2>
    <table>
        ${programmes}
    </table>
  </section>

  <section id="axes">
    <h2>Trois axes d’impact</h2>
    <ol>
        ${axes}
    </ol>
  </section>

  <section id="phases">
    <h2>Les phases du programme ${text(programme.name)}</h2>
    <ol>
        ${phases}
    </ol>
    <p>Partenaires : ${sheet.partners.map(text).join(", ")}.</p>
  </section>

  <section id="chart">
    <h2>Chiffres dont l’effectif est publié</h2>
    <figure>
      ${chartSvg}
      <figcaption>
        <table>
          ${chartRows}
        </table>
        Intervalles de Wilson à 95 %, calculés sur l’effectif publié ; « n > » : l’intervalle est calculé pour cet effectif minimal, il est donc au plus aussi large.
      </figcaption>
    </figure>
  </section>

  <section class="notes" id="notes">
    <h2>Notes</h2>
    <ol>
      ${sheet.notes.map((note) => note.line).join("\n      ")}
    </ol>
  </section>
</main>
</body>
</html>
`;
}
