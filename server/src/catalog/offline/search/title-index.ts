import type MiniSearch from "minisearch";
import type { Query } from "minisearch";
import { matchableTerms, typoAllowance } from "../../titles/term-rules.js";
import { canonicalQueryWords, queryTermVariants } from "../../titles/terms.js";
import { soundKey } from "../../titles/text/sound-key.js";
import { transpositions } from "../../titles/transpositions.js";
import type { CatalogRecord } from "../catalog-record.js";
import { allOf, type Matches, mostOf } from "./match-sets.js";
import { buildSearchIndex, type SearchIndex } from "./search-index.js";
import { SoundLookup } from "./sound-table.js";
import { COMPOUND_FIELDS, type IndexedFilm, loadIndex, WORD_FIELDS } from "./title-index-parts.js";
import { Vocabulary } from "./vocabulary.js";

/**
 * The full-text index over titles (and, weakly, directors), on MiniSearch.
 * Terms are prepared by `terms.ts` so the index and the queries fold text the
 * same way; the indexes themselves are built by `title-index-parts.ts`.
 *
 * Each typed word is looked up once, with everything it may stand for: the
 * word itself (or, the last one, its completions), its typos, its other
 * spellings ("iii" → "3"), two title words run together, and, for a word no
 * title has, its swapped-letter forms and its sound. The film must then have
 * every typed word; if none has, the films with the most of them answer
 * (`match-sets.ts`).
 *
 * @see https://lucaong.github.io/minisearch/
 */

/** Titles decide; a director's name only nudges. */
const WORD_BOOST = { title: 3, director: 0.6 };
/** Another spelling of the same word ("iii" for "3") is as good as the word. */
const VARIANT_BOOST = { title: WORD_BOOST.title };
/** Run-together words ("starwars") match whole only: as prefixes they would favour sequels ("godf" → "godfatherpart"). */
const COMPOUND_BOOST = { compound: 1.5 };
/** Swapped letters ("prak" for "park") are one slip: worth more than a two-letter typo, less than the word. */
const TRANSPOSITION_BOOST = { title: 0.9 };
/** Two words run together make at least this many letters ("xmen" is one hyphenated word, found anyway). */
const MIN_COMPOUND_LENGTH = 5;

const MIN_PREFIX_LENGTH = 2;
/**
 * Exact matches weigh 1. MiniSearch's default for a typo (0.45) beats a
 * completed prefix (0.375), so half-typed "godf" found "gods" before "godfather";
 * a typo counts for less here, and only decides when nothing else matches.
 */
const MATCH_WEIGHTS = { prefix: 0.375, fuzzy: 0.2 };
/**
 * A typed word that is itself a title or director word was most likely meant:
 * its look-alikes still match, but after it ("burton" finds Tim Burton's
 * films before The Curious Case of Benjamin Button).
 */
const KNOWN_WORD_WEIGHTS = { prefix: MATCH_WEIGHTS.prefix, fuzzy: 0.04 };
/** A typo's weight when it changes the first letter ("fite" → "kite", not "fight"). */
const OTHER_FIRST_LETTER = 0.5;
/** A typed phrase is also tried as one word when short enough to be a split word. */
const MAX_SPLIT_PARTS = 3;
const MIN_JOINED_LENGTH = 5;

export class TitleIndex {
  readonly #words: MiniSearch<IndexedFilm>;
  readonly #compounds: MiniSearch<IndexedFilm>;

  /** Films by the sound keys of their title words, as the build stored them (`sound-table.ts`). */
  readonly #sounds: SoundLookup;

  /** Every word of every title and director, to tell a mistyped word from a real one. */
  readonly vocabulary: Vocabulary;

  /** Numbers that occur in titles ("2000" in "Fantasia 2000"), to tell a typed year from part of a title. */
  readonly #titleNumbers: ReadonlySet<string>;

