/**
 * A home-row card's width. `browse.module.css` sets it as
 * `--card-w: clamp(112px, 13vw + 30px, 240px)`; the posters' `sizes` below is built from the
 * same numbers, and `row-card-width.test.ts` fails if the stylesheet drifts from them.
 */
export const ROW_CARD_WIDTH = { minPx: 112, vw: 13, plusPx: 30, maxPx: 240 } as const;

const { minPx, vw, plusPx, maxPx } = ROW_CARD_WIDTH;

/** The width as the stylesheet writes it. */
export const ROW_CARD_WIDTH_CSS = `clamp(${minPx}px, ${vw}vw + ${plusPx}px, ${maxPx}px)`;

/** The viewport width (px) at which `vw`vw + `plusPx`px reaches `px`. */
const viewportWhereWidthIs = (px: number) => Math.floor(((px - plusPx) / vw) * 100);

/**
 * The row posters' `sizes`: the clamp above spelled out as media conditions and a calc(),
 * because Safari reads no math function but calc() in `sizes` and takes a source size it
 * can't read as 100vw, which would fetch the largest poster for every card. The clamp is
 * at its floor up to a 630 px viewport and at its ceiling from 1616 px.
 */
export const ROW_CARD_SIZES = [
  `(max-width: ${viewportWhereWidthIs(minPx)}px) ${minPx}px`,
  `(max-width: ${viewportWhereWidthIs(maxPx)}px) calc(${vw}vw + ${plusPx}px)`,
  `${maxPx}px`,
].join(", ");
