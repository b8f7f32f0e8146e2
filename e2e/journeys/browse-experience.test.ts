import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/axe.js";
import { VIEWPORTS } from "../support/browser.js";
import type { CatalogName } from "../support/catalogs.js";
import { useJourney, type Viewport } from "../support/journey.js";
import { expectHeading, isFocused, waitUntil } from "../support/page-helpers.js";
import { takeReadmeScreenshot } from "../support/screenshots.js";

const CATALOGS: CatalogName[] = ["offline", "tmdb"];

describe.each(CATALOGS)("browse, details, My List and filters on the %s catalog", (catalog) => {
  const journey = useJourney({ catalog, stubOffMachineHosts: true });
  let page: Page;
  let youtube: Request[];
  let errors: Error[];
  const url = (path: string) => journey.url(path);
  const row = (title: string) => page.getByRole("region", { name: title, exact: true });
  const cards = (rowTitle: string) => row(rowTitle).locator("[data-card-link]");
  const dialog = () => page.getByRole("dialog");

  async function openPage(viewport?: Viewport) {
    ({ page, youtube, errors } = await journey.open(undefined, { viewport }));
  }

  it("shows the billboard and the rows, and moves along a row with the arrow keys", async () => {
    await openPage();
    await page.goto(url("/"));
    const billboard = page.locator('[aria-labelledby="billboard-title"]');
    await billboard.getByRole("link", { name: /^More info about / }).waitFor();
    const featured = await billboard.getByRole("heading", { level: 2 }).textContent();
    expect(featured?.trim()).not.toBe("");
    for (const title of ["Trending now", "Popular", "Top rated", "New releases"]) {
      // Lower rows draw their cards as they come near the viewport.
      await row(title).scrollIntoViewIfNeeded();
      await cards(title).first().waitFor();
      expect(await cards(title).count(), title).toBeGreaterThanOrEqual(3);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    if (catalog === "offline") await takeReadmeScreenshot(page, "home-desktop");

    const trending = cards("Trending now");
    await trending.first().focus();
    // A row draws a screenful of cards until someone uses it; focus draws them all.
    const count = await trending.count();
    expect(count).toBeGreaterThanOrEqual(10);
    await page.keyboard.press("ArrowRight");
    expect(await isFocused(trending.nth(1))).toBe(true);
    await page.keyboard.press("End");
    expect(await isFocused(trending.nth(count - 1))).toBe(true);
    // The strip scrolled the focused card into view.
    const track = row("Trending now").getByRole("list");
    await waitUntil(
      async () => (await track.evaluate((el) => el.scrollLeft)) > 0,
      "the row scrolls",
    );
    await page.keyboard.press("ArrowLeft");
    expect(await isFocused(trending.nth(count - 2))).toBe(true);
    // One tab stop per row: Tab goes to that card's My List button, then to the next row.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await row("Popular").evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("opens details as a dialog that keeps focus and gives it back; the URL alone is a full page", async () => {
    await openPage();
    await page.goto(url("/"));
    const card = cards("Popular").nth(1);
    const title = (await card.getAttribute("data-card-link")) ?? "";
    await card.focus();
    await page.keyboard.press("Enter");
    await dialog().getByRole("heading", { level: 1, name: title, exact: true }).waitFor();
    await page.waitForURL(/\/movie\/\d+$/);
    const detailsUrl = page.url();
    if (catalog === "offline") await takeReadmeScreenshot(page, "details-desktop");
    // The backdrop runs the dialog's full width: the close button floats over it, never beside it.
    const widths = await dialog().evaluate((element) => ({
      dialog: element.clientWidth,
      hero: element.querySelector("header")?.getBoundingClientRect().width ?? 0,
    }));
    expect(widths.hero).toBeCloseTo(widths.dialog, 0);

    for (let step = 0; step < 30; step++) {
      await page.keyboard.press(step % 7 === 6 ? "Shift+Tab" : "Tab");
      expect(
        await dialog().evaluate((el) => el.contains(document.activeElement)),
        `Tab ${step}`,
      ).toBe(true);
    }
    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "detached" });
    expect(page.url()).toBe(url("/"));
    expect(await isFocused(card)).toBe(true);

    // A reload of the dialog's URL, and the URL opened cold, show the full page.
    await card.click();
    await dialog().waitFor();
    await page.reload();
    await expectHeading(page, title);
    expect(await dialog().count()).toBe(0);
    await page.getByRole("button", { name: "Back" }).waitFor();
    await page.goto(detailsUrl);
    await expectHeading(page, title);
    expect(await page.title()).toContain(title);
    expect(errors).toEqual([]);
  });

  it("loads the trailer only after a click", async () => {
    await openPage();
    await page.goto(url("/"));
    const billboard = page.locator('[aria-labelledby="billboard-title"]');
    await billboard.getByRole("link", { name: /^More info about / }).click();
    await dialog().getByRole("heading", { level: 1 }).waitFor();
    expect(await page.locator("iframe").count()).toBe(0);

    if (catalog === "offline") {
      // The offline data has no trailers: nothing offers one, nothing asks YouTube.
      await dialog().getByText("No trailer available").waitFor();
      expect(await page.getByRole("button", { name: "Play trailer" }).count()).toBe(0);
    } else {
      await page.waitForTimeout(300);
      expect(youtube).toEqual([]);
      await dialog().getByRole("button", { name: "Play trailer" }).click();
      const player = dialog().locator("iframe");
      await player.waitFor();
      expect(await player.getAttribute("src")).toMatch(
        /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?/,
      );
      await waitUntil(async () => youtube.length > 0, "the embed is requested");
    }
    expect(
      youtube.every((request) => request.url().startsWith("https://www.youtube-nocookie.com/")),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it("keeps My List across reloads", async () => {
    await openPage();
    await page.goto(url("/"));
    const add = row("Trending now")
      .getByRole("button", { name: /^Add .+ to My List$/ })
      .nth(2);
    const name = ((await add.getAttribute("aria-label")) ?? "").replace(
      /^Add (.+) to My List$/,
      "$1",
    );
    await add.click();
    await row("Trending now")
      .getByRole("button", { name: `Remove ${name} from My List` })
      .waitFor();

    await page.reload();
    await row("My List").getByRole("link", { name, exact: true }).waitFor();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "My List" })
      .click();
    await expectHeading(page, "My List");
    await page.reload();
    const saved = page.getByRole("list", { name: "My List" });
    await saved.getByRole("link", { name, exact: true }).waitFor();

    await saved.getByRole("button", { name: `Remove ${name} from My List` }).click();
    await page.reload();
    await page.getByText(/Your list is empty/).waitFor();
    expect(errors).toEqual([]);
  });

  it("round-trips search filters through the URL, and shows related titles when nothing matches", async () => {
    await openPage();
    await page.goto(url("/search?q=matrix"));
    const results = page.getByRole("list", { name: "Search results" });
    await results.getByRole("link").first().waitFor();
    await page.getByRole("combobox", { name: "Genre" }).selectOption({ label: "Science Fiction" });
    await page.waitForURL(/[?&]genre=878(&|$)/);
    await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Newest" });
    await page.waitForURL(/[?&]sort=newest(&|$)/);

    await page.reload();
    await results.getByRole("link").first().waitFor();
    expect(await page.getByRole("combobox", { name: "Genre" }).inputValue()).toBe("878");
    expect(await page.getByRole("combobox", { name: "Sort by" }).inputValue()).toBe("newest");
    await page.goBack();
    await page.waitForURL((current) => !current.search.includes("sort="));
    expect(await page.getByRole("combobox", { name: "Sort by" }).inputValue()).toBe("relevance");
    expect(await page.getByRole("combobox", { name: "Genre" }).inputValue()).toBe("878");

    await page.goto(url("/search?q=qxzvw"));
    await page.getByRole("heading", { name: "No titles match “qxzvw”" }).waitFor();
    await page.getByRole("heading", { name: "Popular titles" }).waitFor();
    expect(
      await page.getByRole("list", { name: "Related titles" }).getByRole("link").count(),
    ).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it("has no serious or critical accessibility problem on home, search, details and My List", async () => {
    await openPage();
    const report: Record<string, unknown> = {};
    await page.goto(url("/"));
    await cards("Trending now").first().waitFor();
    report.home = await seriousAxeViolations(page);

    await cards("Trending now").first().click();
    await dialog().getByRole("heading", { level: 1 }).waitFor();
    report.detailsDialog = await seriousAxeViolations(page);
    const detailsUrl = page.url();
    await page.keyboard.press("Escape");

    await row("Trending now")
      .getByRole("button", { name: /^Add .+ to My List$/ })
      .first()
      .click();
    await page.goto(url("/my-list"));
    await page.getByRole("list", { name: "My List" }).getByRole("link").first().waitFor();
    report.myList = await seriousAxeViolations(page);

    await page.goto(url("/search?q=star"));
    await page.getByRole("list", { name: "Search results" }).getByRole("link").first().waitFor();
    report.search = await seriousAxeViolations(page);

    await page.goto(detailsUrl);
    await page.getByRole("heading", { level: 1 }).waitFor();
    report.detailsPage = await seriousAxeViolations(page);

    expect(report).toEqual({
      home: [],
      detailsDialog: [],
      myList: [],
      search: [],
      detailsPage: [],
    });
    expect(errors).toEqual([]);
  });

  it.runIf(catalog === "offline")("looks right on a phone (README screenshots)", async () => {
    await openPage(VIEWPORTS.phone);
    await page.goto(url("/"));
    await cards("Trending now").first().waitFor();
    await takeReadmeScreenshot(page, "home-phone");
    await cards("Popular").first().click();
    await dialog().getByRole("heading", { level: 1 }).waitFor();
    await takeReadmeScreenshot(page, "details-phone");
    expect(errors).toEqual([]);
  });
});
