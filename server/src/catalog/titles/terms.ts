import { foldCharacters, foldText } from "./text/fold.js";
import { singleLetterNumeral } from "./text/numbers.js";
import { unstylize } from "./text/stylized.js";
import { canonicalWord, isNumberLetter, wordVariants } from "./text/word-variants.js";

/**
 * The words of a title as the index stores them. A title is split into chunks
 * at spaces and hard punctuation; a chunk joined by a hyphen or apostrophe
 * ("Spider-Man", "d'Amélie") is indexed both whole ("spiderman", "damelie")
 * and in parts ("spider", "man", "amelie"), so every way of typing it matches.
 * Each word is also indexed under its other spellings (`word-variants.ts`:
 * "III" as "3", "Twelve" as "12", "Ep." as "episode", "Se7en" as "seven").
 */

/** Everything but letters, digits and the in-word joiners separates chunks (kept, to see colons). */
const CHUNK_SEPARATOR = /([^\p{L}\p{N}'’‘`.*-]+)/u;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/u;
const NOT_ALPHANUMERIC_G = /[^\p{L}\p{N}]+/gu;
/** "alien3" (from "Alien³") is also "alien" + "3". */
const TRAILING_NUMBER = /^(\p{L}{2,})(\p{N}+)$/u;
/** A separator that closes a part of the title: "Star Wars Ep. V: The Empire…". */
const ENDS_SEGMENT = /[:;,()[\]]/;
/** "Nine 1/2 Weeks", "2½" (read as "2 1/2"): people say "half". */
const ONE_HALF = /(^|[^\d/])1\/2(?![\d/])/;

interface TitleWord {
  /** The chunk as the folded title has it: "spider-man". */
  chunk: string;
  /** The chunk with its joiners removed: "spiderman". */
  whole: string;
  /** The chunk's parts when joiners split it: ["spider", "man"]. */
  parts: string[];
  /** Whether punctuation such as a colon follows it. */
  endsSegment: boolean;
}

function titleWords(folded: string): TitleWord[] {
  const pieces = folded.split(CHUNK_SEPARATOR);
  const words: TitleWord[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const chunk = pieces[i] ?? "";
    const parts = chunk.split(NOT_ALPHANUMERIC).filter((part) => part !== "");
    if (parts.length === 0) continue;
    words.push({
      chunk,
      whole: parts.join(""),
      parts: parts.length > 1 ? parts : [],
      endsSegment: ENDS_SEGMENT.test(pieces[i + 1] ?? ""),
    });
  }
  return words;
}

function foldedTitle(title: string): string {
  return foldCharacters(unstylize(title));
}

/**
 * The title's words in its parts, as split by colons and the like ("Star
 * Wars Ep. V: The Empire Strikes Back" → [star wars ep v], [the empire
 * strikes back]); a joined chunk gives its parts ("Spider-Man" → spider, man).
 */
export function titleSegments(title: string): string[][] {
  const segments: string[][] = [[]];
  for (const word of titleWords(foldedTitle(title))) {
    // A hyphen separates words; an apostrophe or a dot does not ("Man's", "Ep.").
    const words = word.chunk.split("-").map((part) => part.replace(NOT_ALPHANUMERIC_G, ""));
    segments.at(-1)?.push(...words.filter((part) => part !== ""));
    if (word.endsSegment) segments.push([]);
  }
  return segments.filter((segment) => segment.length > 0);
}

/** Everything the search keeps of one title, from a single pass over its words. */
export interface AnalyzedTitle {
  /** The words as the title spells them (folded): each chunk whole and its parts, no variants. */
  words: string[];
  /** Index terms of the title field: each chunk whole, its parts, their other spellings. */
  terms: string[];
  /** Adjacent words run together ("Star Wars" → "starwars") for people who type them so. */
  compounds: string[];
  /** The title as canonical words, to compare it whole with what was typed. */
  canonical: string[];
}

export function analyzeTitle(title: string): AnalyzedTitle {
  const folded = foldedTitle(title);
  const words = titleWords(folded);
  const wholes = words.map((word) => word.whole);
  const terms = new Set<string>();
  const literal = new Set<string>();
  const canonical: string[] = [];
  words.forEach((word, i) => {
    const numeral = isNumberLetter(wholes, i, word.endsSegment)
      ? singleLetterNumeral(word.whole)
      : null;
    canonical.push(numeral ?? canonicalWord(word.whole));
    terms.add(word.whole);
    literal.add(word.whole);
    for (const part of word.parts) {
      terms.add(part);
      literal.add(part);
    }
    const split = TRAILING_NUMBER.exec(word.whole);
    if (split?.[1] && split[2]) terms.add(split[1]).add(split[2]);
    for (const variant of wordVariants(word.whole)) terms.add(variant);
    for (const part of word.parts) for (const variant of wordVariants(part)) terms.add(variant);
    if (numeral !== null) terms.add(numeral);
  });
  if (ONE_HALF.test(folded)) terms.add("half");
  return {
    words: [...literal],
    terms: [...terms],
    compounds: wholes.slice(1).map((word, i) => `${wholes[i]}${word}`),
    canonical,
  };
}

/** The words as the title spells them (`AnalyzedTitle.words`), without the rest of the analysis. */
export function literalTitleWords(title: string): string[] {
  const words = new Set<string>();
  for (const word of titleWords(foldedTitle(title))) {
    words.add(word.whole);
    for (const part of word.parts) words.add(part);
  }
  return [...words];
}

export function titleTerms(title: string): string[] {
  return analyzeTitle(title).terms;
}

export function compoundTerms(title: string): string[] {
  return analyzeTitle(title).compounds;
}

/**
 * Terms of a user's query, folded like titles: apostrophes and acronym dots
 * join ("e.t." → "et"), hyphens and other punctuation separate ("spider-man"
 * → "spider", "man", both indexed for "Spider-Man").
 */
export function queryTerms(text: string): string[] {
  return foldText(unstylize(text))
    .split(NOT_ALPHANUMERIC)
    .filter((term) => term !== "");
}

/** Other spellings a typed term may match, given the terms around it ("star wars episode v"). */
export function queryTermVariants(terms: readonly string[], index: number): string[] {
  const term = terms[index] ?? "";
  const variants = wordVariants(term);
  const numeral = isNumberLetter(terms, index, false) ? singleLetterNumeral(term) : null;
  return numeral === null ? variants : [...variants, numeral];
}

/** The typed terms in canonical spelling, to compare with `AnalyzedTitle.canonical`. */
export function canonicalQueryWords(terms: readonly string[]): string[] {
  return terms.map((term, i) =>
    isNumberLetter(terms, i, false) ? (singleLetterNumeral(term) ?? term) : canonicalWord(term),
  );
}
