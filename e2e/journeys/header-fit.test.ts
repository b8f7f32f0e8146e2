import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";

/**
 * The smallest phones (320 px), common ones, and the desktop header's
 * narrowest widths: 640×400 is a 1280×800 screen at 200% zoom.
 */
const SIZES = [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
  { width: 430, height: 900 },
  { width: 600, height: 800 },
  { width: 640, height: 400 },
  { width: 768, height: 1024 },
];

interface HeaderLayout {
  width: number;
  scrollWidth: number;
  /** The header's items left to right: wordmark, nav, badge, search field. */
  items: Array<{ name: string; left: number; right: number }>;
}

// The offline catalog: its badge makes the header's busiest line.
describe("the header fits narrow screens and zoom (offline catalog)", () => {
  const journey = useJourney({ catalog: "offline" });

  it.each(SIZES)(
    "shows every item whole, side by side, with no sideways scroll ($width×$height)",
    async (viewport) => {
      const { page, errors } = await journey.open("/", { viewport });
      const badge = page.getByText("Offline catalog");
      await badge.waitFor({ state: "attached" });
      await page.waitForTimeout(300); // the search field's width transition
      const layout: HeaderLayout = await page.evaluate(() => {
        const header = document.querySelector("header") as HTMLElement;
        const named = (element: Element | null, name: string) => {
          const box = (element as Element).getBoundingClientRect();
          return { name, left: box.left, right: box.right };
        };
        const badgeText = [...header.querySelectorAll("span")].find(
          (span) => span.textContent === "Offline catalog",
        );
        return {
          width: window.innerWidth,
          scrollWidth: document.documentElement.scrollWidth,
          items: [
            named(header.querySelector('a[aria-label="Reelhouse"]'), "wordmark"),
            named(header.querySelector("nav"), "nav"),
            named(badgeText?.closest("[title]") ?? null, "badge"),
            named(header.querySelector('input[type="search"]'), "search"),
          ],
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
      for (const [index, item] of layout.items.entries()) {
        expect(item.left, `${item.name}: ${JSON.stringify(layout)}`).toBeGreaterThanOrEqual(0);
        expect(item.right, `${item.name}: ${JSON.stringify(layout)}`).toBeLessThanOrEqual(
          layout.width,
        );
        const before = layout.items[index - 1];
        if (before) {
          expect(item.left, `${item.name} overlaps ${before.name}`).toBeGreaterThanOrEqual(
            before.right,
          );
        }
      }
      // However it is drawn, the badge still says what it means.
      expect(await page.getByTitle(/serving the built-in sample/).textContent()).toContain(
        "Offline catalog",
      );
      expect(errors).toEqual([]);
    },
  );
});
