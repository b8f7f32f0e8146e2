// Starts the page's data request while the app's code is still downloading: a
// preload that the app's own fetch of the same URL then reuses. The home page
// needs /api/browse; a details link opened cold needs that film. A file, not an
// inline script, so a strict Content-Security-Policy (script-src 'self') allows it.
{
  const path = location.pathname;
  // The ids the app asks the API for (the contract's movie-id rule: no leading
  // zero, at most ten digits). Served as is, so it cannot import the rule; a
  // test (src/boot.test.ts) holds the two together.
  const movie = /^\/movie\/([1-9]\d{0,9})$/.exec(path);
  const data = path === "/" ? "/api/browse" : movie ? `/api/movies/${movie[1]}` : null;
  if (data) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.href = data;
    link.crossOrigin = "anonymous";
    document.head.append(link);
  }
}
