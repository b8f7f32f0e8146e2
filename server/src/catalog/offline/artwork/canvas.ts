import type { CatalogRecord } from "../catalog-record.js";
import { leadGenre, type Palette } from "./palette.js";
import { escapeXml } from "./xml.js";

/** What poster and backdrop share: fonts, the gradient, the decoration, the labels. */

export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export interface Canvas {
  width: number;
  height: number;
}

/** A small deterministic number stream from the film id, so each film's art differs but never changes. */
function seededFractions(id: number): () => number {
  let state = id >>> 0 || 1;
  return () => {
    // xorshift32: plenty for placing a circle.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

/**
 * The genre gradient, the film's glow and ring, and a shade under the text.
 * Every layer is a frame-sized rect, or a ring the root's `overflow="hidden"`
 * cuts: a browser builds a whole document per SVG image, so each element,
 * clip path or group costs on every card. The glow is a radial gradient placed
 * in user space rather than a circle, so nothing needs a clip path.
 */
export function background(canvas: Canvas, palette: Palette, id: number): string {
  const next = seededFractions(id);
  const { width, height } = canvas;
  const radius = Math.round(Math.min(width, height) * (0.3 + next() * 0.25));
  const cx = Math.round(width * (0.45 + next() * 0.45));
  const cy = Math.round(height * (0.1 + next() * 0.35));
  const frame = `width="${width}" height="${height}"`;
  return [
    "<defs>",
    `<linearGradient id="bg" x2="1" y2="1"><stop stop-color="${palette.from}"/><stop offset="1" stop-color="${palette.to}"/></linearGradient>`,
    `<radialGradient id="glow" gradientUnits="userSpaceOnUse" cx="${cx}" cy="${cy}" r="${radius}"><stop stop-color="${palette.accent}" stop-opacity="0.55"/><stop offset="1" stop-color="${palette.accent}" stop-opacity="0"/></radialGradient>`,
    `<linearGradient id="shade" x2="0" y2="1"><stop offset="0.45" stop-opacity="0"/><stop offset="1" stop-opacity="0.55"/></linearGradient>`,
    "</defs>",
    `<rect ${frame} fill="url(#bg)"/>`,
    `<rect ${frame} fill="url(#glow)"/>`,
    `<circle cx="${cx}" cy="${cy}" r="${Math.round(radius * 0.62)}" fill="none" stroke="${palette.accent}" stroke-opacity="0.35" stroke-width="2"/>`,
    `<rect ${frame} fill="url(#shade)"/>`,
  ].join("");
}

/** "SCIENCE FICTION · ACTION": the lead genre first, at most two. */
export function genreLabel(record: CatalogRecord): string {
  const lead = leadGenre(record.genres);
  const ordered =
    lead === undefined ? record.genres : [lead, ...record.genres.filter((g) => g !== lead)];
  return ordered.slice(0, 2).join(" · ").toUpperCase() || "FILM";
}

export function svgDocument(canvas: Canvas, label: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${canvas.width} ${canvas.height}" ` +
    `width="${canvas.width}" height="${canvas.height}" overflow="hidden" role="img" aria-label="${escapeXml(label)}">` +
    `<title>${escapeXml(label)}</title>${body}</svg>`
  );
}

/** The title's lines as <tspan>s, left-aligned at `x`, one under the other. */
export function titleLines(
  lines: readonly string[],
  x: number,
  firstBaseline: number,
  lineHeight: number,
): string {
  return lines
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${firstBaseline + i * lineHeight}">${escapeXml(line)}</tspan>`,
    )
    .join("");
}

/** "Poster for The Matrix (1999)": the accessible name. */
export function describeArt(kind: string, record: CatalogRecord): string {
  return `${kind} for ${record.title}${record.year === null ? "" : ` (${record.year})`}`;
}
