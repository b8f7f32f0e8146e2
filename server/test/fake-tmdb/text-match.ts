/**
 * How the fake matches titles the way TMDB does: case-insensitive, and
 * precomposed Latin accents fold to their base letter ("amélie" finds
 * "Amelie" and back). Marks of other scripts are kept, and so is a
 * decomposed query's lone combining accent, which is why "Ame\u0301lie"
 * (as macOS types it) matches nothing until the client normalizes it to NFC.
 */
export function foldForSearch(text: string): string {
  return Array.from(text, (character) => {
    const decomposed = character.normalize("NFD");
    const isAccentedLatin = decomposed.length > 1 && /^\p{Script=Latin}\p{M}+$/u.test(decomposed);
    return isAccentedLatin ? decomposed.charAt(0) : character;
  })
    .join("")
    .toLowerCase();
}

export function titleMatches(query: string, titles: string[]): boolean {
  const needle = foldForSearch(query.trim());
  return titles.some((title) => foldForSearch(title).includes(needle));
}
