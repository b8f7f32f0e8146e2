// Starts the home page's data request while the app's code is still downloading:
// a preload the app's own fetch of /api/browse then reuses. A file, not an inline
// script, so a strict Content-Security-Policy (script-src 'self') allows it.
if (location.pathname === "/") {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.href = "/api/browse";
  link.crossOrigin = "anonymous";
  document.head.append(link);
}
