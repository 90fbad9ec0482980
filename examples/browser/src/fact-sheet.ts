import { createNoteRegistry } from "@observatoire/impact-citations";
import { localize } from "@observatoire/impact-core";
import { catalog } from "@observatoire/impact-data";
import { formatPercent } from "@observatoire/impact-indicators";

/** The four figures of the programme page's headline sentence. */
const HEADLINE_FIGURES = [
  "impact-citoyens-source-d-innovation",
  "phare-dirigeants-source-d-innovation",
  "phare-responsables-associatifs-source-d-innovation",
  "phare-maires-source-d-innovation",
] as const;

function must<T>(value: T | undefined, what: string): T {
  // The catalog is validated when it loads: a missing entry is a bug of this example.
  if (value === undefined) throw new Error(`the catalog has no ${what}`);
  return value;
}

/**
 * The fact sheet's nodes: the programme's title, the headline figures each with its note
 * call, and the numbered notes. Catalog text goes in as text; note calls and notes come from
 * impact-citations' HTML format, which escapes the data it renders.
 */
export function renderFactSheet(doc: Document): Node[] {
  const programme = must(
    catalog.programmes.find((p) => p.id === "impact"),
    "IMPACT programme",
  );
  const notes = createNoteRegistry({
    sources: catalog.sources,
    style: "observatoire",
    format: "html",
    locale: "fr",
    reuseNumbers: true,
  });

  const title = doc.createElement("h1");
  title.id = "fact-sheet-title";
  title.textContent = `Le programme ${programme.name}`;
  const subtitle = doc.createElement("p");
  subtitle.textContent = `${localize(programme.title, "fr")}. ${programme.aim === undefined ? "" : localize(programme.aim, "fr")}`;

  const figures = doc.createElement("ul");
  figures.className = "figures";
  for (const id of HEADLINE_FIGURES) {
    const figure = must(
      catalog.figures.find((f) => f.id === id),
      `figure ${id}`,
    );
    const population = must(
      catalog.populations.find((p) => p.id === figure.population),
      `population ${figure.population}`,
    );
    const item = doc.createElement("li");
    const value = doc.createElement("span");
    value.className = "value";
    value.textContent = formatPercent(figure.value, { locale: "fr" });
    item.append(value, `des ${localize(population.name, "fr").toLowerCase()}`);
    item.insertAdjacentHTML("beforeend", notes.cite(figure.source));
    figures.append(item);
  }
  const claim = doc.createElement("p");
  claim.textContent = "pensent que les partenariats sont source d’innovation.";

  const list = doc.createElement("ol");
  list.insertAdjacentHTML(
    "beforeend",
    notes
      .notes()
      .map((note) => note.line)
      .join(""),
  );
  const footer = doc.createElement("footer");
  footer.className = "notes";
  footer.append(list);

  return [title, subtitle, figures, claim, footer];
}
