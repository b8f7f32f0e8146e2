import { foldCharacters, foldText } from "../text/fold.js";

/**
 * The words of a title as the index stores them. A title is split into chunks
 * at spaces and hard punctuation; a chunk joined by a hyphen or apostrophe
 * ("Spider-Man", "d'Amélie") is indexed both whole ("spiderman", "damelie")
 * and in parts ("spider", "man", "amelie"), so every way of typing it matches.
 */

/** Everything but letters, digits and the in-word joiners separates chunks. */
const CHUNK_SEPARATOR = /[^\p{L}\p{N}'’‘`.*-]+/u;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/u;
/** "alien3" (from "Alien³") is also "alien" + "3". */
const TRAILING_NUMBER = /^(\p{L}{2,})(\p{N}+)$/u;

/** Sequel numbers in Roman numerals also answer to digits ("godfather 2" → "Part II"). Single letters stay letters ("V for Vendetta"). */
const ROMAN_NUMERALS: Readonly<Record<string, string>> = {
  ii: "2",
  iii: "3",
  iv: "4",
  vi: "6",
  vii: "7",
  viii: "8",
  ix: "9",
};

function chunksOf(text: string): string[] {
  return foldCharacters(text).split(CHUNK_SEPARATOR);
}

function joined(chunk: string): string {
  return chunk.split(NOT_ALPHANUMERIC).join("");
}

/** Terms for the title field: each chunk whole, plus its parts. */
export function titleTerms(title: string): string[] {
  const terms: string[] = [];
  for (const chunk of chunksOf(title)) {
    const whole = joined(chunk);
    if (whole === "") continue;
    terms.push(whole);
    const parts = chunk.split(NOT_ALPHANUMERIC).filter((part) => part !== "");
    if (parts.length > 1) terms.push(...parts);
    const split = TRAILING_NUMBER.exec(whole);
    if (split?.[1] && split[2]) terms.push(split[1], split[2]);
    const numeral = ROMAN_NUMERALS[whole];
    if (numeral) terms.push(numeral);
  }
  return terms;
}

/** Adjacent words run together ("Star Wars" → "starwars") for people who type them so. */
export function compoundTerms(title: string): string[] {
  const words = chunksOf(title)
    .map(joined)
    .filter((word) => word !== "");
  return words.slice(1).map((word, i) => `${words[i]}${word}`);
}

/**
 * Terms of a user's query, folded like titles: apostrophes and acronym dots
 * join ("e.t." → "et"), hyphens and other punctuation separate ("spider-man"
 * → "spider", "man", both indexed for "Spider-Man").
 */
export function queryTerms(text: string): string[] {
  return foldText(text)
    .split(NOT_ALPHANUMERIC)
    .filter((term) => term !== "");
}
