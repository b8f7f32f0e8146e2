/**
 * Numbers spelled every way people spell them, reduced to one canonical form
 * (digits), so "police academy seven", "lethal weapon iii" and "the 6th sense"
 * meet "Police Academy 7", "Lethal Weapon 3" and "The Sixth Sense". Works on
 * folded words (lower case, no accents).
 */

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** Ordinals whose spelling is not "<number>th" ("fifth", not "fiveth"). */
const IRREGULAR_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fifth: 5,
  eighth: 8,
  ninth: 9,
  twelfth: 12,
};

const NUMBER_WORDS = new Map<string, number>([
  ...UNITS.map((word, n): [string, number] => [word, n]),
  ...TENS.map((word, i): [string, number] => [word, (i + 2) * 10]),
]);

const ORDINAL_WORDS = new Map<string, number>([
  ...Object.entries(IRREGULAR_ORDINALS),
  ...[...NUMBER_WORDS]
    .filter(([, n]) => n > 0 && !Object.values(IRREGULAR_ORDINALS).includes(n))
    .map(([word, n]): [string, number] => [word.replace(/y$/, "ie").concat("th"), n]),
]);

const ROMAN_DIGITS: ReadonlyArray<[number, string]> = [
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function toRoman(n: number): string {
  let rest = n;
  let roman = "";
  for (const [value, letters] of ROMAN_DIGITS) {
    while (rest >= value) {
      roman += letters;
      rest -= value;
    }
  }
  return roman;
}

/**
 * Roman numerals of two letters or more, up to XX. Single letters are left
 * to the caller: "V" is a numeral in "Saw V" but a word in "V for Vendetta".
 */
const ROMAN_NUMERALS = new Map<string, number>(
  Array.from({ length: 20 }, (_, i) => i + 1)
    .map((n): [string, number] => [toRoman(n), n])
    .filter(([roman]) => roman.length > 1),
);

const SINGLE_LETTER_NUMERALS = new Map([
  ["i", 1],
  ["v", 5],
  ["x", 10],
]);

const ORDINAL_SUFFIX = /^(\d+)(st|nd|rd|th)$/;

/**
 * The word as digits when it names a number: "seven" → "7", "iii" → "3",
 * "sixth" → "6th", "6th" → "6th". Null for any other word, and for single
 * roman letters (see `singleLetterNumeral`).
 */
export function numberValue(word: string): string | null {
  const cardinal = NUMBER_WORDS.get(word) ?? ROMAN_NUMERALS.get(word);
  if (cardinal !== undefined) return String(cardinal);
  const ordinal = ORDINAL_WORDS.get(word);
  if (ordinal !== undefined) return `${ordinal}th`;
  // Only "6th"-like words can match; most words start with a letter and skip the pattern.
  const first = word.charCodeAt(0);
  if (first < 48 || first > 57) return null;
  const suffixed = ORDINAL_SUFFIX.exec(word);
  return suffixed ? `${Number(suffixed[1])}th` : null;
}

/** "i", "v" or "x" as digits, for callers that know the letter stands for a number. */
export function singleLetterNumeral(word: string): string | null {
  if (word.length !== 1) return null;
  const value = SINGLE_LETTER_NUMERALS.get(word);
  return value === undefined ? null : String(value);
}

/**
 * A number word written with its own digit inside it, as stylized titles do:
 * "se7en" → "seven", "thr3e" → "three". Null when the word is not one.
 */
export function numberWordWithDigit(word: string): string | null {
  // Most words have no digit: skip the pattern (this runs for every title word at start-up).
  if (!/\d/.test(word)) return null;
  const match = /^(\p{L}+)(\d)(\p{L}*)$|^(\p{L}*)(\d)(\p{L}+)$/u.exec(word);
  if (!match) return null;
  const before = match[1] ?? match[4] ?? "";
  const digit = Number(match[2] ?? match[5]);
  const after = match[3] ?? match[6] ?? "";
  const spelled = UNITS[digit];
  if (spelled === undefined || spelled.length !== word.length) return null;
  return spelled.startsWith(before) && spelled.endsWith(after) ? spelled : null;
}

const WORD_OF = new Map([...NUMBER_WORDS].map(([word, n]) => [n, word]));
const ORDINAL_WORD_OF = new Map([...ORDINAL_WORDS].map(([word, n]) => [n, word]));

function ordinalDigits(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/**
 * Every way titles spell the number this word names, the word itself first:
 * "3" → ["3", "iii", "three"], "two" → ["two", "2", "ii"], "6th" → ["6th",
 * "sixth"]. Just the word when it names no number. Pass `letterNumeral` when
 * a lone "v" or "x" stands for a number there (see `isNumberLetter`).
 */
export function numberSpellings(word: string, { letterNumeral = false } = {}): string[] {
  const letter = letterNumeral ? singleLetterNumeral(word) : null;
  const canonical = /^[1-9]\d*$/.test(word) ? word : (letter ?? numberValue(word));
  if (canonical === null) return [word];
  const ordinal = /^(\d+)th$/.exec(canonical);
  const n = Number(ordinal ? ordinal[1] : canonical);
  const spellings = ordinal
    ? [ordinalDigits(n), ORDINAL_WORD_OF.get(n)]
    : [String(n), n <= 20 ? toRoman(n) : undefined, WORD_OF.get(n)];
  return [...new Set([word, ...spellings.filter((s): s is string => s !== undefined)])];
}
