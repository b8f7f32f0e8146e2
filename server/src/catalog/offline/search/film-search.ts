import { type ParsedQuery, parseQuery, withoutYear } from "../../titles/parse-query.js";
import {
  nthOfSeries,
  type SeriesFilm,
  seriesWords,
  typedSeriesNumber,
} from "../../titles/series.js";
import { matchableTerms } from "../../titles/term-rules.js";
import { TitleDictionary } from "../../titles/title-dictionary.js";
import { votesAtPopularity } from "../build/popularity.js";
import type { CatalogRecord } from "../catalog-record.js";
import { AcronymSearch } from "./acronym-search.js";
import type { Matches } from "./match-sets.js";
import { Ranker } from "./ranking.js";
import { buildSearchIndex, type SearchIndex } from "./search-index.js";
import { TitleIndex } from "./title-index.js";

export interface FilmSearchResult {
  /** Every film the text finds, best first. */
  films: CatalogRecord[];
  /**
   * What the user probably meant, when a typed word is no title's word or
   * nothing was found ("fite club" → "fight club"): for "Did you mean …".
   */
  suggestions: string[];
}

const MAX_SUGGESTIONS = 3;
/** Above the best other match by more than the widest popularity gap (see `ranking.ts`). */
const BEING_TYPED_BOOST = 4;

/**
 * One search, start to finish: parse, match titles, rank. A year typed with
 * words is a strong hint, not a filter ("king kong 2005" still lists the other
 * King Kongs, after it); the number may also be part of a title ("fantasia
 * 2000"), so both readings are matched. A query that is only a year and names
 * no film ("1994") lists that year's films, most popular first.
 *
 * The match already forgives typos; when it had to (a typed word is in no
 * title) or found nothing, the titles also serve as a spelling dictionary
 * (`title-dictionary.ts`) to say what the user probably meant.
 */
export class FilmSearch {
  readonly #index: TitleIndex;
  readonly #ranker: Ranker;
  readonly #byPopularity: readonly CatalogRecord[];
  /** The titles as a spelling dictionary, restored from what the build stored. */
  readonly #dictionary: TitleDictionary;
  readonly #acronyms: AcronymSearch;
  /** Titles as the series reading compares them, worked out when first read. */
  readonly #seriesFacts = new WeakMap<CatalogRecord, SeriesFilm>();
  /** The film popularity's scale is read from, for the votes of films without them. */
  readonly #mostVoted: { popularity: number; votes: number };

