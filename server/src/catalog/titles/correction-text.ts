/**
 * A corrected reading written back as text: the user's own tokens where
 * nothing changed (their case, accents and punctuation kept), the corrected
 * words, spelled as their titles spell them, where something did.
 *
 * `termsByToken[i]` are the folded terms of `tokens[i]`; `words` is the
 * reading, one word per term, in order; `spelling(word, typed)` spells a
 * known word as its title does (else `typed`, by default the word).
 */
export function correctedText(
  tokens: readonly string[],
  termsByToken: readonly string[][],
  words: readonly string[],
  spelling: (word: string, typed?: string) => string,
): string {
  let next = 0;
  return tokens
    .map((token, i) => {
      const terms = termsByToken[i] ?? [];
      const chosen = words.slice(next, next + terms.length);
      next += terms.length;
      // A one-word token kept as typed still takes the title's apostrophe ("schindler's").
      if (chosen.every((word, n) => word === terms[n])) {
        return terms.length === 1 && terms[0] ? spelling(terms[0], token) : token;
      }
      return chosen.map((word, n) => (word === terms[n] ? word : spelling(word))).join(" ");
    })
    .filter((token) => token !== "")
    .join(" ");
}
