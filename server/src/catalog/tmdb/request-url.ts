/** Query parameter values; `undefined` ones are left out. */
export type QueryParams = Record<string, string | number | boolean | undefined>;

/**
 * Joins the configured base (which carries the `/3` version prefix) with an
 * endpoint path. `new URL("/search/movie", base)` would drop that prefix.
 */
export function buildUrl(baseUrl: string, path: string, params: QueryParams): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}${path}`);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}

/** The URL as logs may show it: without the `api_key` credential. */
export function redactUrl(url: URL): string {
  const safe = new URL(url);
  safe.searchParams.delete("api_key");
  return safe.toString();
}
