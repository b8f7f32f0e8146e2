import MiniSearch, { type Query, type SearchOptions } from "minisearch";
import type { CatalogRecord } from "../catalog-record.js";
import { compoundTerms, queryTerms, titleTerms } from "./terms.js";

/**
 * The full-text index over titles (and, weakly, directors), on MiniSearch.
 * Terms are prepared by `terms.ts` so the index and the queries fold text the
 * same way; MiniSearch then only splits on the spaces we put in.
 *
 * @see https://lucaong.github.io/minisearch/
 */

/**
 * Words too common to tell titles apart. When other words are typed they are
 * left out of the match (ranking still sees them, see `ranking.ts`): they
 * would only add noise, and "the" alone touches a third of the index.
 */
const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "de",
  "for",
  "in",
  "la",
  "le",
  "of",
  "on",
  "the",
  "to",
]);

/** Titles decide; a director's name only nudges. */
const WORD_FIELDS = { title: 3, director: 0.6 };
const WORD_FIELD_NAMES = Object.keys(WORD_FIELDS);
/** Run-together words ("starwars") match whole only: as prefixes they would favour sequels ("godf" → "godfatherpart"). */
const COMPOUND_BOOST = 1.5;
/** Two words run together make at least this many letters ("xmen" is one hyphenated word, found anyway). */
const MIN_COMPOUND_LENGTH = 5;

const MIN_PREFIX_LENGTH = 2;
/**
 * Exact matches weigh 1. MiniSearch's default for a typo (0.45) beats a
 * completed prefix (0.375), so half-typed "godf" found "gods" before "godfather";
 * a typo counts for less here, and only decides when nothing else matches.
 */
const MATCH_WEIGHTS = { prefix: 0.375, fuzzy: 0.2 };
/** A typed phrase is also tried as one word when short enough to be a split word. */
const MAX_SPLIT_PARTS = 3;
const MIN_JOINED_LENGTH = 5;

interface IndexedFilm {
  id: number;
  title: string;
  compound: string;
  director: string;
}

/** Edits allowed per term: none for short words or numbers (too many false friends), then 1, then 2. */
export function typoAllowance(term: string): number {
  if (/\d/.test(term) || term.length <= 3) return 0;
  return term.length <= 5 ? 1 : 2;
}

/** The terms worth matching: stop words go, unless nothing else was typed. */
export function matchableTerms(terms: readonly string[]): readonly string[] {
  const meaningful = terms.filter((term) => !STOP_WORDS.has(term));
  return meaningful.length > 0 ? meaningful : terms;
}

/** One typed term: a word of the title (maybe mistyped, maybe half-typed) or a run-together pair. */
function termQuery(term: string, i: number, terms: readonly string[], maxTypos = 2): Query {
  const word: Query = {
    queries: [term],
    fields: WORD_FIELD_NAMES,
    boost: WORD_FIELDS,
    // As-you-type: only the word being typed is a prefix; earlier words are whole.
    // One letter is not yet a prefix worth expanding (it reaches most of the index).
    prefix: i === terms.length - 1 && term.length >= MIN_PREFIX_LENGTH,
    fuzzy: Math.min(maxTypos, typoAllowance(term)),
    weights: MATCH_WEIGHTS,
  };
  if (term.length < MIN_COMPOUND_LENGTH) return word;
  const compound: Query = {
    queries: [term],
    fields: ["compound"],
    boost: { compound: COMPOUND_BOOST },
  };
  return { combineWith: "OR", queries: [word, compound] };
}

const splitOnSpaces = (text: string) => text.split(" ");

export class TitleIndex {
  readonly #index = new MiniSearch<IndexedFilm>({
    fields: ["title", "compound", "director"],
    tokenize: splitOnSpaces,
    processTerm: (term) => term || null,
  });

  /** Numbers that occur in titles ("2000" in "Fantasia 2000"), to tell a typed year from part of a title. */
  readonly #titleNumbers = new Set<string>();

  constructor(records: readonly CatalogRecord[]) {
    for (const record of records) {
      for (const term of titleTerms(record.title))
        if (/^\d+$/.test(term)) this.#titleNumbers.add(term);
    }
    this.#index.addAll(
      records.map((record) => ({
        id: record.id,
        title: titleTerms(record.title).join(" "),
        compound: compoundTerms(record.title).join(" "),
        director: record.director === null ? "" : queryTerms(record.director).join(" "),
      })),
    );
  }

  /** Whether some title contains this number as a word. */
  hasTitleNumber(term: string): boolean {
    return this.#titleNumbers.has(term);
  }

  #search(terms: readonly string[], combineWith: "AND" | "OR", maxTypos?: number) {
    const options: SearchOptions = { combineWith };
    const queries = terms.map((term, i) => termQuery(term, i, terms, maxTypos));
    return this.#index.search({ combineWith, queries }, options);
  }

  /**
   * Match scores by film id for the given (already folded) terms: every term
   * must match; a word split in two ("brave heart") may also match whole; and
   * when nothing matches and `orElseAny` allows it, any term may (a query
   * with one badly mistyped word still finds something).
   */
  match(typed: readonly string[], { orElseAny = true } = {}): Map<number, number> {
    if (typed.length === 0) return new Map();
    const terms = matchableTerms(typed);
    const scores = new Map(this.#search(terms, "AND").map((hit) => [hit.id as number, hit.score]));
    const joined = terms.join("");
    if (terms.length > 1 && terms.length <= MAX_SPLIT_PARTS && joined.length >= MIN_JOINED_LENGTH) {
      // One typo at most: a long joined word reaches too many others at two ("diehard" → "richard").
      for (const hit of this.#search([joined], "AND", 1)) {
        scores.set(hit.id, Math.max(hit.score, scores.get(hit.id) ?? 0));
      }
    }
    if (scores.size === 0 && orElseAny && terms.length > 1) {
      for (const hit of this.#search(terms, "OR")) scores.set(hit.id, hit.score);
    }
    return scores;
  }
}
