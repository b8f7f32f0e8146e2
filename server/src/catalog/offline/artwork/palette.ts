/**
 * One palette per genre, so a row of posters reads like a shelf sorted by
 * mood: a two-stop gradient and an accent for the decoration and labels.
 * Text is always light: every gradient is dark enough for it, and the shade
 * laid over the lower half (see `canvas.ts`) keeps the title readable.
 */
export interface Palette {
  from: string;
  to: string;
  accent: string;
}

export const TEXT_COLOUR = "#fbf7f0";

/** Listed most distinctive first: the order decides which genre leads (see `leadGenre`). */
const PALETTES: Readonly<Record<string, Palette>> = {
  Horror: { from: "#0b0b0f", to: "#5c0a12", accent: "#e0323f" },
  "Science Fiction": { from: "#050a24", to: "#0d4f6b", accent: "#3fe0d0" },
  Fantasy: { from: "#2a0b46", to: "#8a2b7a", accent: "#f3b6ff" },
  Western: { from: "#4a1d0c", to: "#c0692b", accent: "#f6cf8a" },
  War: { from: "#1d2213", to: "#5d6b3a", accent: "#d9cf9a" },
  Romance: { from: "#5b1030", to: "#d65a6f", accent: "#ffd0c8" },
  Documentary: { from: "#1f2a33", to: "#5c7280", accent: "#e8d9b5" },
  Music: { from: "#3a0a5e", to: "#1b58c9", accent: "#ff7ad9" },
  Family: { from: "#0f4c81", to: "#2fa48f", accent: "#ffe27a" },
  Thriller: { from: "#0d0f12", to: "#3b3220", accent: "#f2b134" },
  Crime: { from: "#111318", to: "#3e4756", accent: "#c9d3e0" },
  Mystery: { from: "#0a1830", to: "#1f5560", accent: "#9fe3d6" },
  Action: { from: "#2b0707", to: "#b4321b", accent: "#ffb347" },
  Adventure: { from: "#0c3b3a", to: "#c98a1d", accent: "#ffe0a3" },
  Comedy: { from: "#b23a12", to: "#e8962a", accent: "#fff0b8" },
  History: { from: "#2f2013", to: "#8a6239", accent: "#f0d6a8" },
  Drama: { from: "#16163a", to: "#5a3a78", accent: "#d8c3f0" },
};

const NEUTRAL: Palette = { from: "#16181d", to: "#45505e", accent: "#d0d7e2" };

/** The genre that sets the mood: the most distinctive one the film has (Horror before Drama). */
export function leadGenre(genres: readonly string[]): string | undefined {
  return Object.keys(PALETTES).find((genre) => genres.includes(genre));
}

export function paletteFor(genres: readonly string[]): Palette {
  const lead = leadGenre(genres);
  return lead === undefined ? NEUTRAL : (PALETTES[lead] ?? NEUTRAL);
}
