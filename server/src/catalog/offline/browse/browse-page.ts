import { genreName, OFFLINE_BROWSE_GENRE_IDS } from "../../genres.js";
import type { BrowsePage, BrowseRow } from "../../movie.js";
import type { CatalogRecord } from "../catalog-record.js";
import { similarFilms } from "../details/similar.js";
import { toDetails, toSummary } from "../details/to-dto.js";
import { inGenre, newReleases, popular, presentYear, topRated, trending } from "./rankings.js";

/** Films per row: enough to scroll through, few enough to keep the answer small. */
export const ROW_LENGTH = 20;

/**
 * The home page from the offline catalog: the billboard features the top
 * "trending" film, then the standard rows and one per genre. The catalog
 * never changes while the server runs, so callers may compute this once.
 */
export function offlineBrowsePage(films: readonly CatalogRecord[]): BrowsePage {
  const present = presentYear(films);
  const trendingFilms = trending(films, present);
  const rows: BrowseRow[] = [
    row("trending", "Trending now", trendingFilms),
    row("popular", "Popular", popular(films)),
    row("top-rated", "Top rated", topRated(films)),
    row("new-releases", "New releases", newReleases(films, present)),
  ];
  for (const id of OFFLINE_BROWSE_GENRE_IDS) {
    const name = genreName(id);
    if (name) rows.push(row(`genre-${id}`, name, inGenre(films, name)));
  }
  const featured = trendingFilms[0];
  return {
    featured: featured ? toDetails(featured, similarFilms(featured, films)) : null,
    rows: rows.filter((r) => r.movies.length > 0),
  };
}

function row(id: string, title: string, films: CatalogRecord[]): BrowseRow {
  return { id, title, movies: films.slice(0, ROW_LENGTH).map(toSummary) };
}
