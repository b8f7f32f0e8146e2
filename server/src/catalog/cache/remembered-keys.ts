import { rememberedPerFrozen } from "../../remembered-per-frozen.js";

/**
 * `keyOf`, remembering the key of a call whose one argument (besides a
 * signal) is a frozen object: a caller that passes the same frozen query
 * each time (the search route does) gets the same key string each time,
 * which the cache finds without building or hashing a new one; that was the
 * largest cost of a cached search. Frozen means the argument cannot change
 * under its remembered key; its fields are primitives (the port's queries
 * are flat).
 */
export function rememberingKeys(keyOf: (args: unknown[]) => string): (args: unknown[]) => string {
  const keyOfArgument = rememberedPerFrozen((argument: unknown) => keyOf([argument]));
  return (args) => {
    const [argument, rest] = args;
    const oneArgument = args.length <= 2 && (rest === undefined || rest instanceof AbortSignal);
    return oneArgument ? keyOfArgument(argument) : keyOf(args);
  };
}
