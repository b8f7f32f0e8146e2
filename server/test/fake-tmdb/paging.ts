import { type FakeResponse, json, tmdbError } from "./responses.js";

export const PAGE_SIZE = 20;
/** TMDB serves pages 1..500 of any list, whatever `total_pages` says. */
export const MAX_PAGE = 500;

/** `{page, results, total_pages, total_results}`, or TMDB's 400 (code 22) for a bad `page`. */
export function pagedList<T>(items: readonly T[], rawPage: string | null): FakeResponse {
  const page = rawPage === null ? 1 : Number(rawPage);
  if (!/^\d+$/.test(rawPage ?? "1") || page < 1 || page > MAX_PAGE) return tmdbError(400, 22);
  return json(200, {
    page,
    results: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total_pages: Math.max(1, Math.ceil(items.length / PAGE_SIZE)),
    total_results: items.length,
  });
}
