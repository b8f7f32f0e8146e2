/**
 * `derive`, remembered per frozen input: a frozen object can't change, so
 * what was derived from it once holds for as long as it lives (the entry goes
 * with it). Input that isn't a frozen object is derived every time.
 *
 * The hot path of a cached search is a chain of these: the same query string
 * gives the same frozen parsed and validated query (`http/remembered-queries.ts`),
 * hence the same frozen catalog query (`http/routes/search.ts`), hence the
 * same cache key string (`catalog/cache/remembered-keys.ts`), which the cache
 * finds without building or hashing a new one.
 */
export function rememberedPerFrozen<I, O>(derive: (input: I) => O): (input: I) => O {
  const derived = new WeakMap<object, { output: O }>();
  return (input) => {
    if (typeof input !== "object" || input === null || !Object.isFrozen(input)) {
      return derive(input);
    }
    let known = derived.get(input);
    if (known === undefined) {
      known = { output: derive(input) };
      derived.set(input, known);
    }
    return known.output;
  };
}
