/**
 * Stylized characters read the way people type them: "Ri¢hie Ri¢h" is
 * "Richie Rich", "2½" is "2 1/2", "Romeo+Juliet" is "Romeo and Juliet".
 * Runs before folding (`fold.ts`), on titles and queries alike. Superscripts
 * ("Alien³") need nothing here: Unicode compatibility folding makes them digits.
 */

/** Vulgar fractions (½, ¾, ⅓…): one code point each, "1⁄2" after compatibility folding. */
const VULGAR_FRACTION = /[\u00bc-\u00be\u2150-\u215e]/gu;
const FRACTION_SLASH = "\u2044";
/** Signs used as letters: inside a word, between letters ("Ri¢h", "Mi$$ion"; not "$100"). */
const SIGN_AS_LETTER = /(?<=\p{L}[¢$€£@]*)[¢$€£@](?=[¢$€£@]*\p{L})/gu;
const SIGN_LETTERS: Readonly<Record<string, string>> = {
  "¢": "c",
  $: "s",
  "€": "e",
  "£": "l",
  "@": "a",
};
/** "+" joining two words stands for "and" ("Romeo+Juliet", "romeo + juliet"). */
const PLUS_BETWEEN_WORDS = /(?<=[\p{L}\p{N}])\s*\+\s*(?=[\p{L}\p{N}])/gu;

/** Any character this module reads differently; most titles have none, and skip the work. */
const STYLIZED = /[\u00bc-\u00be\u2150-\u215e¢$€£@+]/u;

export function unstylize(text: string): string {
  if (!STYLIZED.test(text)) return text;
  return text
    .replace(
      VULGAR_FRACTION,
      (fraction) => ` ${fraction.normalize("NFKD").replace(FRACTION_SLASH, "/")}`,
    )
    .replace(SIGN_AS_LETTER, (sign) => SIGN_LETTERS[sign] ?? sign)
    .replace(PLUS_BETWEEN_WORDS, " and ");
}
