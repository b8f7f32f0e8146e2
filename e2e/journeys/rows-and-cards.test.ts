import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { VIEWPORTS } from "../support/browser.js";
import { useJourney, type Viewport } from "../support/journey.js";
import { waitUntil } from "../support/page-helpers.js";
import { lightestPixel } from "../support/pixels.js";

/** The page's side margin (CSS `--page-x`) in px. */
function pageMargin(page: Page): Promise<number> {
  return page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.width = "var(--page-x)";
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  });
}

// The TMDB catalog through the fake TMDB: its images fail here, so cards show generated posters.
describe("rows and cards (TMDB catalog, generated posters)", () => {
  const journey = useJourney({ catalog: "tmdb", stubOffMachineHosts: true });
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  const row = (title: string) => page.getByRole("region", { name: title, exact: true });

  async function openHome(viewport: Viewport) {
    ({ context, page, errors } = await journey.open("/", { viewport }));
    await row("Trending now").locator("[data-card-link]").first().waitFor();
  }

  it("scrolls each card the arrow keys reach whole into view, inside the page margins", async () => {
    await openHome(VIEWPORTS.desktop);
    const margin = await pageMargin(page);
    const cards = row("Trending now").locator("[data-card-link]");
    await cards.first().focus();
    for (let step = 1; step <= 8; step++) {
      await page.keyboard.press("ArrowRight");
      const card = cards.nth(step).locator("xpath=..");
      await waitUntil(async () => {
        const box = await card.evaluate((li) => li.getBoundingClientRect().toJSON());
        return box.left >= margin - 1 && box.right <= 1280 - margin + 1;
      }, `card ${step} shows whole inside the margins`);
    }
    expect(errors).toEqual([]);
  });

  it("shows a row's scroll arrows only where there is more to see", async () => {
    await openHome(VIEWPORTS.desktop);
    const strip = row("Trending now");
    await strip.getByRole("list").hover();
    const left = strip.getByRole("button", { name: "Scroll Trending now left" });
    const right = strip.getByRole("button", { name: "Scroll Trending now right" });
    expect(await left.count()).toBe(0);
    expect(await right.count()).toBe(1);

    await strip.getByRole("list").evaluate((track) => {
      track.scrollLeft = track.scrollWidth;
    });
    await left.waitFor();
    await right.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
  });

  it("keeps a hovered card's title white: the lifted poster's shadow goes under it", async () => {
    await openHome(VIEWPORTS.desktop);
    const decoder = await context.newPage();
    const card = row("Trending now").locator("li").first();
    const title = card.locator("[data-card-link] > span").last();
    await title.evaluate((element) => element.scrollIntoView({ block: "center" }));
    const box = await title.boundingBox();
    if (!box) throw new Error("the card's title has no box");
    // The lower part of the title's line: text, and the shadow's darkest reach.
    const clip = { x: box.x, y: box.y + box.height / 3, width: box.width, height: box.height / 2 };
    const brightest = async () =>
      Math.max(...(await lightestPixel(decoder, await page.screenshot({ clip }))));
    const before = await brightest();
    await card.hover();
    await page.waitForTimeout(400); // the lift's transition
    const after = await brightest();
    expect(before).toBeGreaterThan(240);
    expect(after).toBeGreaterThan(240);
    expect(errors).toEqual([]);
  });

  it.each(Object.entries(VIEWPORTS))(
    "sets generated posters' titles in whole words, and ends a title too wide for its card in “…” (%s)",
    async (_name, viewport) => {
      await openHome(viewport);
      const split = await page.evaluate(() => {
        const words: string[] = [];
        for (const frame of document.querySelectorAll('[data-image-status="failed"]')) {
          const text = frame.querySelector("span")?.firstChild;
          if (!(text instanceof Text)) continue;
          let at = 0;
          for (const word of text.data.split(" ")) {
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + word.length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) words.push(word);
            at += word.length + 1;
          }
        }
        return words;
      });
      expect(split).toEqual([]);

      const cut = await page.evaluate(() =>
        [...document.querySelectorAll("[data-card-link] > span:last-child")]
          .filter((title) => title.scrollWidth > title.clientWidth)
          .map((title) => [title.textContent, getComputedStyle(title).textOverflow]),
      );
      for (const [text, overflow] of cut) expect(overflow, `${text}`).toBe("ellipsis");
      expect(errors).toEqual([]);
    },
  );

  // The first card's poster at a phone's 112 px card (3x) and a 1280 px screen's 196 px card
  // (1x): w342 for both, where sizes that missed the card's width asked for w500 and w185.
  it.each([
    ["phone at 3x", VIEWPORTS.phone, 3],
    ["desktop at 1x", VIEWPORTS.desktop, 1],
  ] as const)(
    "asks for the poster width a row card shows at (%s)",
    async (_name, viewport, dpr) => {
      const browse = (await (await fetch(journey.url("/api/browse"))).json()) as {
        rows: Array<{ title: string; movies: Array<{ posterUrl: string | null }> }>;
      };
      const posterUrl = browse.rows.find((r) => r.title === "Trending now")?.movies[0]?.posterUrl;
      const file = posterUrl?.split("/").pop();
      if (!file) throw new Error("the first card has no poster");

      const requested: string[] = [];
      ({ page, errors } = await journey.open("/", {
        viewport,
        deviceScaleFactor: dpr,
        // Added after the stub, so it sees each image request first, then lets the stub fail it.
        prepare: (fresh) =>
          fresh.route(/^https:\/\/image\.tmdb\.org\//, (route) => {
            requested.push(route.request().url());
            return route.fallback();
          }),
      }));
      const posters = () => requested.filter((url) => url.endsWith(`/${file}`));
      await waitUntil(async () => posters().length > 0, "the first card's poster is asked for");
      expect(new Set(posters().map((url) => /\/t\/p\/(w\d+)\//.exec(url)?.[1]))).toEqual(
        new Set(["w342"]),
      );
      expect(errors).toEqual([]);
    },
  );

  it("lines the loading rows' title placeholders up with the page margin", async () => {
    ({ page } = await journey.open("/", {
      // Hold the home page's data, so the skeleton stays up to be measured.
      prepare: (fresh) => fresh.route(/\/api\/browse/, () => {}),
    }));
    const skeleton = page.getByTestId("browse-skeleton");
    await skeleton.waitFor();
    const margin = await pageMargin(page);
    const lefts = await skeleton
      .locator("span")
      .evaluateAll((spans) =>
        spans
          .filter((span) => span.parentElement?.children[0] === span && span.style.width)
          .map((span) => span.getBoundingClientRect().left),
      );
    expect(lefts.length).toBeGreaterThan(0);
    for (const left of lefts) expect(left).toBeCloseTo(margin, 0);
  });
});
