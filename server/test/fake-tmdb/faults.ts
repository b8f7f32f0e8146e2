import { type FakeResponse, json, tmdbError } from "./responses.js";

/**
 * Failures tests can ask for: as a search query `__<name>__`, or as a
 * `/movie/{id}` with the id in `FAULT_MOVIE_IDS`. See README.md.
 */
export const FAULT_NAMES = [
  "status_500",
  "status_503",
  "status_504",
  "status_429",
  "status_429_no_retry_after",
  "malformed",
  "wrong_shape",
  "slow",
  "hang",
  "hang_up",
] as const;

export type FaultName = (typeof FAULT_NAMES)[number];

/** Search queries that trigger each fault, e.g. `__status_500__`. */
export const FAULT_QUERIES = Object.fromEntries(
  FAULT_NAMES.map((name) => [name, `__${name}__`]),
) as Record<FaultName, string>;

/** Movie ids that trigger each fault on `/movie/{id}` (far above real ids in our fixtures). */
export const FAULT_MOVIE_IDS: Record<FaultName, number> = {
  status_500: 900_000_500,
  status_503: 900_000_503,
  status_504: 900_000_504,
  status_429: 900_000_429,
  status_429_no_retry_after: 900_000_430,
  malformed: 900_000_001,
  wrong_shape: 900_000_002,
  slow: 900_000_003,
  hang_up: 900_000_004,
  hang: 900_000_005,
};

export function faultForQuery(query: string): FaultName | undefined {
  return FAULT_NAMES.find((name) => FAULT_QUERIES[name] === query);
}

export function faultForMovieId(id: number): FaultName | undefined {
  return FAULT_NAMES.find((name) => FAULT_MOVIE_IDS[name] === id);
}

/** `eventually` is what a slow request finally answers. */
export function faultResponse(name: FaultName, eventually: FakeResponse): FakeResponse {
  switch (name) {
    case "status_500":
      return tmdbError(500, 11);
    case "status_503":
      // Real 503s have been seen without `success`; the adapter must not care.
      return tmdbError(503, 9, { omitSuccess: true });
    case "status_504":
      return tmdbError(504, 24);
    case "status_429":
      return tmdbError(429, 25, { headers: { "Retry-After": "2" } });
    case "status_429_no_retry_after":
      return tmdbError(429, 25);
    case "malformed":
      return {
        kind: "body",
        status: 200,
        body: '{"page":1,"results":[{"id":603,"title":"The Ma',
        headers: {},
      };
    case "wrong_shape":
      return json(200, { id: "603", title: null, page: "1", results: { id: "603" } });
    case "slow":
      return { kind: "slow", answer: eventually };
    case "hang":
      return { kind: "hang" };
    case "hang_up":
      return { kind: "hang-up" };
  }
}