  /** `search` is what the build stored for these records; built here when not given. */
  constructor(records: readonly CatalogRecord[], search: SearchIndex = buildSearchIndex(records)) {
    const { index, sounds } = search;
    this.#words = loadIndex(index.words, WORD_FIELDS);
    this.#compounds = loadIndex(index.compounds, COMPOUND_FIELDS);
    this.vocabulary = new Vocabulary(index.vocabulary);
    this.#titleNumbers = new Set(index.titleNumbers);
    this.#sounds = new SoundLookup(
      sounds,
      records.map((record) => record.id),
    );
  }

  /** Whether some title contains this number as a word. */
  hasTitleNumber(term: string): boolean {
    return this.#titleNumbers.has(term);
  }

  /** What one typed word may match among title and director words. */
  #wordQuery(terms: readonly string[], i: number, known: boolean): Query {
    const term = terms[i] ?? "";
    const queries: Query[] = [
      {
        queries: [term],
        fields: WORD_FIELDS,
        boost: WORD_BOOST,
        // As-you-type: only the word being typed is a prefix; earlier words are whole.
        // One letter is not yet a prefix worth expanding (it reaches most of the index).
        prefix: i === terms.length - 1 && term.length >= MIN_PREFIX_LENGTH,
        fuzzy: typoAllowance(term),
        weights: known ? KNOWN_WORD_WEIGHTS : MATCH_WEIGHTS,
        // Typos rarely hit the first letter: a look-alike that starts otherwise counts for less.
        boostDocument: (_id, matched) =>
          matched === "" || matched[0] === term[0] ? 1 : OTHER_FIRST_LETTER,
      },
    ];
    const variants = queryTermVariants(terms, i);
    if (variants.length > 0) queries.push(exactly(variants, VARIANT_BOOST));
    if (!known) {
      const swapped = transpositions(term).filter((form) => this.vocabulary.has(form));
      if (swapped.length > 0) queries.push(exactly(swapped, TRANSPOSITION_BOOST));
    }
    return { combineWith: "OR", queries };
  }

  /** Films matching one typed word, with their scores; memoized per search in `cache`. */
  #termMatches(terms: readonly string[], i: number, cache: Map<string, Matches>): Matches {
    const term = terms[i] ?? "";
    const last = i === terms.length - 1;
    const key = `${term}|${last}|${terms[i - 1] ?? ""}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const known = this.vocabulary.has(term, { prefix: last && term.length >= MIN_PREFIX_LENGTH });
    const found: Matches = new Map();
    for (const hit of this.#words.search(this.#wordQuery(terms, i, known))) {
      found.set(hit.id, hit.score);
    }
    // Two title words run together ("toystory"), and the sound of a word no title has ("fite").
    if (term.length >= MIN_COMPOUND_LENGTH) {
      for (const hit of this.#compounds.search(exactly([term], COMPOUND_BOOST))) {
        found.set(hit.id, (found.get(hit.id) ?? 0) + hit.score);
      }
    }
    const sound = known ? null : soundKey(term);
    for (const [id, score] of sound === null ? [] : this.#sounds.find(sound)) {
      found.set(id, (found.get(id) ?? 0) + score);
    }
    cache.set(key, found);
    return found;
  }

  /**
   * Match scores by film id for the given (already folded) terms: every term
   * must match; a word split in two ("brave heart") may also match whole; and
   * when nothing matches and `orElseAny` allows it, the films with the most
   * of the terms do (a query with one badly mistyped or extra word still
   * finds something). Pass one `cache` to several calls of one search.
   */
  match(
    typed: readonly string[],
    { orElseAny = true, cache = new Map<string, Matches>() } = {},
  ): Matches {
    if (typed.length === 0) return new Map();
    const terms = matchableTerms(typed);
    const perTerm = terms.map((_, i) => this.#termMatches(terms, i, cache));
    const scores = allOf(perTerm);
    const joined = terms.join("");
    if (terms.length > 1 && terms.length <= MAX_SPLIT_PARTS && joined.length >= MIN_JOINED_LENGTH) {
      // One typo at most: a long joined word reaches too many others at two ("diehard" → "richard").
      const words: Query = {
        queries: [joined],
        fields: ["title"],
        prefix: true,
        fuzzy: 1,
        weights: MATCH_WEIGHTS,
      };
      const hits = [
        ...this.#words.search(words),
        ...this.#compounds.search(exactly([joined], COMPOUND_BOOST)),
      ];
      for (const hit of hits) scores.set(hit.id, Math.max(hit.score, scores.get(hit.id) ?? 0));
    }
    if (scores.size === 0 && orElseAny && terms.length > 1) {
      return mostOf(perTerm, canonicalQueryWords(terms).map(isNumberWord));
    }
    return scores;
  }
}

/** A canonical word that is a number ("4", "6th"), however it was typed ("iv", "four", "sixth"). */
function isNumberWord(canonical: string): boolean {
  return /^\d/.test(canonical);
}

function exactly(terms: string[], boost: Record<string, number>): Query {
  return { queries: terms, fields: Object.keys(boost), boost, combineWith: "OR" };
}
