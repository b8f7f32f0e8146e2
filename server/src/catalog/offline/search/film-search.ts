import type { CatalogRecord } from "../catalog-record.js";
import { parseQuery } from "./parse-query.js";
import { Ranker } from "./ranking.js";
import { TitleIndex } from "./title-index.js";

/**
 * One search, start to finish: parse, match titles, rank. A year typed with
 * words is a strong hint, not a filter ("king kong 2005" still lists the other
 * King Kongs, after it); the number may also be part of a title ("fantasia
 * 2000"), so both readings are matched. A query that is only a year and names
 * no film ("1994") lists that year's films, most popular first.
 */
export class FilmSearch {
  readonly #index: TitleIndex;
  readonly #ranker: Ranker;
  readonly #byPopularity: readonly CatalogRecord[];

  constructor(records: readonly CatalogRecord[]) {
    this.#index = new TitleIndex(records);
    this.#ranker = new Ranker(records);
    this.#byPopularity = [...records].sort((a, b) => b.popularity - a.popularity || a.id - b.id);
  }

  /** Every film the text finds, best first. */
  find(text: string): CatalogRecord[] {
    const query = parseQuery(text);
    const matches = this.#index.match(query.titleTerms);
    // Only read the year as part of the title if some title has that number.
    if (query.year !== null && this.#index.hasTitleNumber(String(query.year))) {
      for (const [id, score] of this.#index.match(query.terms, { orElseAny: false })) {
        matches.set(id, Math.max(score, matches.get(id) ?? 0));
      }
    }
    if (matches.size === 0) return this.#filmsOfYear(query.terms);
    return this.#ranker.rank(matches, { titleTerms: query.titleTerms, year: query.year });
  }

  #filmsOfYear(terms: readonly string[]): CatalogRecord[] {
    const [only] = terms;
    if (terms.length !== 1 || only === undefined || !/^\d{4}$/.test(only)) return [];
    return this.#byPopularity.filter((record) => record.year === Number(only));
  }
}
