import { describe, expect, it } from "vitest";
import { scrollLeftToReveal } from "./reveal-card";

// A 1280 px row with 50 px margins and 200 px cards every 210 px, starting at the margin.
const starts = Array.from({ length: 12 }, (_, n) => 50 + n * 210);
const card = (n: number) => ({ start: starts[n] ?? 0, end: (starts[n] ?? 0) + 200 });
const view = (scrollLeft: number) => ({ scrollLeft, width: 1280, padStart: 50, padEnd: 50 });

describe("scrollLeftToReveal", () => {
  it("leaves the row alone when the card already shows whole inside the margins", () => {
    expect(scrollLeftToReveal(card(2), view(0), starts)).toBe(0);
    expect(scrollLeftToReveal(card(6), view(420), starts)).toBe(420);
  });

  it("brings a card that reaches into the right margin in, to the first snap point that shows it", () => {
    // Card 5 ends at 1300: past the 1230 px margin, though mostly on screen.
    const left = scrollLeftToReveal(card(5), view(0), starts);
    expect(left).toBe(210);
    expect(card(5).end - left).toBeLessThanOrEqual(1280 - 50);
  });

  it("aligns a card off to the left with the left margin", () => {
    expect(scrollLeftToReveal(card(1), view(630), starts)).toBe(210);
  });
});
