/**
 * The request target in origin form ("/api/search?q=…"). HTTP/1.1 also lets
 * a client send the absolute form ("http://host/api/search?q=…"), which the
 * router routes to the same handler; whatever checks the path (the rate
 * limit, the security headers, API-or-page) must read it the same way, or
 * the absolute form walks past them.
 */
export function originForm(url: string): string {
  if (url.charCodeAt(0) === SLASH) return url;
  const authority = ABSOLUTE_FORM.exec(url);
  if (!authority) return url;
  const rest = url.slice(authority[0].length);
  return rest.startsWith("/") ? rest : `/${rest}`;
}

/** `/api` and everything under it, in any case: a JSON answer, never the web app's page. */
export function isApiPath(path: string): boolean {
  return API_PATH.test(path);
}

const SLASH = 47;
const ABSOLUTE_FORM = /^https?:\/\/[^/?#]*/i;
const API_PATH = /^\/api(?:[/?]|$)/i;
