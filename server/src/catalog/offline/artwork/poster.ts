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

/** 2:3, the shape of a one-sheet. */
const POSTER: Canvas = { width: 500, height: 750 };
const MARGIN = 40;
const TITLE_BOX = { maxWidth: POSTER.width - 2 * MARGIN, maxLines: 5, largest: 76, smallest: 30 };

/**
 * Title set large at the bottom-left over a genre gradient, the year under it,
 * the genre label at the top: clearly ours, never a real film's poster.
 */
export function posterSvg(record: CatalogRecord): string {
  const palette = paletteFor(record.genres);
  const { lines, fontSize } = setTitle(record.title, TITLE_BOX);
  const lineHeight = Math.round(fontSize * 1.08);
  const yearBaseline = POSTER.height - MARGIN - 8;
  const lastTitleBaseline = yearBaseline - 44;
  const firstTitleBaseline = lastTitleBaseline - (lines.length - 1) * lineHeight;
  const ruleY = firstTitleBaseline - fontSize - 18;
  const body = [
    background(POSTER, palette, record.id),
    `<g font-family="${FONT_STACK}" fill="${TEXT_COLOUR}">`,
    `<text x="${MARGIN}" y="${MARGIN + 24}" font-size="17" font-weight="600" letter-spacing="3" fill="${palette.accent}">${escapeXml(genreLabel(record))}</text>`,
    `<rect x="${MARGIN}" y="${ruleY}" width="56" height="4" rx="2" fill="${palette.accent}"/>`,
    `<text font-size="${fontSize}" font-weight="800" letter-spacing="-0.5">${titleLines(lines, MARGIN, firstTitleBaseline, lineHeight)}</text>`,
    record.year === null
      ? ""
      : `<text x="${MARGIN}" y="${yearBaseline}" font-size="26" font-weight="500" fill-opacity="0.85">${record.year}</text>`,
    "</g>",
  ].join("");
  return svgDocument(POSTER, describeArt("Poster", record), body);
}
