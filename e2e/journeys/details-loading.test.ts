import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { VIEWPORTS } from "../support/browser.js";
import { useJourney } from "../support/journey.js";
import { expectHeading } from "../support/page-helpers.js";

interface Film {
  id: number;
  title: string;
  similar: Array<{ id: number }>;
}

/** Every request path the page makes, in order. */
function recordPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

describe("how a details page opened cold loads (offline catalog)", () => {
  // A phone opening a link: the section under test starts well below its first screen.
  const journey = useJourney({ catalog: "offline", viewport: VIEWPORTS.phone });
  let matrix: Film;

  // After the fixture's own beforeAll (hooks run in order), so the app is up.
  beforeAll(async () => {
    const search = (await (await fetch(journey.url("/api/search?q=matrix"))).json()) as {
      results: Film[];
    };
    const id = search.results[0]?.id;
    matrix = (await (await fetch(journey.url(`/api/movies/${id}`))).json()) as Film;
    expect(matrix.similar.length).toBeGreaterThan(0);
  });

  /** A phone opening a link straight to the film's page, settled: nothing left to load. */
  async function openColdDetailsLink() {
    const { page, errors } = await journey.open();
    const paths = recordPaths(page);
    await page.goto(journey.url(`/movie/${matrix.id}`));
    await expectHeading(page, matrix.title);
    await page.waitForLoadState("networkidle");
    return { page, errors, paths };
  }

  it("asks for the film once, from boot.js's preload, while the app's code downloads", async () => {
    const { page, errors, paths } = await openColdDetailsLink();

    const api = `/api/movies/${matrix.id}`;
    // One request: had the app's fetch not reused the preload, there would be two.
    expect(paths.filter((path) => path === api)).toEqual([api]);
    const initiator = await page.evaluate(
      (name) =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find(
          (entry) => new URL(entry.name).pathname === name,
        )?.initiatorType,
      api,
    );
    expect(initiator).toBe("link");
    expect(errors).toEqual([]);
  });

  it("renders the page in one pass, never showing the page-loading spinner", async () => {
    const { page } = await journey.open();
    // Watches every DOM change from the first byte: the spinner may live for one frame only.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.body?.textContent?.includes("Loading…"))
          Reflect.set(window, "sawSpinner", true);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(journey.url(`/movie/${matrix.id}`));
    await expectHeading(page, matrix.title);
    expect(await page.evaluate(() => Reflect.get(window, "sawSpinner") ?? false)).toBe(false);

    // The check can fail: an in-app move to a page not fetched yet does show it.
    await page.getByRole("link", { name: "My List", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "My List" }).waitFor();
    expect(await page.evaluate(() => Reflect.get(window, "sawSpinner") ?? false)).toBe(true);
  });

  it("draws 'More like this' and loads its posters only as it comes near", async () => {
    const { page, errors, paths } = await openColdDetailsLink();

    const heading = page.getByRole("heading", { level: 2, name: "More like this" });
    const grid = page.getByRole("list", { name: "More like this" });
    // The section is well below a phone's first screen, and holds its place meanwhile.
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top - innerHeight);
    expect(top).toBeGreaterThan(400);
    expect(await grid.count()).toBe(0);
    const posters = matrix.similar.map((film) => `/api/posters/${film.id}.svg`);
    expect(paths.filter((path) => posters.includes(path))).toEqual([]);

    await heading.scrollIntoViewIfNeeded();
    await grid.getByRole("link").first().waitFor();
    expect(await grid.getByRole("link").count()).toBe(matrix.similar.length);
    await page.waitForLoadState("networkidle");
    expect(paths.filter((path) => posters.includes(path)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
