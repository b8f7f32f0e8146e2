/**
 * The two code pages behind the file's mis-decoded text, written out rather
 * than taken from TextDecoder: Node's "windows-1252" decoder reads bytes
 * 0x80-0x9F as ISO-8859-1 control characters, and "macintosh" needs full ICU.
 *
 * @see https://encoding.spec.whatwg.org/index-macintosh.txt
 * @see https://encoding.spec.whatwg.org/index-windows-1252.txt
 */

/** Mac OS Roman, bytes 0x80..0xFF in order (the low half is ASCII). */
const MAC_ROMAN_HIGH_HALF =
  "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü" +
  "†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø" +
  "¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ" +
  "‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

/** Windows-1252 bytes 0x80..0x9F (the rest of its high half is ISO-8859-1); spaces mark undefined bytes. */
const WINDOWS_1252_C1 = "€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ";
const UNDEFINED_BYTE = " ";

const MAC_ROMAN_BYTE = new Map([...MAC_ROMAN_HIGH_HALF].map((char, i) => [char, 0x80 + i]));

/** The text as Mac OS Roman bytes, or null when a character has no Mac Roman byte. */
export function encodeMacRoman(text: string): number[] | null {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    const byte = code < 0x80 ? code : MAC_ROMAN_BYTE.get(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return bytes;
}

function windows1252Char(byte: number): string | null {
  if (byte < 0x80 || byte > 0x9f) return String.fromCharCode(byte);
  const char = WINDOWS_1252_C1[byte - 0x80];
  return char === undefined || char === UNDEFINED_BYTE ? null : char;
}

/** Windows-1252 bytes as text, or null when a byte is one the code page leaves undefined. */
export function decodeWindows1252(bytes: readonly number[]): string | null {
  let text = "";
  for (const byte of bytes) {
    const char = windows1252Char(byte);
    if (char === null) return null;
    text += char;
  }
  return text;
}
