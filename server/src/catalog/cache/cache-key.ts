/**
 * The cache key of one port call: the method and its arguments as JSON,
 * minus the abort signal (and trailing `undefined`s); `undefined` fields drop
 * out as JSON drops them. Text is NFC-normalized, as the adapters do before
 * asking upstream, so composed and decomposed accents share an entry. Field
 * order is the caller's: the routes build their arguments one way, and a
 * caller building them another way costs a miss, never a wrong answer.
 * Native `JSON.stringify` because this runs on every request, hit or not.
 */
export function cacheKey(method: string, args: readonly unknown[]): string {
  let end = args.length;
  while (end > 0 && (args[end - 1] === undefined || args[end - 1] instanceof AbortSignal)) end--;
  const meaningful: unknown[] = [];
  for (let i = 0; i < end; i++) {
    const arg = args[i];
    if (!(arg instanceof AbortSignal)) meaningful.push(arg === undefined ? null : arg);
  }
  const key = `${method}:${JSON.stringify(meaningful)}`;
  // JSON escapes are ASCII, so normalizing the whole key normalizes each string in it.
  return NON_ASCII.test(key) ? key.normalize("NFC") : key;
}

const NON_ASCII = /[^\x20-\x7e]/;
