import type { SearchPage, SearchQuery } from "../movie.js";
import { DEFAULT_CATALOG_FILE } from "../offline/catalog-record.js";
import { typedAcronym } from "../titles/acronyms.js";
import { parseQuery, withoutYear } from "../titles/parse-query.js";
import { queryTerms } from "../titles/terms.js";
import { type Correction, TitleDictionary } from "../titles/title-dictionary.js";
import { readTitleDictionary } from "../titles/title-dictionary-file.js";
import type { TmdbLogger } from "./options.js";
import { withNthOfSeriesFirst } from "./series-order.js";

/**
 * TMDB's search has no typo tolerance and reads a typed year as title text
 * ("king kong 2005" finds nothing). This module asks it better questions, at
 * most two per user query:
 *
 * 1. A year typed with the title becomes TMDB's `year` parameter, unless a
 *    known title contains that number ("fantasia 2000"); a sequel number is
 *    spelled the way the known title spells it ("lethal weapon iii" →
 *    "lethal weapon 3").
 * 2. When TMDB finds nothing, the text is corrected against a dictionary of
 *    known titles (the offline catalog's, plus every title TMDB has answered
 *    with since start-up) and asked once more; the answer then says so in
 *    `correctedQuery`. An acronym is read as what it stands for in those
 *    titles ("lotr" → "the lord of the rings"); a sequel number after it puts
 *    the series' n-th film first ("lotr 3"). Without a correction, a
 *    stripped year is tried as part of the title instead ("blade runner 2049").
 *
 * Weak answers (few results) with unknown words also carry `suggestions`,
 * taken from the same dictionary, without another call.
 *
 * @see https://developer.themoviedb.org/reference/search-movie
 */

/** One question to TMDB: the title text and, if typed, a release year. */
export interface TmdbSearchRequest {
  text: string;
  /** A year taken from the text: TMDB's `year` parameter. */
  year: number | undefined;
}

export type AskTmdb = (request: TmdbSearchRequest) => Promise<SearchPage>;

export interface QueryCorrectionOptions {
  /** The built offline catalog, whose titles seed the dictionary; a missing file leaves it empty. */
  catalogFile?: string | undefined;
  /** The dictionary's bound: titles learned beyond it are not kept. */
  maxTitles?: number | undefined;
  logger?: TmdbLogger | undefined;
}

export interface QueryCorrection {
  /** Searches TMDB through `ask` (one or two calls), correcting the text when needed. */
  search(query: SearchQuery, ask: AskTmdb): Promise<SearchPage>;
  /** Adds titles to the dictionary (`search` does this with every answer). */
  learn(titles: Iterable<string>): void;
}

/** At most this many results, and some typed word no known title has: worth a "did you mean". */
const WEAK_RESULTS = 3;
const MAX_SUGGESTIONS = 3;
/** After these, a number word is a sequel number: "part two" → "part 2". */
const NUMBERING_WORDS = new Set(["part", "episode", "chapter", "volume", "vol", "pt", "ep"]);
/** Before a closing number word, these make it part of the name ("the one", "number two"). */
const NOT_A_NAME = new Set(["the", "a", "an", "of", "and", "number", "no"]);
const NUMBER_WORD_DIGITS: Readonly<Record<string, string>> = {
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
};

interface Plan {
  /** What to ask first. */
  first: TmdbSearchRequest;
  /** The title part of the text (no year), as typed. */
  title: string;
  /** The year taken out of the text, as it is put back when showing a correction. */
  yearSuffix: string;
}

/**
 * What the title stands for when it is an acronym no known title has as a
 * word ("lotr", "lotr 3"); read only once TMDB's first answer is weak.
 */
interface AcronymReading {
  /** "the lord of the rings" */
  phrase: string;
  /** The film of the series a typed sequel number asks for. */
  nth: number | undefined;
}

