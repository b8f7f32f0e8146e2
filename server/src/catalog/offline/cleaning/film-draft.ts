import { parseVegaDate, type ReleaseDate } from "./release-date.js";
import type { VegaRow } from "./vega-row.js";

/**
 * A film on its way through the cleaning pipeline: vega's columns under our
 * names and types, still carrying whatever faults the repairs have not fixed
 * yet. Each repair takes a draft and returns a draft (the same object when it
 * had nothing to fix, which is how the pipeline counts repairs).
 */
export interface FilmDraft {
  /** A number until `numeric-title.ts` runs: the file stores "300" as 300. */
  title: string | number | null;
  release: ReleaseDate | null;
  usGross: number | null;
  worldwideGross: number | null;
  budget: number | null;
  mpaaRating: string | null;
  runtimeMinutes: number | null;
  distributor: string | null;
  /** What the story comes from, e.g. "Based on Book/Short Story". */
  source: string | null;
  majorGenre: string | null;
  creativeType: string | null;
  director: string | null;
  rottenTomatoes: number | null;
  imdbRating: number | null;
  imdbVotes: number | null;
}

/** A draft whose title survived cleaning: the shape the catalog is built from. */
export type CleanFilm = FilmDraft & { title: string };

/** The draft's text columns besides the title. */
const TEXT_FIELDS = [
  "mpaaRating",
  "distributor",
  "source",
  "majorGenre",
  "creativeType",
  "director",
] as const satisfies ReadonlyArray<keyof FilmDraft>;

/** US DVD sales are dropped: nothing we serve uses them. */
export function draftFromVegaRow(row: VegaRow): FilmDraft {
  return {
    title: row.Title,
    release: parseVegaDate(row["Release Date"]),
    usGross: row["US Gross"],
    worldwideGross: row["Worldwide Gross"],
    budget: row["Production Budget"],
    mpaaRating: row["MPAA Rating"],
    runtimeMinutes: row["Running Time min"],
    distributor: row.Distributor,
    source: row.Source,
    majorGenre: row["Major Genre"],
    creativeType: row["Creative Type"],
    director: row.Director,
    rottenTomatoes: row["Rotten Tomatoes Rating"],
    imdbRating: row["IMDB Rating"],
    imdbVotes: row["IMDB Votes"],
  };
}

/**
 * Applies a text repair to the title and every text column; returns the same
 * draft when nothing changed, so the pipeline can count what was repaired.
 */
export function mapTextFields(
  draft: FilmDraft,
  repair: (text: string) => string | null,
): FilmDraft {
  let repaired: FilmDraft | null = null;
  if (typeof draft.title === "string") {
    const title = repair(draft.title);
    if (title !== draft.title) repaired = { ...draft, title };
  }
  for (const field of TEXT_FIELDS) {
    const value = draft[field];
    const fixed = value === null ? null : repair(value);
    if (fixed !== value) {
      repaired ??= { ...draft };
      repaired[field] = fixed;
    }
  }
  return repaired ?? draft;
}
