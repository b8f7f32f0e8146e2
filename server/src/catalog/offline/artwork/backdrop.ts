import type { CatalogRecord } from "../catalog-record.js";
import { background, type Canvas, describeArt, svgDocument } from "./canvas.js";
import { paletteFor } from "./palette.js";

/** 16:9, for the billboard and the details header. */
const BACKDROP: Canvas = { width: 1280, height: 720 };

/**
 * The genre's gradient and the film's own glow, and no text: the web sets the
 * title, year and genres over the backdrop (billboard, details header), so any
 * text drawn here would show through as a ghost behind them. The film is named
 * for screen readers only.
 */
export function backdropSvg(record: CatalogRecord): string {
  const body = background(BACKDROP, paletteFor(record.genres), record.id);
  return svgDocument(BACKDROP, describeArt("Backdrop", record), body);
}
