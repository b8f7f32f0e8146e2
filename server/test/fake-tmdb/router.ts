import { type FakeCredentials, isAuthorized } from "./auth.js";
import {
  discoverMovies,
  nowPlayingMovies,
  popularMovies,
  topRatedMovies,
  trendingMovies,
} from "./endpoints/lists.js";
import { movieDetails, movieSubresource } from "./endpoints/movie.js";
import { configuration, genreList } from "./endpoints/reference.js";
import { searchMovies } from "./endpoints/search.js";
import { type FaultName, faultResponse } from "./faults.js";
import { type FakeResponse, notFound, tmdbError } from "./responses.js";

export interface RouterOptions {
  credentials: FakeCredentials;
  failGenreList: boolean;
  /** When set, every authenticated request gets this fault: TMDB as a whole is in trouble. */
  fault?: FaultName | undefined;
}

type Handler = (
  match: RegExpExecArray,
  params: URLSearchParams,
  options: RouterOptions,
) => FakeResponse;

/** First match wins: the named lists come before `/movie/{id}`. */
const ROUTES: Array<[RegExp, Handler]> = [
  [/^\/search\/movie$/, (_, params) => searchMovies(params)],
  [/^\/movie\/popular$/, (_, params) => popularMovies(params)],
  [/^\/movie\/top_rated$/, (_, params) => topRatedMovies(params)],
  [/^\/movie\/now_playing$/, (_, params) => nowPlayingMovies(params)],
  [/^\/trending\/movie\/(day|week)$/, (_, params) => trendingMovies(params)],
  [/^\/discover\/movie$/, (_, params) => discoverMovies(params)],
  [/^\/movie\/([^/]+)$/, (match, params) => movieDetails(match[1] ?? "", params)],
  [
    /^\/movie\/([^/]+)\/([a-z_]+)$/,
    (match, params) => movieSubresource(match[1] ?? "", match[2] ?? "", params),
  ],
  [/^\/genre\/movie\/list$/, (_, __, options) => genreList({ fail: options.failGenreList })],
  [/^\/configuration$/, () => configuration()],
];

/** Answers one request the way TMDB's v3 API would, authentication first. */
export function route(
  request: {
    method: string;
    pathname: string;
    params: URLSearchParams;
    authorization: string | undefined;
  },
  options: RouterOptions,
): FakeResponse {
  if (request.method !== "GET" || !request.pathname.startsWith("/3/")) return notFound();
  if (!isAuthorized(request.authorization, request.params, options.credentials))
    return tmdbError(401, 7);
  const path = request.pathname.slice("/3".length);
  const answer = answerFor(path, request.params, options);
  return options.fault ? faultResponse(options.fault, answer) : answer;
}

function answerFor(path: string, params: URLSearchParams, options: RouterOptions): FakeResponse {
  for (const [pattern, handler] of ROUTES) {
    const match = pattern.exec(path);
    if (match) return handler(match, params, options);
  }
  return notFound();
}
