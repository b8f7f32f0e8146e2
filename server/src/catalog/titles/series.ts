import { canonicalQueryWords, queryTerms } from "./terms.js";

/**
 * "harry potter 3", "alien 2", "lotr 3": a series' name and which of its
 * films, by release, when the titles don't carry the number ("Harry Potter
 * and the Prisoner of Azkaban", "Aliens"). The offline search reads typed
 * names this way; TMDB mode orders the page for an acronym's series with it
 * ("lotr 3", `../tmdb/series-order.ts`).
 */
export interface SeriesNumber {
  /** The name as canonical words, without a leading "the": ["harry", "potter"]. */
  name: readonly string[];
  /** 1 is the series' first film. */
  nth: number;
}

/** What the series reading needs to know of a film. */
export interface SeriesFilm {
  /** `seriesWords(title)`: callers that read the same titles often keep them. */
  words: readonly string[];
  /** An ISO date or a year: anything that sorts oldest first as text. Undated films don't count. */
  released: string | null;
  /** Votes or another count of how well known it is; null when unknown (no sign it is known). */
  votes: number | null;
}

/** No series runs longer; a larger number is part of a title ("catch 22", "apollo 13"). */
const LONGEST_SERIES = 20;

/**
 * Fewer votes than this share of the series' best-known film marks a side
 * piece under the same name (a making-of, an older animated version, a fan
 * film, an unrelated older film: "Twilight" 1998, "Twilight Zone: The Movie"),
 * not one of the series' films: "lotr 1" is the 2001 film, not the 1978
 * cartoon. A series' films mostly keep over a quarter of the votes of its
 * best-known (Batman Forever, Shrek the Third); a late sequel with few votes
 * in the offline data is missed ("shrek 4": Shrek Forever After has 7 %).
 */
const SIDE_PIECE_VOTE_SHARE = 0.2;

/** After these, a number in a title is its place in the series: "Kill Bill: Vol. 2". */
const NUMBERING_WORDS = new Set(["part", "episode", "chapter", "volume", "pt", "number"]);

/** Typed terms read as a series' name and a sequel number; null when the last is no number. */
export function typedSeriesNumber(terms: readonly string[]): SeriesNumber | null {
  const words = withoutArticle(canonicalQueryWords(terms));
  const number = words.at(-1);
  if (words.length < 2 || number === undefined || !/^\d{1,2}$/.test(number)) return null;
  const nth = Number(number);
  const name = words.slice(0, -1);
  if (nth < 1 || nth > LONGEST_SERIES || !name.some((word) => /\p{L}/u.test(word))) return null;
  return { name, nth };
}

/** A title's words as the series reading compares them. */
export function seriesWords(title: string): string[] {
  return withoutArticle(canonicalQueryWords(queryTerms(title)));
}

/** A series' name typed out ("the lord of the rings") with the number asked for. */
export function seriesNumber(name: string, nth: number): SeriesNumber {
  return { name: seriesWords(name), nth };
}

/** A title of one word run together with its number: "X2", "Alien³" ("alien3"). */
const SHORTHAND = /^(\p{L}+)(\d{1,2})$/u;

/**
 * Finds films titled exactly this one word ("x2"): a catalog's lookup for the
 * series' shorthand titles, which title search doesn't find from the name.
 */
export type TitledLookup<T> = (word: string) => readonly T[];

/**
 * The film to put first for a typed series number, out of those whose title
 * starts with the series' name or is its shorthand, its first word run
 * together with a number ("X2" for "x men 2" or "x men 3", found among the
 * films or through `titled`): the one numbered n ("X2", "Star Wars: Episode
 * II"; the first given, when more are), else the n-th by release.
 * None when the series has fewer films, or when the titles' own numbers
 * disagree with the order of release: a series that doesn't name all its
 * films ("The Lost World: Jurassic Park" between Jurassic Park and
 * "Jurassic Park III") can't be counted by name.
 */
export function nthOfSeries<T>(
  films: readonly T[],
  asked: SeriesNumber,
  facts: (film: T) => SeriesFilm,
  titled?: TitledLookup<T>,
): T | undefined {
  const members: Array<Member<T>> = [];
  const firstWords = new Set(asked.name.slice(0, 1));
  const shorthands: Array<{ member: Member<T>; word: string }> = [];
  const seen = new Set<T>();
  const read = (film: T): void => {
    if (seen.has(film)) return;
    seen.add(film);
    const { words, released, votes } = facts(film);
    if (released === null) return;
    const place = placeInSeries(words, asked.name);
    if (place !== null) {
      members.push({ film, released, votes, ...place });
      if (words[0]) firstWords.add(words[0]);
      return;
    }
    const [, word, number] = (words.length === 1 && SHORTHAND.exec(words[0] ?? "")) || [];
    if (word && number) {
      shorthands.push({ member: { film, released, votes, number: Number(number) }, word });
    }
  };
  for (const film of films) read(film);
  if (titled) {
    for (const word of [...firstWords]) {
      for (let n = 1; n <= asked.nth; n++) for (const film of titled(`${word}${n}`)) read(film);
    }
  }
  for (const { member, word } of shorthands) if (firstWords.has(word)) members.push(member);

  const mostVotes = Math.max(0, ...members.map((member) => member.votes ?? 0));
  // Without a single count, side pieces can't be told from the series (nor can its films).
  if (mostVotes === 0) return undefined;
  const known = members.filter(
    (member) => (member.votes ?? 0) >= mostVotes * SIDE_PIECE_VOTE_SHARE,
  );
  // In the order given (best match first): "cloud nine" is the best "Cloud Nine", not the oldest.
  const numbered = known.find((member) => member.number === asked.nth);
  if (numbered) return numbered.film;
  const series = known.toSorted((a, b) =>
    a.released < b.released ? -1 : a.released > b.released ? 1 : 0,
  );
  const counted = series.every(
    (member, i) => member.number === undefined || member.number === i + 1,
  );
  return counted ? series[asked.nth - 1]?.film : undefined;
}

interface Member<T> {
  film: T;
  released: string;
  votes: number | null;
  /** The number its title gives it, if any. */
  number?: number;
}

/**
 * Whether the title starts with the series' name ("Aliens" for "alien" too),
 * and the number it gives itself right after it, if any ("Alien³", "Star
 * Wars: Episode II", "Kill Bill: Vol. 2"). Null when it is not the series'.
 */
function placeInSeries(
  words: readonly string[],
  name: readonly string[],
): { number?: number } | null {
  // Compared run together, so "X-Men", "x men" and "xmen" are one name.
  const wanted = name.join("");
  let read = "";
  for (let i = 0; i < words.length; i++) {
    read += words[i];
    if (read.length < wanted.length) continue;
    if (!read.startsWith(wanted)) return null;
    const rest = read.slice(wanted.length);
    if (rest === "" || rest === "s") return numberedBy(words.slice(i + 1));
    return /^\d{1,2}$/.test(rest) ? { number: Number(rest) } : null;
  }
  return null;
}

function numberedBy(after: readonly string[]): { number?: number } {
  const [first, second] = after;
  const digits = first !== undefined && NUMBERING_WORDS.has(first) ? second : first;
  return digits !== undefined && /^\d{1,2}$/.test(digits) ? { number: Number(digits) } : {};
}

function withoutArticle(words: readonly string[]): string[] {
  return words[0] === "the" ? words.slice(1) : [...words];
}
