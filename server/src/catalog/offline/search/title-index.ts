import MiniSearch, { type Query } from "minisearch";
import type { CatalogRecord } from "../catalog-record.js";
import { soundKey } from "../text/sound-key.js";
import { type AnalyzedTitle, analyzeTitle, queryTerms, queryTermVariants } from "./terms.js";
import { transpositions } from "./transpositions.js";
import { Vocabulary } from "./vocabulary.js";

/**
 * The full-text index over titles (and, weakly, directors), on MiniSearch.
 * Terms are prepared by `terms.ts` so the index and the queries fold text the
 * same way; MiniSearch then only splits on the spaces we put in.
 *
 * Each typed word is looked up once, with everything it may stand for: the
 * word itself (or, the last one, its completions), its typos, its other
 * spellings ("iii" → "3"), two title words run together, and, for a word no
 * title has, its swapped-letter forms and its sound. The film must then have
 * every typed word; if none has, the films with the most of them answer.
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
/** Another spelling of the same word ("iii" for "3") is as good as the word. */
const VARIANT_BOOST = { title: WORD_FIELDS.title };
/** Run-together words ("starwars") match whole only: as prefixes they would favour sequels ("godf" → "godfatherpart"). */
const COMPOUND_BOOST = { compound: 1.5 };
/** Swapped letters ("prak" for "park") are one slip: worth more than a two-letter typo, less than the word. */
const TRANSPOSITION_BOOST = { title: 0.9 };
/** A word spelled by ear ("fite") only counts when nothing spelled closer does. */
const SOUND_BOOST = { sound: 0.5 };
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
  sound: string;
}

/** Sound keys of a title's words, space-separated as the index takes them. */
function soundTerms(words: readonly string[]): string {
  const keys = new Set<string>();
  for (const word of words) {
    const key = soundKey(word);
    if (key !== null) keys.add(key);
  }
  return [...keys].join(" ");
}

/** Scores by film id. */
export type Matches = Map<number, number>;

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

const splitOnSpaces = (text: string) => text.split(" ");

export class TitleIndex {
  /** Title and director words: looked up with prefixes and typos. */
  readonly #words = new MiniSearch<IndexedFilm>({
    fields: ["title", "director"],
    tokenize: splitOnSpaces,
    processTerm: (term) => term || null,
  });

  /**
   * Run-together words: looked up whole only. Kept apart so the typo search,
   * which walks every term of its index, never walks them.
   */
  readonly #compounds = new MiniSearch<IndexedFilm>({
    fields: ["compound"],
    tokenize: splitOnSpaces,
    processTerm: (term) => term || null,
  });

  /**
   * Sound keys of title words, looked up whole only. Only mistyped words need
   * them, so they are built on the first search that has one, not at start-up.
   */
  #sounds: MiniSearch<IndexedFilm> | undefined;
  #soundSource: (() => IndexedFilm[]) | undefined;

  /** Every word of every title and director, to tell a mistyped word from a real one. */
  readonly vocabulary: Vocabulary;

  /** Numbers that occur in titles ("2000" in "Fantasia 2000"), to tell a typed year from part of a title. */
  readonly #titleNumbers = new Set<string>();

  /** `titles[i]` is `analyzeTitle(records[i].title)`, when the caller has it already. */
  constructor(
    records: readonly CatalogRecord[],
    titles: readonly AnalyzedTitle[] = records.map((record) => analyzeTitle(record.title)),
  ) {
    const documents = records.map((record, i) => {
      const title = titles[i] ?? analyzeTitle(record.title);
      return {
        id: record.id,
        title: title.terms.join(" "),
        compound: title.compounds.join(" "),
        director: record.director === null ? "" : queryTerms(record.director).join(" "),
        sound: "",
      };
    });
    const words = titles.flatMap((title) => title.terms);
    for (const word of words) if (/^\d+$/.test(word)) this.#titleNumbers.add(word);
    const directors = documents.flatMap((document) => document.director.split(" "));
    this.vocabulary = new Vocabulary([...words, ...directors]);
    this.#words.addAll(documents);
    this.#compounds.addAll(documents);
    this.#soundSource = () =>
      documents.map((document, i) => ({ ...document, sound: soundTerms(titles[i]?.words ?? []) }));
  }

  #soundIndex(): MiniSearch<IndexedFilm> {
    if (!this.#sounds) {
      const sounds = new MiniSearch<IndexedFilm>({
        fields: ["sound"],
        tokenize: splitOnSpaces,
        processTerm: (term) => term || null,
      });
      sounds.addAll(this.#soundSource?.() ?? []);
      this.#sounds = sounds;
      this.#soundSource = undefined;
    }
    return this.#sounds;
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
        fields: WORD_FIELD_NAMES,
        boost: WORD_FIELDS,
        // As-you-type: only the word being typed is a prefix; earlier words are whole.
        // One letter is not yet a prefix worth expanding (it reaches most of the index).
        prefix: i === terms.length - 1 && term.length >= MIN_PREFIX_LENGTH,
        fuzzy: typoAllowance(term),
        weights: MATCH_WEIGHTS,
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
    const extra: Array<[MiniSearch<IndexedFilm>, Query]> = [];
    if (term.length >= MIN_COMPOUND_LENGTH) {
      extra.push([this.#compounds, exactly([term], COMPOUND_BOOST)]);
    }
    const sound = known ? null : soundKey(term);
    if (sound !== null) extra.push([this.#soundIndex(), exactly([sound], SOUND_BOOST)]);
    for (const [index, query] of extra) {
      for (const hit of index.search(query)) {
        found.set(hit.id, (found.get(hit.id) ?? 0) + hit.score);
      }
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
    if (scores.size === 0 && orElseAny && terms.length > 1) return mostOf(perTerm);
    return scores;
  }
}

function exactly(terms: string[], boost: Record<string, number>): Query {
  return { queries: terms, fields: Object.keys(boost), boost, combineWith: "OR" };
}

/** Films matching every term, scored by the sum. */
function allOf(perTerm: readonly Matches[]): Matches {
  const [smallest, ...others] = [...perTerm].sort((a, b) => a.size - b.size);
  const scores: Matches = new Map();
  if (!smallest) return scores;
  films: for (const [id, score] of smallest) {
    let total = score;
    for (const matches of others) {
      const more = matches.get(id);
      if (more === undefined) continue films;
      total += more;
    }
    scores.set(id, total);
  }
  return scores;
}

/**
 * Films matching the most terms (and those one short of it), the sum scaled
 * by the share of terms matched, so a film with three of four words outranks
 * one with a single word matched very well.
 */
function mostOf(perTerm: readonly Matches[]): Matches {
  const found = new Map<number, { score: number; count: number }>();
  for (const matches of perTerm) {
    for (const [id, score] of matches) {
      const entry = found.get(id) ?? { score: 0, count: 0 };
      entry.score += score;
      entry.count += 1;
      found.set(id, entry);
    }
  }
  let most = 0;
  for (const { count } of found.values()) most = Math.max(most, count);
  const scores: Matches = new Map();
  for (const [id, { score, count }] of found) {
    if (count >= Math.max(1, most - 1)) scores.set(id, score * (count / perTerm.length) ** 2);
  }
  return scores;
}
