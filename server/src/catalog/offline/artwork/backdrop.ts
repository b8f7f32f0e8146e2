import type { CatalogRecord } from "../catalog-record.js";
import {
  background,
  type Canvas,
  describeArt,
  FONT_STACK,
  genreLabel,
  svgDocument,
  titleLines,
} from "./canvas.js";
import { paletteFor, TEXT_COLOUR } from "./palette.js";
import { setTitle } from "./text-layout.js";
import { escapeXml } from "./xml.js";

/** 16:9, for the billboard and the details header. */
const BACKDROP: Canvas = { width: 1280, height: 720 };
const MARGIN = 72;
/** The title keeps to the left part; the web lays its own text over the rest. */
const TITLE_BOX = { maxWidth: 760, maxLines: 3, largest: 96, smallest: 44 };

/** The title large at the bottom-left, year and genres under it, over the genre's gradient. */
export function backdropSvg(record: CatalogRecord): string {
  const palette = paletteFor(record.genres);
  const { lines, fontSize } = setTitle(record.title, TITLE_BOX);
  const lineHeight = Math.round(fontSize * 1.05);
  const metaBaseline = BACKDROP.height - MARGIN;
  const lastTitleBaseline = metaBaseline - 52;
  const firstTitleBaseline = lastTitleBaseline - (lines.length - 1) * lineHeight;
  const meta = [record.year === null ? "" : String(record.year), genreLabel(record)]
    .filter(Boolean)
    .join("   ·   ");
  const body = [
    background(BACKDROP, palette, record.id),
    `<g font-family="${FONT_STACK}" fill="${TEXT_COLOUR}">`,
    `<text font-size="${fontSize}" font-weight="800" letter-spacing="-1">${titleLines(lines, MARGIN, firstTitleBaseline, lineHeight)}</text>`,
    `<text x="${MARGIN}" y="${metaBaseline}" font-size="24" font-weight="600" letter-spacing="2" fill="${palette.accent}">${escapeXml(meta)}</text>`,
    "</g>",
  ].join("");
  return svgDocument(BACKDROP, describeArt("Backdrop", record), body);
}
