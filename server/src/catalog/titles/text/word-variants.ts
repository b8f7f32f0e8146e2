import { numberValue, numberWordWithDigit, singleLetterNumeral } from "./numbers.js";

/**
 * Other spellings of one folded word that mean the same in a title: numbers
 * as digits ("seven", "vii" → "7"), abbreviations in full ("ep" → "episode"),
 * a stylized number word read plainly ("se7en" → "seven"), and a letter O
 * typed as a zero in words mixing letters and digits ("h2o" ↔ "h20").
 * Titles are indexed under every variant and each typed word may match any of
 * its own, so both sides meet whichever way each is spelled.
 */

/** Abbreviations that titles and people use interchangeably with the full word. */
const ABBREVIATIONS = new Map([
  ["ep", "episode"],
  ["vol", "volume"],
  ["pt", "part"],
  ["vs", "versus"],
  ["dr", "doctor"],
  ["mr", "mister"],
  ["st", "saint"],
]);

const SHORT_FORMS = new Map([...ABBREVIATIONS].map(([short, full]) => [full, short]));

/** Words after which a lone "i", "v" or "x" is a number: "Part I", "Episode V". */
const NUMBERING_WORDS = new Set(["part", "pt", "ep", "episode", "vol", "volume", "chapter"]);

const HAS_DIGIT = /\d/;
const ORDINAL = /^(\d+)th$/;
const HAS_LETTER = /\p{L}/u;

/** The word and its abbreviation or full form ("episode" ↔ "ep"); just the word when it has none. */
export function abbreviationForms(word: string): string[] {
  const full = ABBREVIATIONS.get(word);
  if (full !== undefined) return [word, full];
  const short = SHORT_FORMS.get(word);
  return short === undefined ? [word] : [word, short];
}

/** The single canonical spelling of a word: digits for numbers, full words for abbreviations. */
export function canonicalWord(word: string): string {
  const number = numberValue(word);
  if (number !== null) return number;
  const spelled = numberWordWithDigit(word);
  if (spelled !== null) return numberValue(spelled) ?? spelled;
  return ABBREVIATIONS.get(word) ?? word;
}

/** Every other spelling of the word (not the word itself), canonical one first. */
export function wordVariants(word: string): string[] {
  const canonical = canonicalWord(word);
  // An ordinal also answers to its number: "Shrek the Third" to "shrek 3".
  const cardinal = ORDINAL.exec(canonical)?.[1];
  // Most words are plain words: no digit, so nothing but the canonical form to add.
  if (!HAS_DIGIT.test(word) && cardinal === undefined) return canonical === word ? [] : [canonical];
  const variants = new Set<string>([canonical]);
  if (cardinal !== undefined) variants.add(cardinal);
  const spelled = numberWordWithDigit(word);
  if (spelled !== null) variants.add(spelled);
  if (HAS_LETTER.test(word)) {
    variants.add(word.replaceAll("o", "0"));
    variants.add(word.replaceAll("0", "o"));
  }
  variants.delete(word);
  return [...variants];
}

/**
 * Whether a lone "i", "v" or "x" at this place in a title or query is a
 * number: after a numbering word, or closing the title (or its first part,
 * before a colon) after other words. "Saw V", "Star Wars Ep. I: …" and
 * "Henry V" count; "V for Vendetta" does not.
 */
export function isNumberLetter(
  words: readonly string[],
  index: number,
  endsSegment: boolean,
): boolean {
  const word = words[index];
  if (index === 0 || word?.length !== 1 || singleLetterNumeral(word) === null) return false;
  return endsSegment || index === words.length - 1 || NUMBERING_WORDS.has(words[index - 1] ?? "");
}
