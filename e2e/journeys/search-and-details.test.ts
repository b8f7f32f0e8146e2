import { describe, expect, it } from "vitest";
import { VIEWPORTS } from "../support/browser.js";
import { useJourney } from "../support/journey.js";
import { expectHeading, typeIntoSearch } from "../support/page-helpers.js";
import { artifactPath, takeReadmeScreenshot } from "../support/screenshots.js";

describe("offline catalog: search as you type, details, back, deep-link reload", () => {
  const journey = useJourney({ catalog: "offline" });

  it.each(Object.entries(VIEWPORTS))("works at the %s size", async (name, viewport) => {
    const { page, errors } = await journey.open("/", { viewport });
    await typeIntoSearch(page, "matrix");
    await page.waitForURL(/\/search\?q=matrix$/);
    const result = page
      .getByRole("list", { name: "Search results" })
      .getByRole("link", { name: "The Matrix", exact: true });
    await result.waitFor();
    await takeReadmeScreenshot(page, `search-${name}`);

    await result.click();
    await page.waitForURL(/\/movie\/\d+$/);
    await expectHeading(page, "The Matrix");
    expect(await page.title()).toContain("The Matrix");
    await page.screenshot({ path: artifactPath(`details-page-${name}`) });
    const detailsUrl = page.url();

    await page.goBack();
    await page.waitForURL(/\/search\?q=matrix$/);
    await page.getByRole("link", { name: "The Matrix", exact: true }).first().waitFor();
    expect(await page.getByRole("searchbox", { name: "Search" }).inputValue()).toBe("matrix");

    // A shared link opened cold lands on the same view.
    await page.goto(detailsUrl);
    await expectHeading(page, "The Matrix");
    await page.reload();
    await expectHeading(page, "The Matrix");

    expect(errors).toEqual([]);
  });

  it("keeps the results when Escape leaves the search box, and Back undoes clearing it", async () => {
    const { page, errors } = await journey.open("/search?q=matrix");
    const result = page
      .getByRole("list", { name: "Search results" })
      .getByRole("link", { name: "The Matrix", exact: true });
    await result.waitFor();
    const box = page.getByRole("searchbox", { name: "Search" });

    // A search field's native Escape would empty it and, after the pause, drop the results.
    await box.focus();
    await page.keyboard.press("Escape");
    await page.waitForTimeout(600);
    expect(await box.inputValue()).toBe("matrix");
    expect(await box.evaluate((input) => input === document.activeElement)).toBe(false);
    expect(new URL(page.url()).search).toBe("?q=matrix");
    await result.waitFor();

    await box.fill("");
    await page.waitForURL(/\/search$/);
    await page.goBack();
    await page.waitForURL(/\/search\?q=matrix$/);
    await result.waitFor();
    expect(await box.inputValue()).toBe("matrix");
    expect(errors).toEqual([]);
  });

  it("loads a shared search URL with accents right", async () => {
    const { page } = await journey.open("/search?q=amelie");
    // The catalog knows it by its French title, "Le Fabuleux destin d'Amélie Poulain".
    await page
      .getByRole("link", { name: /Amélie/ })
      .first()
      .waitFor();
  });
});
