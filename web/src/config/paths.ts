/**
 * Every in-app URL is built here, so a route rename is a one-line change. The
 * router's patterns come from here too (`paths.movie(":id")`).
 */
export const paths = {
  home: "/",
  /**
   * `/search?q=…`, or the bare prompt when there is no text. `params` (the
   * search's filters, spelled by `features/search/model/search-filters.ts`)
   * follow `q`; undefined ones are left out so URLs stay short.
   */
  search(query?: string, params: Record<string, string | undefined> = {}): string {
    const q = query?.trim();
    if (!q) return "/search";
    const search = new URLSearchParams({ q });
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) search.set(name, value);
    }
    return `/search?${search}`;
  },
  movie(id: number | string): string {
    return `/movie/${id}`;
  },
  myList: "/my-list",
  about: "/about",
} as const;
