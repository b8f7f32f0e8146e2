import { describe, expect, it } from "vitest";
import {
  approxTextWidth,
  setTitle,
  wrapWords,
} from "../../../../src/catalog/offline/artwork/text-layout.js";

const BOX = { maxWidth: 420, maxLines: 5, largest: 76, smallest: 30 };

describe("title typesetting", () => {
  it("estimates wider text for wider letters and larger type", () => {
    expect(approxTextWidth("WWW", 20)).toBeGreaterThan(approxTextWidth("iii", 20));
    expect(approxTextWidth("Heat", 40)).toBe(approxTextWidth("Heat", 20) * 2);
  });

  it("wraps at word boundaries without losing words", () => {
    const lines = wrapWords("The Lord of the Rings: The Return of the King", 60, 420);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("The Lord of the Rings: The Return of the King");
  });

  it("sets short titles large and long titles smaller, always inside the box", () => {
    const short = setTitle("Up", BOX);
    const long = setTitle("Harry Potter and the Order of the Phoenix", BOX);
    expect(short.fontSize).toBe(BOX.largest);
    expect(long.fontSize).toBeLessThan(short.fontSize);
    for (const { lines, fontSize } of [short, long]) {
      expect(lines.length).toBeLessThanOrEqual(BOX.maxLines);
      for (const line of lines)
        expect(approxTextWidth(line, fontSize)).toBeLessThanOrEqual(BOX.maxWidth);
    }
  });

  it("cuts a title too long even for the smallest type, with an ellipsis", () => {
    const { lines, fontSize } = setTitle("word ".repeat(80).trim(), BOX);
    expect(fontSize).toBe(BOX.smallest);
    expect(lines).toHaveLength(BOX.maxLines);
    expect(lines.at(-1)?.endsWith("…")).toBe(true);
  });
});
