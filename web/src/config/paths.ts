/** Every in-app URL is built here, so a route rename is a one-line change. */
export const paths = {
  home: "/",
  search(query?: string): string {
    const q = query?.trim();
    return q ? `/search?${new URLSearchParams({ q })}` : "/search";
  },
  movie(id: number | string): string {
    return `/movie/${id}`;
  },
  myList: "/my-list",
  about: "/about",
} as const;
