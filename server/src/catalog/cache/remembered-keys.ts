/**
 * `keyOf`, remembering the key of a call whose one argument (besides a
 * signal) is a frozen object: callers that pass the same frozen query for
 * the same request (see `http/routes/search-queries.ts`) get the same key
 * string each time, which the cache finds without building or hashing it
 * again. Frozen means it cannot change under its remembered key; its fields
 * are primitives (the port's queries are flat).
 */
export function rememberingKeys(keyOf: (args: unknown[]) => string): (args: unknown[]) => string {
  const keys = new WeakMap<object, string>();
  return (args) => {
    const [argument, rest] = args;
    const remembered =
      args.length <= 2 &&
      typeof argument === "object" &&
      argument !== null &&
      Object.isFrozen(argument) &&
      (rest === undefined || rest instanceof AbortSignal);
    if (!remembered) return keyOf(args);
    let key = keys.get(argument);
    if (key === undefined) {
      key = keyOf(args);
      keys.set(argument, key);
    }
    return key;
  };
}
