/**
 * Every form of a word with two neighbouring letters swapped ("prak" →
 * "rpak", "park", "prka"): the commonest slip on a keyboard, which edit
 * distance counts as two edits and so misses in short words.
 */
export function transpositions(word: string): string[] {
  const forms = new Set<string>();
  for (let i = 0; i < word.length - 1; i++) {
    const a = word[i];
    const b = word[i + 1];
    if (a === b || a === undefined || b === undefined) continue;
    forms.add(`${word.slice(0, i)}${b}${a}${word.slice(i + 2)}`);
  }
  return [...forms];
}