  /**
   * `search` is what the build derived from these records and stored with
   * them (`search-index.ts`); without it, it is derived here, which takes a
   * few hundred milliseconds.
   */
  constructor(records: readonly CatalogRecord[], search: SearchIndex = buildSearchIndex(records)) {
    this.#dictionary = TitleDictionary.restore(
      records.map((record) => record.title),
      search.dictionary,
    );
    this.#acronyms = new AcronymSearch(records);
    this.#index = new TitleIndex(records, search);
    this.#ranker = new Ranker(records, search.titles);
    this.#byPopularity = [...records].sort((a, b) => b.popularity - a.popularity || a.id - b.id);
    const mostVoted = this.#byPopularity.find((record) => record.imdbVotes !== null);
    this.#mostVoted = { popularity: mostVoted?.popularity || 1, votes: mostVoted?.imdbVotes ?? 0 };
  }

  /** The films the text finds, and what it probably meant when it needed correcting. */
  search(text: string): FilmSearchResult {
    const { films, byAcronym } = this.#find(text);
    // "lotr" is no title word, but no mistake either: nothing to correct.
    if (byAcronym) return { films, suggestions: [] };
    const { titleTerms, year } = parseQuery(text);
    const terms = matchableTerms(titleTerms);
    const mistyped = terms.some(
      (term, i) =>
        !this.#index.vocabulary.has(term, { prefix: i === terms.length - 1 && term.length >= 2 }),
    );
    if (films.length > 0 && !mistyped) return { films, suggestions: [] };
    // The typed year is no title word: correct the rest, then put it back.
    const { title, yearSuffix } =
      year === null ? { title: text, yearSuffix: "" } : withoutYear(text, year);
    const suggestions = this.#dictionary
      .spellingSuggestions(title, MAX_SUGGESTIONS)
      .map((suggestion) => `${suggestion}${yearSuffix}`);
    return { films, suggestions };
  }

  /** Every film the text finds, best first. */
  find(text: string): CatalogRecord[] {
    return this.#find(text).films;
  }

  /**
   * A lone word may also be an acronym ("lotr", "potc"). When it is no title
   * word (nor the start of one, being typed), the films it abbreviates come
   * first; when it is one too ("tmnt" is also a title), they come after the
   * films it names as a word.
   */
  #find(text: string): { films: CatalogRecord[]; byAcronym: boolean } {
    const query = parseQuery(text);
    const films = this.#match(query);
    const acronymOf = this.#acronyms.films(query.titleTerms);
    if (acronymOf.size === 0)
      return { films: this.#withNthOfSeriesFirst(query, films), byAcronym: false };
    const named = this.#ranker.rank(acronymOf, { titleTerms: [], year: query.year });
    const [term = "", ...more] = query.titleTerms;
    if (this.#index.vocabulary.has(term, { prefix: true })) {
      // Still, unless a title is the word and the number ("saw 2" is Saw II), the film a
      // sequel number picked out of the series ("tmnt 2") is what was asked for.
      const [first] = named;
      const [wordsFirst] = films;
      const nthAsked =
        more.length > 0 &&
        first !== undefined &&
        AcronymSearch.isPicked(acronymOf, first.id) &&
        !(wordsFirst && this.#ranker.isTitle(wordsFirst.id, query.titleTerms));
      const picked = nthAsked ? [first] : [];
      const rest = [...films, ...named].filter((film) => !picked.includes(film));
      return { films: [...picked, ...new Set(rest)], byAcronym: false };
    }
    return { films: [...new Set([...named, ...films])], byAcronym: true };
  }

  /**
   * "harry potter 3", "alien 2": the series' n-th film by release first, when
   * no title carries the number (`titles/series.ts`).
   */
  #withNthOfSeriesFirst(query: ParsedQuery, films: CatalogRecord[]): CatalogRecord[] {
    const asked = typedSeriesNumber(query.titleTerms);
    if (!asked) return films;
    const picked = nthOfSeries(
      films,
      asked,
      (film) => this.#seriesFactsOf(film),
      // Most shorthands are no title's word: only those that are get searched.
      (word) => (this.#index.vocabulary.has(word) ? this.#match(parseQuery(word)) : []),
    );
    return picked ? [picked, ...films.filter((film) => film !== picked)] : films;
  }

  #seriesFactsOf(film: CatalogRecord): SeriesFilm {
    let facts = this.#seriesFacts.get(film);
    if (!facts) {
      facts = {
        words: seriesWords(film.title),
        released: film.releaseDate ?? (film.year === null ? null : String(film.year)),
        // Films without votes (Aliens, here) have them estimated, as popularity did.
        votes: film.imdbVotes ?? votesAtPopularity(film.popularity, this.#mostVoted),
      };
      this.#seriesFacts.set(film, facts);
    }
    return facts;
  }

  #match(query: ParsedQuery): CatalogRecord[] {
    const cache = new Map<string, Matches>();
    const matches = this.#index.match(query.titleTerms, { cache });
    // Only read the year as part of the title if some title has that number.
    const yearInTitle = query.year !== null && this.#index.hasTitleNumber(String(query.year));
    if (yearInTitle) {
      for (const [id, score] of this.#index.match(query.terms, { orElseAny: false, cache })) {
        matches.set(id, Math.max(score, matches.get(id) ?? 0));
      }
    }
    this.#addTitlesBeingTyped(query.titleTerms, matches);
    if (matches.size === 0) return this.#filmsOfYear(query.terms);
    return this.#ranker.rank(matches, {
      titleTerms: query.titleTerms,
      allTerms: yearInTitle ? query.terms : undefined,
      year: query.year,
    });
  }

  /**
   * A last word of one letter is not yet worth expanding on its own (it
   * starts a third of all words), but after other words it says how a title
   * goes on: "star w" is typing Star Wars, "the g" The Godfather. The films
   * whose title starts that way come before the other matches (a title with
   * the word "t" is not what "big t" is typing).
   */
  #addTitlesBeingTyped(titleTerms: readonly string[], matches: Matches): void {
    const last = titleTerms.at(-1);
    if (titleTerms.length < 2 || last?.length !== 1) return;
    const beyondBest = Math.max(1, ...matches.values()) * BEING_TYPED_BOOST;
    for (const id of this.#ranker.titlesStartingWith(titleTerms)) matches.set(id, beyondBest);
  }

  #filmsOfYear(terms: readonly string[]): CatalogRecord[] {
    const [only] = terms;
    if (terms.length !== 1 || only === undefined || !/^\d{4}$/.test(only)) return [];
    return this.#byPopularity.filter((record) => record.year === Number(only));
  }
}
