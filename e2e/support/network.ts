import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { collectPageErrors } from "./page-helpers.js";

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

/** A fresh context at `viewport`, off-machine hosts stubbed, with one page open at `url`. */
export async function openStubbedPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
  const context = await browser.newContext({ viewport });
  await stubOffMachineHosts(context);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  return { context, page, errors };
}
