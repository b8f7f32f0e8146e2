/**
 * Folding makes text comparable the way people type it: no case, no accents,
 * no apostrophes or acronym dots ("Schindler's" → "schindlers", "E.T." → "et").
 * The same function serves the index, the queries and the duplicate keys, so
 * they can never disagree.
 */

/** Letters that Unicode decomposition leaves whole but a keyboard user spells out. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  æ: "ae",
  œ: "oe",
  ø: "o",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
};

/** Anything beyond printable ASCII (control characters too, which take the careful path). */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;
const COMBINING_MARKS = /\p{M}/gu;
const SPELLED_OUT_LETTERS = /[æœøßłđðþ]/g;
/** Marks that join a word rather than separate two: apostrophes, acronym dots, M*A*S*H. */
const JOINING_MARKS = /['’‘`.*]/g;

/** Thousands separators: "20,000 Leagues" is typed "20000 leagues". */
const DIGIT_GROUPING = /(\d),(?=\d{3}\b)/g;

/** Lower case, accents removed, `&` read as "and", "20,000" as "20000"; other punctuation kept. */
export function foldCharacters(text: string): string {
  // Most titles are plain ASCII: skip the Unicode work for them (it runs for every title at start-up).
  const plain = !NOT_PRINTABLE_ASCII.test(text)
    ? text.toLowerCase()
    : text
        .normalize("NFKD")
        .replace(COMBINING_MARKS, "")
        .toLowerCase()
        .replace(SPELLED_OUT_LETTERS, (letter) => SPELLED_OUT[letter] ?? letter);
  return plain.replace(/&/g, " and ").replace(DIGIT_GROUPING, "$1");
}

/** Folds and removes joining marks, leaving words separated by anything else. */
export function foldText(text: string): string {
  return foldCharacters(text).replace(JOINING_MARKS, "");
}

/** A key for "is this the same title?": folded, letters and digits only. */
export function titleKey(title: string): string {
  return foldText(title).replace(/[^\p{L}\p{N}]/gu, "");
}
