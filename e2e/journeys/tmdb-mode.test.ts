import { describe, expect, it } from "vitest";
import { builtWebFiles } from "../support/built-web.js";
import { useJourney } from "../support/journey.js";
import { expectHeading, typeIntoSearch } from "../support/page-helpers.js";

/** Distinctive, so finding it anywhere it must not be is unambiguous. */
const TOKEN = "e2e-read-token-MUST-NOT-LEAK-7f3a9c";

describe("TMDB catalog (against the project's fake TMDB): same UI, credential never leaks", () => {
  // A fake TMDB of its own, on this file's distinctive token.
  const journey = useJourney({ catalog: "tmdb", tmdbToken: TOKEN });

  it("searches, opens details and credits TMDB, with the token in no page, response, bundle or log", async () => {
    const { app, tmdb } = journey;
    const { page, errors } = await journey.open();
    const bodies: string[] = [];
    page.on("response", async (response) => {
      if (!response.url().startsWith(app.url)) return;
      bodies.push(JSON.stringify(await response.allHeaders()));
      bodies.push(await response.text().catch(() => ""));
    });

    await page.goto(`${app.url}/`);
    await typeIntoSearch(page, "matrix");
    // The home page's rows have their own "The Matrix" card: wait for the results.
    await page.waitForURL(/\/search\?q=matrix$/);
    await page
      .getByRole("list", { name: "Search results" })
      .getByRole("link", { name: "The Matrix", exact: true })
      .click();
    await expectHeading(page, "The Matrix");
    await page
      .getByText("This product uses the TMDB API but is not endorsed or certified by TMDB.")
      .waitFor();
    bodies.push(await page.content());

    expect(tmdb.requests.some((request) => request.path.startsWith("/3/search/movie"))).toBe(true);
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) expect(body).not.toContain(TOKEN);
    for (const file of builtWebFiles()) expect(file.text, file.path).not.toContain(TOKEN);
    expect(app.output()).toContain('"catalog":"tmdb"');
    expect(app.output()).not.toContain(TOKEN);
    expect(errors).toEqual([]);
  });
});
