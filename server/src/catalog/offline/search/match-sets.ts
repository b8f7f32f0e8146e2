/**
 * How the films matched by each typed word combine into the films the whole
 * query matches: all of the words, or, when no film has them all, most.
 */

/** Scores by film id. */
export type Matches = Map<number, number>;

/** Films matching every term, scored by the sum. */
export function allOf(perTerm: readonly Matches[]): Matches {
  const [smallest, ...others] = [...perTerm].sort((a, b) => a.size - b.size);
  const scores: Matches = new Map();
  if (!smallest) return scores;
  films: for (const [id, score] of smallest) {
    let total = score;
    for (const matches of others) {
      const more = matches.get(id);
      if (more === undefined) continue films;
      total += more;
    }
    scores.set(id, total);
  }
  return scores;
}

/**
 * Films matching the most terms (and those one short of it), the sum scaled
 * by the share of terms matched, so a film with three of four words outranks
 * one with a single word matched very well.
 *
 * `isNumber[i]` says the i-th term is a number. A number alone says little
 * ("rocky iv", and no Rocky IV: every fourth sequel has "iv"), so when words
 * were typed too, a film must match one of the words.
 */
export function mostOf(perTerm: readonly Matches[], isNumber: readonly boolean[] = []): Matches {
  const found = new Map<number, { score: number; count: number; named: boolean }>();
  perTerm.forEach((matches, i) => {
    const named = isNumber[i] !== true;
    for (const [id, score] of matches) {
      const entry = found.get(id) ?? { score: 0, count: 0, named: false };
      entry.score += score;
      entry.count += 1;
      entry.named ||= named;
      found.set(id, entry);
    }
  });
  const wordTyped = perTerm.some((_, i) => isNumber[i] !== true);
  let most = 0;
  for (const { count } of found.values()) most = Math.max(most, count);
  const scores: Matches = new Map();
  for (const [id, { score, count, named }] of found) {
    if (wordTyped && !named) continue;
    if (count >= Math.max(1, most - 1)) scores.set(id, score * (count / perTerm.length) ** 2);
  }
  return scores;
}
