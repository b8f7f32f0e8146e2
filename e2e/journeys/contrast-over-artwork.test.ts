import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { VIEWPORTS } from "../support/browser.js";
import { useJourney } from "../support/journey.js";
import { lightestPixel } from "../support/pixels.js";

/** A backdrop as pale as artwork gets: a plain parchment-coloured image. */
const PALE = "#f4f1e8";
const PALE_BACKDROP = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720"><rect width="1280" height="720" fill="${PALE}"/></svg>`;

/** WCAG's relative luminance of an sRGB colour (channels 0-255). */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The contrast of `text` against what is rendered behind it: the text is made
 * transparent, the pixels of its box are read, and the lightest of them is
 * compared with the text's colour, as a reviewer with a colour picker would.
 */
async function contrastBehind(page: Page, decoder: Page, text: Locator): Promise<number> {
  // The text's own extent, not its element's (a block runs the content's full width).
  const box = await text.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  });
  const color = await text.evaluate((element) => {
    const rgb =
      getComputedStyle(element)
        .color.match(/\d+(\.\d+)?/g)
        ?.map(Number) ?? [];
    // At once: a colour transition (the nav's hover) would still show the text.
    (element as HTMLElement).style.setProperty("transition", "none", "important");
    (element as HTMLElement).style.setProperty("color", "transparent", "important");
    return [rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0] as [number, number, number];
  });
  const behind = await lightestPixel(decoder, await page.screenshot({ clip: box }));
  await text.evaluate((element) => {
    (element as HTMLElement).style.removeProperty("color");
    (element as HTMLElement).style.removeProperty("transition");
  });
  const [light, dark] = [luminance(color), luminance(behind)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

describe("text over artwork stays readable on the palest backdrop (offline catalog)", () => {
  const journey = useJourney({ catalog: "offline" });

  it.each(Object.entries(VIEWPORTS))(
    "gives the header's nav and the billboard's text at least 4.5:1 (%s)",
    async (_name, viewport) => {
      const { context, page, errors } = await journey.open("/", {
        viewport,
        prepare: (fresh) =>
          fresh.route(/\/api\/backdrops\/[^/]+\.svg$/, (route) =>
            route.fulfill({ contentType: "image/svg+xml", body: PALE_BACKDROP }),
          ),
      });
      const decoder = await context.newPage();
      const billboard = page.locator('[aria-labelledby="billboard-title"]');
      await billboard.locator('[data-image-status="loaded"]').waitFor();
      // The backdrop's fade-in over (endless animations, like a shimmer, don't count).
      await page.waitForFunction(() =>
        document
          .getAnimations()
          .every(
            (animation) =>
              animation.playState !== "running" ||
              animation.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY,
          ),
      );

      const nav = page.getByRole("navigation", { name: "Main" });
      // WCAG AA: 4.5:1 for text, 3:1 for large text (the title).
      const texts: Array<[string, Locator, number]> = [
        ["nav: Home", nav.getByRole("link", { name: "Home" }), 4.5],
        ["nav: My List", nav.getByRole("link", { name: "My List" }), 4.5],
        ["billboard: Featured", billboard.getByText("Featured", { exact: true }), 4.5],
        ["billboard: title", billboard.getByRole("heading", { level: 2 }), 3],
        ["billboard: meta", billboard.locator("p").nth(1), 4.5],
      ];
      const ratios: Record<string, number> = {};
      for (const [name, text] of texts) {
        ratios[name] = Math.round((await contrastBehind(page, decoder, text)) * 100) / 100;
      }
      for (const [name, , minimum] of texts) {
        expect(ratios[name], `${name}: ${JSON.stringify(ratios)}`).toBeGreaterThanOrEqual(minimum);
      }
      expect(errors).toEqual([]);
    },
  );
});
