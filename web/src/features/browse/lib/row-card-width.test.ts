import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROW_CARD_SIZES, ROW_CARD_WIDTH, ROW_CARD_WIDTH_CSS } from "./row-card-width";

// Read from disk: Vitest stands in an empty module for CSS, `?raw` included.
const stylesheet = readFileSync(
  join(import.meta.dirname, "../components/browse.module.css"),
  "utf8",
);

/** The slot width `sizes` gives at a viewport width, read as a browser would (max-width only). */
function slotWidth(sizes: string, viewport: number): number {
  for (const entry of sizes.split(/,\s*(?![^(]*\))/)) {
    const match = /^(?:\(max-width: (\d+)px\) )?(.+)$/.exec(entry.trim());
    if (!match) throw new Error(`can't read ${entry}`);
    const [, maxWidth, length = ""] = match;
    if (maxWidth !== undefined && viewport > Number(maxWidth)) continue;
    const calc = /^calc\((\d+)vw \+ (\d+)px\)$/.exec(length);
    if (calc) return (Number(calc[1]) * viewport) / 100 + Number(calc[2]);
    if (length.endsWith("vw")) return (Number(length.slice(0, -2)) * viewport) / 100;
    return Number(length.replace("px", ""));
  }
  throw new Error("no size matched");
}

/** The card's CSS width at a viewport width. */
function cardWidth(viewport: number): number {
  const { minPx, vw, plusPx, maxPx } = ROW_CARD_WIDTH;
  return Math.min(maxPx, Math.max(minPx, (vw * viewport) / 100 + plusPx));
}

describe("row card width", () => {
  it("is the width the stylesheet gives every row card", () => {
    const declared = [...stylesheet.matchAll(/--card-w:\s*([^;]+);/g)].map((m) => m[1]);
    expect(declared.length).toBeGreaterThan(0);
    for (const value of declared) expect(value).toBe(ROW_CARD_WIDTH_CSS);
  });

  it("gives posters a size within a pixel of the card's width, phone to wide screen", () => {
    for (const viewport of [320, 390, 630, 631, 800, 1280, 1440, 1615, 1616, 1920, 2560]) {
      expect(Math.abs(slotWidth(ROW_CARD_SIZES, viewport) - cardWidth(viewport))).toBeLessThan(1);
    }
  });
});
