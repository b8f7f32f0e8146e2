import type { FilmDraft } from "./film-draft.js";

type NumberField =
  | "usGross"
  | "worldwideGross"
  | "budget"
  | "runtimeMinutes"
  | "rottenTomatoes"
  | "imdbRating"
  | "imdbVotes";

/**
 * What each number may be. The file writes 0 where it means "unknown" (a
 * gross of $0 for "12 Angry Men"), so 0 is outside every range; values outside
 * a scale (an IMDB rating above 10) are unknown too. Runtime bounds are wide
 * enough for any feature, short or epic.
 */
const VALID_RANGE: Record<NumberField, readonly [min: number, max: number]> = {
  usGross: [1, Number.MAX_SAFE_INTEGER],
  worldwideGross: [1, Number.MAX_SAFE_INTEGER],
  budget: [1, Number.MAX_SAFE_INTEGER],
  runtimeMinutes: [1, 600],
  rottenTomatoes: [0, 100],
  // IMDB's scale starts at 1; Rotten Tomatoes' 0% is a real (if rare) score.
  imdbRating: [1, 10],
  imdbVotes: [1, Number.MAX_SAFE_INTEGER],
};

function isValid(value: number, [min, max]: readonly [number, number]): boolean {
  return Number.isFinite(value) && value >= min && value <= max;
}

/** Zeros meaning "unknown" and out-of-range numbers become null. */
export function repairUnknownNumbers(draft: FilmDraft): FilmDraft {
  let repaired: FilmDraft | null = null;
  for (const [field, range] of Object.entries(VALID_RANGE)) {
    const key = field as NumberField;
    const value = draft[key];
    if (value !== null && !isValid(value, range)) {
      repaired = { ...(repaired ?? draft), [key]: null };
    }
  }
  const result = repaired ?? draft;
  // A rating without its votes (or the reverse) cannot be shown honestly.
  if ((result.imdbRating === null) !== (result.imdbVotes === null)) {
    return { ...result, imdbRating: null, imdbVotes: null };
  }
  return result;
}
