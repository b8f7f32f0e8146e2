import fastQuerystring from "fast-querystring";
import type { FastifySchemaCompiler } from "fastify";
import { LRUCache } from "lru-cache";

type ParsedQuery = Readonly<Record<string, unknown>>;

/**
 * Fastify's query-string parser (fast-querystring, as its router uses by
 * default), remembering what it parsed: the same query string gives the same
 * frozen object every time, so the validator below can remember its verdict
 * too. People search for the same few things again and again; for a cached
 * answer, parsing and validating its query string were a noticeable share of
 * the work. Bounded: the most recently used query strings are kept, and
 * only short ones (real searches are; the router parses a URL before our
 * length limit answers it, and Node allows 16 KiB of them).
 */
export function rememberingQuerystringParser(
  maxQueries = 1000,
  maxLength = 512,
): (query: string) => ParsedQuery {
  const parsed = new LRUCache<string, ParsedQuery>({ max: maxQueries });
  return (query) => {
    if (query.length > maxLength) return parse(query);
    let result = parsed.get(query);
    if (result === undefined) {
      result = Object.freeze(parse(query));
      parsed.set(query, result);
    }
    return result;
  };
}

/**
 * Stands for a query string that is not valid percent-encoding ("q=%",
 * "q=%ff%fe"): fast-querystring would keep such text as typed, and we would
 * search for it. The validators below refuse it with a 400.
 */
export const MALFORMED_QUERY: ParsedQuery = Object.freeze({});

function parse(query: string): ParsedQuery {
  if (query === "") return {};
  return isWellEncoded(query) ? fastQuerystring.parse(query) : MALFORMED_QUERY;
}

function isWellEncoded(query: string): boolean {
  if (!query.includes("%")) return true;
  try {
    decodeURIComponent(query);
    return true;
  } catch {
    return false;
  }
}

type Validation = ReturnType<ReturnType<FastifySchemaCompiler<unknown>>>;

/**
 * A validator compiler that remembers, per frozen input (a remembered query
 * string, see above), a successful validation and its frozen value. Input
 * that could change, and input that fails, is validated every time. A
 * malformed query string fails every route's validation.
 */
export function rememberingValidators<S>(
  compile: FastifySchemaCompiler<S>,
): FastifySchemaCompiler<S> {
  return (route) => {
    const validate = compile(route);
    const passed = new WeakMap<object, Validation>();
    return (data: unknown) => {
      if (data === MALFORMED_QUERY) return { error: malformedQueryError() };
      if (typeof data !== "object" || data === null || !Object.isFrozen(data))
        return validate(data);
      const known = passed.get(data);
      if (known !== undefined) return known;
      const result = validate(data);
      if (isSuccess(result)) {
        Object.freeze(result.value);
        passed.set(data, result);
      }
      return result;
    };
  };
}

/** A 400 (Fastify gives a validator's error that status), in our words. */
function malformedQueryError(): Error {
  return Object.assign(new Error("The query string is not valid percent-encoding (UTF-8)."), {
    statusCode: 400,
  });
}

/** A synchronous `{ value }` result (not `false`, an error, or a promise of one). */
function isSuccess(result: Validation): result is { value: object } {
  return (
    typeof result === "object" &&
    result !== null &&
    !("then" in result) &&
    result.error === undefined &&
    typeof result.value === "object" &&
    result.value !== null
  );
}
