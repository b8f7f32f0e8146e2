import { decodeWindows1252, encodeMacRoman } from "./code-pages.js";
import { type FilmDraft, mapTextFields } from "./film-draft.js";

/**
 * The file's accented text was written as Windows-1252 bytes and read back as
 * Mac OS Roman: "Amélie" (é = 0xE9) became "AmÈlie" (0xE9 is È in Mac Roman),
 * "Fälscher" became "F‰lscher", "2½" became "2Ω". Reversing it means encoding
 * the text back to Mac Roman bytes and decoding them as Windows-1252.
 *
 * A repair is only kept when it makes the text look less broken (see
 * `suspicion`), so text that was right all along ("Alien³", "Ri¢hie Ri¢h")
 * is left as it is.
 */

/** Typographic marks that legitimately sit inside or next to words. */
const TYPOGRAPHIC = new Set(["’", "‘", "“", "”", "–", "—", "…", "«", "»"]);
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LATIN = /\p{Script=Latin}/u;
const SYMBOL_OR_PUNCTUATION = /[\p{S}\p{P}]/u;
const CONTROL = /\p{Cc}/u;

/** Counts characters that real titles rarely contain but mis-decoded ones often do. */
export function suspicion(text: string): number {
  const chars = [...text];
  let count = 0;
  chars.forEach((char, i) => {
    if (char.charCodeAt(0) < 0x80) return;
    const before = chars[i - 1] ?? " ";
    const after = chars[i + 1] ?? " ";
    const touchesLetter = LETTER.test(before) || LETTER.test(after);
    const oddSymbol = SYMBOL_OR_PUNCTUATION.test(char) && !TYPOGRAPHIC.has(char) && touchesLetter;
    // "CachÈ", "LÈon": a capital inside a lower-case word.
    const capitalInsideWord =
      UPPER.test(char) && LETTER.test(before) && (LOWER.test(before) || LOWER.test(after));
    // "I Love You Ö Don't": a lone accented capital standing for punctuation.
    const loneCapital = UPPER.test(char) && !touchesLetter;
    const foreignLetter = LETTER.test(char) && !LATIN.test(char);
    if (oddSymbol || capitalInsideWord || loneCapital || foreignLetter || CONTROL.test(char)) {
      count += 1;
    }
  });
  return count;
}

/** The text as it was meant to read, or unchanged when it does not look mis-decoded. */
export function repairMojibakeText(text: string): string {
  const bytes = encodeMacRoman(text);
  if (bytes === null) return text;
  const candidate = decodeWindows1252(bytes);
  return candidate !== null && suspicion(candidate) < suspicion(text) ? candidate : text;
}

/** Mis-decoded accents in any text column. */
export function repairMojibake(draft: FilmDraft): FilmDraft {
  return mapTextFields(draft, repairMojibakeText);
}
