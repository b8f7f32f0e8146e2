/**
 * A sorted array of words as a lookup structure: cheap to build (a sort, or
 * nothing when stored sorted) where a search tree costs a few milliseconds of
 * inserts, which a starting server would pay. Order is JavaScript's default
 * (UTF-16 code units), the order `<` compares in.
 */

/** Index of the first word not below `key` (binary search). */
export function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? "") < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether some word starts with `prefix`. */
export function hasWordStartingWith(sorted: readonly string[], prefix: string): boolean {
  return sorted[lowerBound(sorted, prefix)]?.startsWith(prefix) ?? false;
}

/** The words that start with `prefix`, at most `limit` of them, in order. */
export function wordsStartingWith(
  sorted: readonly string[],
  prefix: string,
  limit: number,
): string[] {
  const found: string[] = [];
  for (let i = lowerBound(sorted, prefix); found.length < limit; i++) {
    const word = sorted[i];
    if (word === undefined || !word.startsWith(prefix)) break;
    found.push(word);
  }
  return found;
}

/** Both sorted lists as one sorted list (no word is in both). */
export function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x < y) {
      merged.push(x);
      i++;
    } else {
      merged.push(y);
      j++;
    }
  }
  for (; i < a.length; i++) merged.push(a[i] as string);
  for (; j < b.length; j++) merged.push(b[j] as string);
  return merged;
}
