import { describe, expect, it } from "vitest";
import { backdropSvg, posterSvg } from "../../../../src/catalog/offline/artwork/index.js";
import { paletteFor } from "../../../../src/catalog/offline/artwork/palette.js";
import { realRecords } from "../support/real-data.js";
import { fakeRecord } from "../support/records.js";

/** Well-formed enough for a browser: balanced tags, no raw specials in text, one root. */
function assertWellFormed(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.endsWith("</svg>")).toBe(true);
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name ?? "");
  }
  expect(stack).toEqual([]);
  const text = svg.replace(/<[^>]*>/g, "");
  expect(text).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
}

/**
 * Chromium builds a whole document for each SVG image and lays out and paints
 * every element of it, so the element count is the cost of a card: budgets
 * with a little room over today's count (a poster's five title lines included).
 */
const kinds = [
  ["poster", posterSvg, "0 0 500 750", 30],
  ["backdrop", backdropSvg, "0 0 1280 720", 18],
] as const;

describe.each(kinds)("%s SVG", (_kind, render, viewBox, elementBudget) => {
  it("is well-formed for every film in the real catalog", async () => {
    for (const record of await realRecords()) assertWellFormed(render(record));
  });

  it(`has the ${viewBox} frame`, () => {
    expect(render(fakeRecord({ title: "Frame" }))).toContain(`viewBox="${viewBox}"`);
  });

  it('escapes & < > " in titles', () => {
    const svg = render(fakeRecord({ title: 'Tom & Jerry <"Live">' }));
    assertWellFormed(svg);
    expect(svg).toContain("Tom &amp;");
    expect(svg).toContain("&lt;&quot;Live&quot;&gt;");
    expect(svg).not.toContain('<"Live">');
  });

  it("is deterministic, and differs between films", () => {
    const record = fakeRecord({ title: "Same", genres: ["Drama"] });
    expect(render(record)).toBe(render({ ...record }));
    expect(render(fakeRecord({ title: "Other", genres: ["Drama"] }))).not.toBe(render(record));
  });

  it("names the film for screen readers", () => {
    const svg = render(fakeRecord({ title: "Label", year: 1984 }));
    expect(svg).toContain('aria-label="');
    expect(svg).toContain("<title>");
    expect(svg).toContain("Label (1984)");
  });

  it("stays within its element budget, even with the longest titles", async () => {
    const longest = (await realRecords()).toSorted((a, b) => b.title.length - a.title.length)[0];
    const svg = render(longest ?? fakeRecord({ title: "word ".repeat(40) }));
    expect(svg.match(/<[a-zA-Z]/g)?.length).toBeLessThanOrEqual(elementBudget);
  });

  it("uses no filters, masks, clip paths or embedded content: each is an offscreen pass or a layer", () => {
    const svg = render(fakeRecord({ title: "Cheap", genres: ["Horror"] }));
    expect(svg).not.toMatch(/<(filter|mask|clipPath|pattern|image|foreignObject|style)\b/);
    expect(svg).not.toMatch(/\s(filter|mask|clip-path|opacity)=/);
  });

  it("keeps its decoration inside the frame: frame-sized layers, and the root cuts the ring", () => {
    const svg = render(fakeRecord({ title: "Edge" }));
    const [, , width, height] = viewBox.split(" ");
    expect(svg.slice(0, svg.indexOf(">"))).toContain('overflow="hidden"');
    const layers = [...svg.matchAll(/<rect width="(\d+)" height="(\d+)" fill="url\(#(\w+)\)"\/>/g)];
    expect(layers.map(([, , , fill]) => fill)).toEqual(["bg", "glow", "shade"]);
    for (const [, w, h] of layers) expect([w, h]).toEqual([width, height]);
    // The glow is placed in the canvas's own units, so it is a circle of light, not an ellipse stretched over the frame.
    expect(svg).toMatch(
      /<radialGradient id="glow" gradientUnits="userSpaceOnUse" cx="\d+" cy="\d+" r="\d+">/,
    );
  });

  it("takes its colours from the genre", () => {
    const horror = render(fakeRecord({ title: "Dark", genres: ["Horror"] }));
    expect(horror).toContain(paletteFor(["Horror"]).from);
    expect(horror).not.toContain(paletteFor(["Comedy"]).from);
  });
});

/** The text an SVG draws (its <text> elements, a line per <tspan>), leaving out the accessible <title>. */
function drawnText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/g)]
    .map(([, inner]) => (inner ?? "").replace(/<[^>]*>/g, " "))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("what the artwork draws", () => {
  const record = fakeRecord({
    title: "Blade Runner",
    year: 1982,
    genres: ["Science Fiction", "Thriller"],
  });

  it("sets the title, year and genre label on a poster: a card has no other text on its image", () => {
    const drawn = drawnText(posterSvg(record));
    expect(drawn).toContain("Blade Runner");
    expect(drawn).toContain("1982");
    expect(drawn).toContain("SCIENCE FICTION · THRILLER");
  });

  it("labels a poster with at most two genres", () => {
    const many = fakeRecord({
      title: "Everything",
      year: 1999,
      genres: ["Drama", "Comedy", "Crime", "Romance"],
    });
    const label = drawnText(posterSvg(many));
    const genresDrawn = ["DRAMA", "COMEDY", "CRIME", "ROMANCE"].filter((g) => label.includes(g));
    expect(genresDrawn).toHaveLength(2);
  });

  it("never prints null for a film without a year, in the image or its label", () => {
    const undated = fakeRecord({ title: "Undated", year: null, genres: ["Drama"] });
    for (const svg of [posterSvg(undated), backdropSvg(undated)]) {
      expect(svg).not.toContain("null");
      expect(svg).toContain('aria-label="');
    }
    expect(posterSvg(undated)).toContain('aria-label="Poster for Undated"');
    expect(backdropSvg(undated)).toContain('aria-label="Backdrop for Undated"');
  });

  it("draws no text on a backdrop: the web sets the title over it, so it would show twice", () => {
    const svg = backdropSvg(record);
    expect(svg).not.toContain("<text");
    expect(drawnText(svg)).toBe("");
    expect(svg).toContain("<circle");
  });
});

describe("palettes", () => {
  it("choose the most distinctive genre: a romantic comedy looks romantic", () => {
    expect(paletteFor(["Comedy", "Romance"])).toEqual(paletteFor(["Romance"]));
  });
});
