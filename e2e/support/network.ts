import type { BrowserContext, Request } from "playwright-core";

/**
 * Off-machine hosts the app may ask for, answered locally: the tests' network
 * is closed, and a journey must never hang on DNS. TMDB's image host fails
 * at once (the cards then show their designed fallback); YouTube's embed gets
 * a stub page, and every request to it is recorded so a test can tell when
 * the trailer loaded.
 */
export async function stubOffMachineHosts(context: BrowserContext): Promise<Request[]> {
  const youtube: Request[] = [];
  await context.route(/^https:\/\/image\.tmdb\.org\//, (route) =>
    route.abort("internetdisconnected"),
  );
  await context.route(/^https:\/\/www\.youtube-nocookie\.com\//, (route) => {
    youtube.push(route.request());
    return route.fulfill({
      contentType: "text/html",
      body: "<!doctype html><title>trailer</title>",
    });
  });
  return youtube;
}
