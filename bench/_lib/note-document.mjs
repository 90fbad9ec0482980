// The 3,000-note document of the citation benches (citations.mjs, remark-citations.mjs):
// 300 report sources, one note in four an ibid. of the note before, half the cites with a
// page, and the French note style of the same shape for citeproc-js (genre, title, author
// and date; Ibid.; op. cit.), so that every bench times the same notes.
import { mulberry32 } from "./random.mjs";

export const SOURCES = 300;
export const NOTES = 3000;
const GENRES = ["Etude", "Rapport quinquennal", "Note prospective", "Actes du colloque"];
export const sources = Array.from({ length: SOURCES }, (_, k) => ({
  id: `source-${k}`,
  type: "report",
  genre: GENRES[k % GENRES.length],
  title: k % 3 === 0 ? `IMPACT-${k}` : `les impacts des alliances numéro ${k}`,
  "title-short": `impacts ${k}`,
  author: [{ literal: k % 2 === 0 ? "Observatoire des partenariats" : "Le RAMEAU" }],
  issued: { "date-parts": [[2010 + (k % 12), 1 + (k % 12)]] },
}));
const docNext = mulberry32(42);
export const citations = [];
let previous;
for (let note = 1; note <= NOTES; note += 1) {
  // One note in four cites the previous note's source again (ibid.), the rest any source.
  const id =
    previous !== undefined && docNext() < 0.25
      ? previous
      : `source-${Math.floor(docNext() * SOURCES)}`;
  const locator = docNext() < 0.5 ? String(1 + Math.floor(docNext() * 300)) : undefined;
  citations.push({ noteNumber: note, cites: [locator === undefined ? { id } : { id, locator }] });
  previous = id;
}

export const NOTE_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="fr-FR">
  <info><title>Observatoire (bench)</title><id>observatoire-bench</id><category citation-format="note"/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="locator">
    <group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group>
  </macro>
  <citation>
    <layout delimiter=" ; ">
      <choose>
        <if position="ibid-with-locator">
          <group delimiter=", "><text term="ibid" text-case="capitalize-first"/><text macro="locator"/></group>
        </if>
        <else-if position="ibid"><text term="ibid" text-case="capitalize-first"/></else-if>
        <else-if position="subsequent">
          <group delimiter=", ">
            <group delimiter=" "><text variable="genre"/><text variable="title" form="short" quotes="true"/></group>
            <text term="op-cit" font-style="italic"/>
            <text macro="locator"/>
          </group>
        </else-if>
        <else>
          <group delimiter=", ">
            <group delimiter=" ">
              <text variable="genre"/>
              <text variable="title" quotes="true"/>
              <group prefix="(" suffix=")" delimiter=", ">
                <names variable="author"/>
                <date variable="issued" form="text" date-parts="year-month"/>
              </group>
            </group>
            <text macro="locator"/>
          </group>
        </else>
      </choose>
    </layout>
  </citation>
</style>`;
