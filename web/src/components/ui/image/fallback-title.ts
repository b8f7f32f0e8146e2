/** The longest word's length in letters: what the fallback's title type is sized to fit. */
export function longestWordLength(title: string): number {
  return Math.max(1, ...title.split(/\s+/).map((word) => [...word].length));
}