export function createQueryCorrection(options: QueryCorrectionOptions = {}): QueryCorrection {
  const file = options.catalogFile ?? DEFAULT_CATALOG_FILE;
  const maxTitles = options.maxTitles ?? 50_000;
  let loading: Promise<TitleDictionary> | undefined;
  let loaded: TitleDictionary | undefined;
  /** Titles seen before the dictionary was first needed, added when it loads. */
  let seen: string[] = [];

  /** Loaded once, on first need or after the first search. */
  function dictionary(): Promise<TitleDictionary> {
    loading ??= (async () => {
      const known = await loadDictionary(file, maxTitles, options.logger);
      for (const title of seen) known.add(title);
      seen = [];
      loaded = known;
      return known;
    })();
    return loading;
  }

  function learn(titles: Iterable<string>): void {
    for (const title of titles) {
      if (loaded) loaded.add(title);
      else if (seen.length < maxTitles) seen.push(title);
    }
  }

  async function plan(query: SearchQuery): Promise<Plan> {
    const text = query.text;
    const { terms, year: typedYear } = parseQuery(text);
    // A year given apart (`year=`) is TMDB's parameter already: the text is all title.
    const year = query.year === undefined ? typedYear : null;
    const { title, yearSuffix } =
      year !== null && !(await dictionary()).hasTitleWith(terms)
        ? withoutYear(text, year)
        : { title: text, yearSuffix: "" };
    const spelled = hasNumber(queryTerms(title)) ? await respellNumbers(title) : title;
    return {
      first: { text: spelled, year: yearSuffix ? Number(year) : undefined },
      title,
      yearSuffix,
    };
  }

  /** A sequel number spelled as the known title spells it, else a number word after "part" or last as digits. */
  async function respellNumbers(title: string): Promise<string> {
    const [best] = (await dictionary()).corrections(title, 1);
    if (best?.respelledOnly && best.confident) return best.text;
    return numberWordsAsDigits(title);
  }

  async function search(query: SearchQuery, ask: AskTmdb): Promise<SearchPage> {
    if (query.correct === false) {
      const asTyped = await ask({ text: query.text, year: undefined });
      learn(asTyped.results.map((movie) => movie.title));
      return withText(asTyped, query.text);
    }
    // Ready the dictionary once people search (in the background: most searches never wait on it).
    void dictionary();
    const steps = await plan(query);
    const first = await ask(steps.first);
    // Only a weak answer needs it (most searches never wait on the dictionary). Read before
    // TMDB's answer teaches the dictionary its titles, which may use the letters as a word.
    const acronym = first.totalResults <= WEAK_RESULTS ? await readAcronym(steps.title) : undefined;
    learn(first.results.map((movie) => movie.title));
    if (first.totalResults > 0) {
      return withText(await withSuggestions(first, steps, acronym), query.text);
    }
    const retry = await secondQuestion(steps, acronym);
    if (!retry) return withText(first, query.text);
    const second = await ask(retry.request);
    learn(second.results.map((movie) => movie.title));
    // The correction found nothing either: offering it as "did you mean" would lead nowhere.
    if (second.totalResults === 0) return withText(first, query.text);
    const nth = acronym?.nth;
    const ordered =
      nth !== undefined && query.page === 1
        ? withNthOfSeriesFirst(second, retry.request.text, nth)
        : second;
    return withText(
      retry.corrected ? { ...ordered, correctedQuery: retry.corrected } : ordered,
      query.text,
    );
  }

  /** What an acronym stands for, else the spelling correction, else (a year was taken out) the whole text as a title. */
  async function secondQuestion(
    steps: Plan,
    acronym: AcronymReading | undefined,
  ): Promise<{ request: TmdbSearchRequest; corrected?: string } | null> {
    if (acronym) {
      const request = { text: acronym.phrase, year: steps.first.year };
      return { request, corrected: `${acronym.phrase}${steps.yearSuffix}` };
    }
    const correction = await bestCorrection(steps.title);
    if (correction) {
      const request = { text: correction.text, year: steps.first.year };
      if (request.text !== steps.first.text) {
        return { request, corrected: `${correction.text}${steps.yearSuffix}` };
      }
    }
    if (steps.yearSuffix) {
      return { request: { text: `${steps.title}${steps.yearSuffix}`, year: undefined } };
    }
    return null;
  }

  /** The phrase a typed acronym stands for in known titles ("potc 2" → "pirates of the caribbean", 2nd). */
  async function readAcronym(title: string): Promise<AcronymReading | undefined> {
    const typed = typedAcronym(queryTerms(title));
    const phrase = typed && (await dictionary()).acronymPhrase(typed.letters);
    return phrase ? { phrase, nth: typed.nth } : undefined;
  }

  async function bestCorrection(title: string): Promise<Correction | undefined> {
    const corrections = (await dictionary()).corrections(title, MAX_SUGGESTIONS);
    // Best: words that occur together in a known title. Else, for a title the dictionary
    // lacks ("jurasic world"), known words each one slip from what was typed.
    const spelling = corrections.filter((correction) => !correction.respelledOnly);
    return (
      spelling.find((correction) => correction.confident) ??
      spelling.find((correction) => correction.allKnown && correction.slight)
    );
  }

  async function withSuggestions(
    page: SearchPage,
    steps: Plan,
    acronym: AcronymReading | undefined,
  ): Promise<SearchPage> {
    if (page.totalResults > WEAK_RESULTS) return page;
    if (acronym) return { ...page, suggestions: [`${acronym.phrase}${steps.yearSuffix}`] };
    const known = await dictionary();
    const terms = queryTerms(steps.title);
    const mistyped = terms.some(
      (term, i) => !known.knows(term, { prefix: i === terms.length - 1 }),
    );
    if (!mistyped) return page;
    const suggestions = known
      .spellingSuggestions(steps.title, MAX_SUGGESTIONS)
      .map((suggestion) => `${suggestion}${steps.yearSuffix}`);
    return suggestions.length > 0 ? { ...page, suggestions } : page;
  }

  return { search, learn };
}

/** The page as the answer to what the user typed (the mapper fills in the text asked). */
function withText(page: SearchPage, text: string): SearchPage {
  return { ...page, query: text };
}

function hasNumber(terms: readonly string[]): boolean {
  return terms.some(
    (term) => /\d/.test(term) || /^[ivx]+$/.test(term) || term in NUMBER_WORD_DIGITS,
  );
}

/**
 * With no known title to follow, a number word that ends the title after a
 * name, or follows "part", is a sequel number, which TMDB's titles mostly
 * write in digits: "paddington two" → "paddington 2" (but "the one" stays).
 */
function numberWordsAsDigits(title: string): string {
  const words = title.split(/\s+/);
  return words
    .map((word, i) => {
      const digits = NUMBER_WORD_DIGITS[word.toLowerCase()];
      if (digits === undefined) return word;
      const previous = words[i - 1]?.toLowerCase() ?? "";
      const afterName = i === words.length - 1 && i >= 1 && !NOT_A_NAME.has(previous);
      const sequelPlace = afterName || NUMBERING_WORDS.has(previous);
      return sequelPlace ? digits : word;
    })
    .join(" ");
}

/** The catalog file's dictionary, restored as the build stored it (a few ms); empty without the file. */
async function loadDictionary(
  file: string,
  maxTitles: number,
  logger: TmdbLogger | undefined,
): Promise<TitleDictionary> {
  try {
    return await readTitleDictionary(file, { maxTitles });
  } catch (error) {
    logger?.warn(
      { file, reason: (error as Error).message },
      "No offline catalog to correct TMDB searches with; starting with an empty title dictionary",
    );
    return new TitleDictionary([], { maxTitles });
  }
}
