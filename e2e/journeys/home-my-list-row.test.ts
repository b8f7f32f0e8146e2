import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { VIEWPORTS } from "../support/browser.js";
import type { CatalogName } from "../support/catalogs.js";
import { useJourney, type Viewport } from "../support/journey.js";
import { focusedName } from "../support/page-helpers.js";

const CATALOGS: CatalogName[] = ["offline", "tmdb"];
const SIZES = Object.entries(VIEWPORTS);

/** Where an element sits in the viewport (what the person sees move, or not). */
async function top(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().top);
}

describe.each(CATALOGS)("the home page's My List row (%s catalog)", (catalog) => {
  const journey = useJourney({ catalog, stubOffMachineHosts: true });
  let page: Page;
  let errors: Error[];
  const row = (title: string) => page.getByRole("region", { name: title, exact: true });
  const regions = () =>
    page.locator("section[data-row]").evaluateAll((rows) => rows.map((r) => r.dataset.row));

  async function openHome(viewport: Viewport) {
    ({ page, errors } = await journey.open("/", { viewport }));
    await row("Trending now").locator("[data-card-link]").first().waitFor();
  }

  it.each(SIZES)(
    "keeps focus in the row when films are removed from it: next, previous, then the empty note (%s)",
    async (_size, viewport) => {
      await openHome(viewport);
      const add = row("Trending now").getByRole("button", { name: /^Add .+ to My List$/ });
      for (let n = 0; n < 3; n++) await add.first().click();
      // With titles saved, the row sits second when the page loads.
      await page.reload();
      const mine = row("My List");
      await mine.locator("[data-card-link]").nth(2).waitFor();
      expect((await regions()).slice(0, 2)).toEqual(["trending", "my-list"]);
      const [a, b, c] = await mine
        .locator("[data-card-link]")
        .evaluateAll((links) => links.map((link) => link.getAttribute("data-card-link") ?? ""));

      // Tab into the row, along it to the second card, and onto that card's button.
      await mine.getByRole("link", { name: a, exact: true }).focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Tab");
      expect(await focusedName(page)).toBe(`Remove ${b} from My List`);
      await page.keyboard.press("Enter");
      expect(await focusedName(page)).toBe(`Remove ${c} from My List`);

      // The last card: the one before it, which is also the row's tab stop now.
      await page.keyboard.press("Enter");
      expect(await focusedName(page)).toBe(`Remove ${a} from My List`);
      expect(await mine.getByRole("link", { name: a, exact: true }).getAttribute("tabindex")).toBe(
        "0",
      );

      // The last film: the row stays, saying so, and has the focus.
      await page.keyboard.press("Enter");
      expect(await focusedName(page)).toMatch(/^Your list is empty/);
      expect(await mine.evaluate((element) => element.contains(document.activeElement))).toBe(true);
      // Tab goes on to the next row's tab stop.
      await page.keyboard.press("Tab");
      const next = (await regions())[2] ?? "";
      expect(
        await page
          .locator(`section[data-row="${next}"]`)
          .evaluate((element) => element.contains(document.activeElement)),
      ).toBe(true);
      expect(errors).toEqual([]);
    },
  );

  it.each(SIZES)(
    "doesn't move the button just pressed when the first film is added, or the last removed (%s)",
    async (_size, viewport) => {
      await openHome(viewport);
      const popular = row("Popular");
      await popular.scrollIntoViewIfNeeded();
      const first = popular.getByRole("listitem").first();
      await first.getByRole("link").waitFor();
      const button = first.getByRole("button", { name: /My List$/ });
      const before = await top(button);

      await button.focus();
      await page.keyboard.press("Enter");
      await row("My List").waitFor({ state: "attached" });
      expect(await button.getAttribute("aria-label")).toMatch(/^Remove /);
      expect(Math.abs((await top(button)) - before)).toBeLessThan(1);
      // The new row goes after the others, below what the person is looking at.
      expect((await regions()).at(-1)).toBe("my-list");

      await page.keyboard.press("Enter");
      expect(await button.getAttribute("aria-label")).toMatch(/^Add /);
      expect(Math.abs((await top(button)) - before)).toBeLessThan(1);
      // Emptied, the row stays until the page is left.
      await row("My List")
        .getByText(/Your list is empty/)
        .waitFor({ state: "attached" });
      expect(errors).toEqual([]);
    },
  );
});
