import { CatalogError, type ErrorCode, UpstreamTimeoutError } from "../errors.js";
import type { MovieCatalog } from "../port.js";
import { SharedFlights } from "../shared-flights.js";
import { cacheKey } from "./cache-key.js";
import { type CacheEntry, entryFor } from "./entry.js";
import type { MemoryStore } from "./memory-store.js";
import { type CacheObserver, NO_CACHE_OBSERVER } from "./observer.js";
import { type CachePolicy, policyFor as defaultPolicyFor } from "./policy.js";
import type { SharedStore } from "./redis-store.js";
import { rememberingKeys } from "./remembered-keys.js";

export interface CacheLogger {
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface CachedCatalogOptions {
  local: MemoryStore;
  /** Redis, when configured: replicas share what any of them fetched. */
  shared?: SharedStore | undefined;
  /** Everything that changes an answer besides the arguments: adapter, build, language... */
  namespace: string;
  logger: CacheLogger;
  observer?: CacheObserver | undefined;
  now?: () => number;
  policyFor?: (method: string) => CachePolicy;
  /**
   * The most a caller waits on a miss (`TMDB_BUDGET_MS`) before it gets
   * `UpstreamTimeoutError` (or the last good answer). The call itself goes on
   * and fills the cache for whoever asks next.
   */
  budgetMs?: number | undefined;
}

/** Failures of the upstream, as opposed to answers ("not found", "bad request"). */
const UPSTREAM_FAILURES = new Set<ErrorCode>([
  "upstream_unavailable",
  "upstream_timeout",
  "upstream_bad_response",
  "upstream_rate_limited",
  "catalog_not_configured",
]);

/**
 * The cache and coalescing decorator around any `MovieCatalog`. Every method
 * of the catalog (as built: the port's and any other) is cached, keyed by its
 * name and its arguments (see `cache-key.ts`), with the windows of
 * `policy.ts`: fresh, stale-while-revalidate, stale-if-error. Concurrent
 * misses for the same key share one call to the adapter.
 *
 * Cached values are shared by every request that gets them: treat answers as
 * immutable (the HTTP layer also reuses their serialized form).
 */
export function withCache<T extends MovieCatalog>(catalog: T, options: CachedCatalogOptions): T {
  const { local, shared, logger } = options;
  const observer = options.observer ?? NO_CACHE_OBSERVER;
  const now = options.now ?? Date.now;
  const policyFor = options.policyFor ?? defaultPolicyFor;
  const flights = new SharedFlights<unknown>();

  type Method = (...args: unknown[]) => Promise<unknown>;

  /** One call of a cached method that the cache could not answer fresh: what to ask, and where its answer goes. */
  interface Miss {
    method: string;
    key: string;
    call: Method;
    args: unknown[];
    policy: CachePolicy;
  }

  function cachedMethod(method: string, call: Method): Method {
    const policy = policyFor(method);
    const keyOf = rememberingKeys((args) => `${options.namespace}:${cacheKey(method, args)}`);
    return (...args) => {
      const key = keyOf(args);
      // The hot path, without an async frame: a fresh answer in this process.
      const mine = local.get(key);
      if (mine && now() < mine.freshUntil) {
        observer.hit(method);
        return Promise.resolve(mine.value);
      }
      return answerMiss({ method, key, call, args, policy }, mine);
    };
  }

  async function answerMiss(miss: Miss, mine: CacheEntry | undefined): Promise<unknown> {
    const { method, key, args } = miss;
    const entry = await lookup(key, mine);
    const at = now();
    if (entry && at < entry.freshUntil) {
      observer.hit(method);
      return entry.value;
    }
    if (entry && at < entry.revalidateUntil) {
      observer.stale(method, "revalidate");
      revalidate(miss);
      return entry.value;
    }
    observer.miss(method);
    const signal = args.find((arg): arg is AbortSignal => arg instanceof AbortSignal);
    try {
      return await loadWithinBudget(miss, signal);
    } catch (error) {
      if (entry && now() < entry.expiresAt && isUpstreamFailure(error)) {
        observer.stale(method, "error");
        logger.debug({ method, code: error.code }, "upstream failed; serving the last good answer");
        return entry.value;
      }
      throw error;
    }
  }

  /** The fresher of the local entry (not fresh any more, or none) and the shared one. */
  async function lookup(
    key: string,
    mine: CacheEntry | undefined,
  ): Promise<CacheEntry | undefined> {
    if (!shared) return mine;
    const theirs = await shared.get(key);
    if (!theirs || (mine && mine.freshUntil >= theirs.freshUntil)) return mine;
    local.set(key, theirs);
    return theirs;
  }

  /**
   * The call, for as long as the caller's budget lasts. A caller that goes
   * away (its signal aborts) within it stops waiting, and may take the shared
   * call down with it (`SharedFlights`). A caller whose budget ran out gets
   * its 504 and stops listening: its connection closing next (HTTP/1.0,
   * `Connection: close`) must not cancel a call that still fills the cache
   * for whoever asks next.
   */
  async function loadWithinBudget(miss: Miss, signal: AbortSignal | undefined): Promise<unknown> {
    if (!signal || options.budgetMs === undefined) {
      return withinBudget(load(miss, signal), options.budgetMs);
    }
    // A miss costs an upstream call: a controller of its own is nothing beside it.
    const waiting = new AbortController();
    const stopWaiting = () => waiting.abort(signal.reason);
    if (signal.aborted) stopWaiting();
    else signal.addEventListener("abort", stopWaiting, { once: true });
    try {
      return await withinBudget(load(miss, waiting.signal), options.budgetMs);
    } finally {
      signal.removeEventListener("abort", stopWaiting);
    }
  }

  function load(
    { method, key, call, args, policy }: Miss,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    return flights.run(
      key,
      async (flightSignal) => {
        const value = await call(...withSignal(args, flightSignal));
        const entry = entryFor(value, policy, now());
        local.set(key, entry);
        shared?.set(key, entry, now());
        return value;
      },
      signal,
      () => observer.coalesced(method),
    );
  }

  function revalidate(miss: Miss): void {
    // No caller signal: the refresh is for whoever asks next, not for this request.
    load(miss, undefined).catch((error: unknown) => {
      logger.debug(
        { method: miss.method, code: error instanceof CatalogError ? error.code : "unknown" },
        "background refresh failed; the stale answer stays",
      );
    });
  }

  return withMethodsReplaced(catalog, cachedMethod);
}

/**
 * An object that reads as `target`, except that each of its methods (own or
 * inherited, as a class's) is replaced by `replace(name, method)`, bound to
 * `target`. Built once, rather than a Proxy: a Proxy's trap ran on every
 * call, a measurable share of a cached answer.
 */
function withMethodsReplaced<T extends object>(
  target: T,
  replace: (name: string, method: (...args: unknown[]) => Promise<unknown>) => unknown,
): T {
  const replaced = Object.create(target) as T;
  for (
    let holder: object | null = target;
    holder !== null && holder !== Object.prototype;
    holder = Object.getPrototypeOf(holder)
  ) {
    for (const name of Object.getOwnPropertyNames(holder)) {
      if (name === "constructor" || Object.hasOwn(replaced, name)) continue;
      const property = Object.getOwnPropertyDescriptor(holder, name);
      if (typeof property?.value === "function") {
        Object.defineProperty(replaced, name, {
          value: replace(name, property.value.bind(target)),
        });
      } else if (property?.get) {
        // Read through the target itself: its getters may use its private fields.
        Object.defineProperty(replaced, name, { get: () => Reflect.get(target, name) });
      }
    }
  }
  return replaced;
}

function withinBudget<T>(work: Promise<T>, budgetMs: number | undefined): Promise<T> {
  if (budgetMs === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const spent = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UpstreamTimeoutError("The movie catalog did not answer in time")),
      budgetMs,
    );
  });
  return Promise.race([work, spent]).finally(() => clearTimeout(timer));
}

function isUpstreamFailure(error: unknown): error is CatalogError {
  return error instanceof CatalogError && UPSTREAM_FAILURES.has(error.code);
}

/** The arguments with the caller's signal swapped for the shared call's own. */
function withSignal(args: unknown[], signal: AbortSignal): unknown[] {
  return args.map((arg) => (arg instanceof AbortSignal ? signal : arg));
}
