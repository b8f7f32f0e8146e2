import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { VIEWPORTS } from "../support/browser.js";
import { useJourney } from "../support/journey.js";
import { waitUntil } from "../support/page-helpers.js";

interface Box {
  top: number;
  bottom: number;
}

// The TMDB catalog through the fake TMDB: the offline catalog has no trailers.
describe("the details dialog's hero (TMDB catalog)", () => {
  const journey = useJourney({ catalog: "tmdb", stubOffMachineHosts: true });

  /** The visible part of the dialog, and the boxes of `selectors` inside it. */
  function boxes(page: Page, selectors: string[]): Promise<Box[]> {
    return page.evaluate((list) => {
      const dialog = document.querySelector("dialog") as HTMLDialogElement;
      const box = (element: Element | null) => {
        const rect = element?.getBoundingClientRect();
        return { top: rect?.top ?? Number.NaN, bottom: rect?.bottom ?? Number.NaN };
      };
      return [box(dialog), ...list.map((selector) => box(dialog.querySelector(selector)))];
    }, selectors);
  }

  it.each(Object.entries(VIEWPORTS))(
    "opens the billboard's “Play trailer” with the playing trailer whole in view, under the poster (%s)",
    async (_name, viewport) => {
      const { page, errors } = await journey.open("/", { viewport });
      await page
        .locator('[aria-labelledby="billboard-title"]')
        .getByRole("link", { name: "Play trailer" })
        .click();
      await page.getByRole("dialog").locator("iframe").waitFor();
      await waitUntil(async () => {
        const [dialog, player] = (await boxes(page, ["iframe"])) as [Box, Box];
        return player.top >= dialog.top && player.bottom <= dialog.bottom;
      }, "the trailer shows whole inside the dialog");
      // Beside the trailer, the poster would sink to its bottom and leave a gap above.
      const [, poster, player] = (await boxes(page, [
        "header > div > [data-image-status]",
        "iframe",
      ])) as [Box, Box, Box];
      expect(poster.bottom).toBeLessThanOrEqual(player.top);
      expect(errors).toEqual([]);
    },
  );

  it("never starts a line of the meta with a “·” on a small phone", async () => {
    // 320 px wide, the smallest phones: the meta line has to wrap.
    const { page, errors } = await journey.open("/", { viewport: { width: 320, height: 640 } });
    await page
      .locator('[aria-labelledby="billboard-title"]')
      .getByRole("link", { name: /^More info about / })
      .click();
    const meta = page.getByRole("dialog").getByTestId("movie-meta");
    await meta.waitFor();
    const report = await meta.evaluate((line) => {
      const left = line.getBoundingClientRect().left;
      const items = [...line.children];
      const leading = items
        .flatMap((item) => [...item.children])
        .filter((part) => part.textContent?.trim() === "·")
        .filter((sep) => sep.getBoundingClientRect().left - left < 2)
        .map((sep) => sep.parentElement?.textContent ?? "");
      const tops = items.map((item) => item.getBoundingClientRect().top);
      return { wraps: Math.max(...tops) - Math.min(...tops) > 5, leading };
    });
    expect(report.wraps, "the meta line wraps").toBe(true);
    expect(report.leading).toEqual([]);
    expect(errors).toEqual([]);
  });
});
