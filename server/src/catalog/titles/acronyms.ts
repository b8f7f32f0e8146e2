import { canonicalQueryWords, titleSegments } from "./terms.js";

/**
 * Acronyms of titles, as fans type them: "lotr" for The Lord of the Rings,
 * "potc" for Pirates of the Caribbean, "esb" for (Star Wars Ep. V:) The Empire
 * Strikes Back. An acronym is the initials of one part of a title (split at
 * colons and the like), with or without its leading article; sequel numbers
 * ("Part II") are left out ("tmnt" is also Teenage Mutant Ninja Turtles III).
 */

/** Two letters are a word as often as an acronym ("up", "it", "et"). */
export const MIN_ACRONYM_LENGTH = 3;
const ARTICLES = new Set(["the", "a", "an"]);
const ROMAN = /^[ivx]+$/;
/** Before a sequel number, these go with it: "Back to the Future Part II" is "bttf". */
const NUMBERING_WORDS = new Set(["part", "pt", "episode", "ep", "chapter", "volume", "vol"]);
const LETTERS_ONLY = /^\p{L}+$/u;

export interface TitleAcronym {
  /** The initials, folded: "lotr". */
  letters: string;
  /** The part of the title they stand for, folded, article kept, no sequel number: "the lord of the rings". */
  phrase: string;
}

/** Sequel numbers ("2", "III", "V"); number words are part of a name: "The Third Man" is "ttm". */
function isSequelNumber(word: string): boolean {
  return /\d/.test(word) || ROMAN.test(word);
}

/** Every acronym of the title, once each. */
export function titleAcronyms(title: string): TitleAcronym[] {
  const found = new Map<string, TitleAcronym>();
  for (const segment of titleSegments(title)) {
    const named = segment.filter(
      (word, i) =>
        !isSequelNumber(word) &&
        !(NUMBERING_WORDS.has(word) && isSequelNumber(segment[i + 1] ?? "")),
    );
    const phrase = named.join(" ");
    const forms = [named, ARTICLES.has(named[0] ?? "") ? named.slice(1) : []];
    for (const words of forms) {
      const letters = words.map((word) => word[0]).join("");
      if (letters.length >= MIN_ACRONYM_LENGTH && !found.has(letters)) {
        found.set(letters, { letters, phrase });
      }
    }
  }
  return [...found.values()];
}

/** Whether a typed word could be an acronym at all (letters only, long enough). */
export function mayBeAcronym(term: string): boolean {
  return term.length >= MIN_ACRONYM_LENGTH && LETTERS_ONLY.test(term);
}

/** What was typed as an acronym: its letters and, when a number follows, which film of the series. */
export interface TypedAcronym {
  letters: string;
  /** "lotr 3", "potc ii": the third, the second film of the series by release. */
  nth: number | undefined;
}

/** The typed terms read as an acronym, alone or with a sequel number; null when they can't be one. */
export function typedAcronym(terms: readonly string[]): TypedAcronym | null {
  const [letters, ...more] = terms;
  if (letters === undefined || !mayBeAcronym(letters) || more.length > 1) return null;
  if (more.length === 0) return { letters, nth: undefined };
  const nth = Number(canonicalQueryWords(more)[0]);
  return Number.isInteger(nth) && nth >= 1 ? { letters, nth } : null;
}

/** Items (films, titles) by the acronyms of their titles. */
export class Acronyms<T> {
  readonly #byLetters = new Map<string, Array<{ item: T; phrase: string }>>();

  add(title: string, item: T): void {
    for (const { letters, phrase } of titleAcronyms(title)) {
      const items = this.#byLetters.get(letters);
      if (items) items.push({ item, phrase });
      else this.#byLetters.set(letters, [{ item, phrase }]);
    }
  }

  /** What the letters stand for, in the order added. */
  find(letters: string): ReadonlyArray<{ item: T; phrase: string }> {
    return this.#byLetters.get(letters) ?? [];
  }
}
