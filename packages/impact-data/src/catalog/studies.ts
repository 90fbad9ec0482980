import type { StudyInput } from "@observatoire/impact-core";
import type { CatalogActorId } from "./actors";
import type { CatalogPhaseId } from "./phases";
import type { CatalogPopulationId } from "./populations";
import type { CatalogProgrammeId } from "./programmes";
import type { CatalogSourceId } from "./sources";

type CatalogStudyInput = StudyInput & {
  readonly programme?: CatalogProgrammeId;
  readonly phase?: CatalogPhaseId;
  readonly populations: readonly CatalogPopulationId[];
  readonly institutes?: readonly CatalogActorId[];
  readonly sources?: readonly CatalogSourceId[];
};

/**
 * Every study of the sources. The sources give one "date" per study: the catalog
 * records it as `published` (the date the seed cites IMPACT-Citoyens under), except where
 * the sources say what it is (waves, fieldwork). Unknown institutes, dates and samples are
 * left absent.
 *
 * @internal
 */
export const studies = [
  {
    id: "arpea-citoyens",
    name: "ARPEA-Citoyens",
    programme: "arpea",
    populations: ["citoyens"],
    institutes: ["comisis"],
    waves: ["2008", "2012"],
    sources: ["etude-arpea-citoyens"],
  },
  {
    id: "arpea-associations",
    name: "ARPEA-Associations",
    programme: "arpea",
    populations: ["responsables-associatifs"],
    institutes: ["comisis", "cpca", "avise"],
    published: "2009-11",
    sources: ["etude-arpea-associations-2009"],
  },
  {
    id: "arpea-entreprises-territoires",
    name: "ARPEA Entreprises & Territoires",
    programme: "arpea",
    populations: ["dirigeants-entreprise"],
    published: "2011-01",
    sources: ["etude-arpea-entreprises-territoires-2011"],
  },
  {
    id: "phare-citoyens",
    name: "PHARE-Citoyens",
    programme: "phare",
    populations: ["citoyens"],
    institutes: ["comisis"],
    published: "2015-09-30",
    sample: { size: 2000, qualifier: "more-than" },
    sources: ["etude-phare-citoyens-2015", "carenews-phare-citoyens"],
  },
  {
    id: "phare-entreprises",
    name: "PHARE-Entreprises",
    programme: "phare",
    populations: ["dirigeants-entreprise"],
    institutes: ["comisis"],
    published: "2015-10",
    sources: ["etude-phare-entreprises-2015", "lerameau-phare-entreprises"],
  },
  {
    id: "phare-associations",
    name: "PHARE-Associations",
    programme: "phare",
    populations: ["responsables-associatifs"],
    institutes: ["comisis"],
    published: "2015-11",
    sources: [
      "etude-phare-associations-2015",
      "lerameau-phare-associations",
      "phare-associations-release-2015",
    ],
  },
  {
    id: "phare-institutions",
    name: "PHARE-Institutions",
    programme: "phare",
    populations: ["maires"],
    institutes: ["comisis", "opinionway"],
    published: "2016-11",
    sources: ["etude-phare-institutions-2016", "lerameau-le-programme-impact"],
  },
  // Seed note [1].
  {
    id: "impact-citoyens",
    name: "IMPACT-Citoyens",
    programme: "impact",
    phase: "impact-etudes-quantitatives",
    populations: ["citoyens"],
    institutes: ["comisis", "opinionway"],
    published: "2019-10",
    sources: ["etude-impact-citoyens-2019"],
  },
  // the sources do not tie it to a programme.
  {
    id: "urgence-covid-citoyens",
    name: "URGENCE-Covid-Citoyens",
    populations: ["citoyens"],
    institutes: ["comisis", "opinionway"],
    waves: ["2020"],
    published: "2020-05-07",
    sources: [
      "etude-urgence-covid-citoyens-2020",
      "lerameau-81-des-francais-nous-invitent-aux-alliances",
    ],
  },
  {
    id: "impact-elus-locaux",
    name: "IMPACT-Elus locaux",
    programme: "impact",
    phase: "impact-etudes-quantitatives",
    populations: ["elus-locaux"],
    institutes: ["comisis", "opinionway"],
    waves: ["2020"],
    published: "2020-11-23",
    sources: ["etude-impact-elus-locaux-2020", "carenews-2020-11-23"],
  },
  {
    id: "impact-associations-territoires",
    name: "IMPACT - Associations & Territoires",
    programme: "impact",
    phase: "impact-etudes-quantitatives",
    populations: ["associations-employeuses"],
    sources: ["etude-impact-associations-territoires"],
  },
  // After IMPACT's period; the sources do not tie it to a programme.
  {
    id: "impacts-trajectoires-elus-locaux",
    name: "IMPACTS & TRAJECTOIRES - Elus locaux",
    populations: ["maires"],
    institutes: ["comisis", "opinionway"],
    fieldwork: { start: "2024-09-30", end: "2024-10-28" },
    mode: "phone",
    sample: { size: 302, qualifier: "exact" },
    sources: ["etude-impacts-trajectoires-elus-locaux-2024"],
  },
] as const satisfies readonly CatalogStudyInput[];

/**
 * The id of a study of the reference catalog: a union of string literals, so that the
 * lookups reject an unknown id at compile time.
 *
 * @example
 * import { catalog, type CatalogStudyId } from "@observatoire/impact-data";
 * const id: CatalogStudyId = "phare-citoyens";
 * catalog.studies.some((entity) => entity.id === id);
 * //=> true
 */
export type CatalogStudyId = (typeof studies)[number]["id"];
