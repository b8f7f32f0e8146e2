/**
 * The words of a sorted list within `maxEdits` edits of `query` (Levenshtein:
 * a letter inserted, deleted or replaced), each with its distance, in list
 * order. Same answer as a radix tree's fuzzy look-up, but from a plain sorted
 * array, which costs nothing to load: the list is walked as the trie it
 * implicitly is. Neighbouring words share their first letters, so the rows of
 * the edit-distance table for a shared prefix are computed once; and once a
 * row has no cell within `maxEdits`, no word with that prefix can come
 * within it, so the walk jumps past all of them.
 *
 * Only the cells within `maxEdits` of the diagonal are computed: a path
 * through any other cell costs more. Letters are UTF-16 code units, as
 * JavaScript strings index them.
 */
export function wordsWithin(
  sorted: readonly string[],
  query: string,
  maxEdits: number,
): Array<[word: string, distance: number]> {
  const found: Array<[string, number]> = [];
  const width = query.length + 1;
  // A word longer than this is more than `maxEdits` insertions away.
  const longest = query.length + maxEdits;
  // Row r: distances from the word's first r letters to each prefix of the query. Cells
  // off the band are never written: they keep "too far".
  const table = new Int32Array((longest + 1) * width).fill(maxEdits + 1);
  for (let j = 0; j < width; j++) table[j] = j;
  for (let r = 1; r <= longest; r++) table[r * width] = r;
  let previous = "";
  // Rows 1..ready hold `previous`'s first letters.
  let ready = 0;
  let i = 0;
  while (i < sorted.length) {
    const word = sorted[i] as string;
    const last = Math.min(word.length, longest);
    let row = sharedLength(previous, word, ready);
    let hopeless = false;
    while (row < last && !hopeless) {
      row++;
      hopeless = fillRow(table, row, width, query, word.charCodeAt(row - 1), maxEdits) > maxEdits;
    }
    previous = word;
    ready = row;
    if (hopeless || word.length > longest) {
      // Every word with these first letters is as far (or, past `longest`, no nearer).
      i = pastPrefix(sorted, word, row, i);
      continue;
    }
    const distance = table[word.length * width + width - 1] as number;
    if (distance <= maxEdits) found.push([word, distance]);
    i++;
  }
  return found;
}

/** Computes row `row` for a word whose letter there is `letter`; returns the row's least distance. */
function fillRow(
  table: Int32Array,
  row: number,
  width: number,
  query: string,
  letter: number,
  maxEdits: number,
): number {
  const at = row * width;
  const above = at - width;
  let least = table[at] as number;
  const end = Math.min(width - 1, row + maxEdits);
  for (let j = Math.max(0, row - maxEdits - 1); j < end; j++) {
    const replace = (table[above + j] as number) + (query.charCodeAt(j) === letter ? 0 : 1);
    const remove = (table[above + j + 1] as number) + 1;
    const insert = (table[at + j] as number) + 1;
    const distance = Math.min(replace, remove, insert);
    table[at + j + 1] = distance;
    if (distance < least) least = distance;
  }
  return least;
}

/** How many first letters the words share, counting to `most` at most. */
function sharedLength(a: string, b: string, cap: number): number {
  const most = Math.min(a.length, b.length, cap);
  let n = 0;
  while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * The first index after `from` whose word does not start with `word`'s first
 * `length` letters. Galloping: most prefixes are shared by a few words, so
 * steps of 1, 2, 4… find the end in a few looks, then a binary search pins it.
 */
function pastPrefix(sorted: readonly string[], word: string, length: number, from: number): number {
  let low = from;
  let step = 1;
  while (
    low + step < sorted.length &&
    sharedLength(sorted[low + step] as string, word, length) === length
  ) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, sorted.length);
  // sorted[low] has the prefix; sorted[high], if any, has not.
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (sharedLength(sorted[mid] as string, word, length) === length) low = mid;
    else high = mid;
  }
  return high;
}
