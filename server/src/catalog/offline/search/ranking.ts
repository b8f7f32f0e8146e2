import type { CatalogRecord } from "../catalog-record.js";
import { queryTerms } from "./terms.js";

/**
 * Final order of the matches: how well the title matches (MiniSearch's BM25
 * score), blended with how widely seen the film is, so "matrix" puts The
 * Matrix before its sequels and a famous film before an obscure namesake.
 * A title equal to what was typed, or a film from the year typed, moves up.
 */

/** Floor of the popularity factor: an unknown film still ranks by its match. */
const POPULARITY_FLOOR = 0.35;
const EXACT_TITLE_BONUS = 1.5;
const TITLE_START_BONUS = 1.15;
/**
 * Larger than the widest popularity gap ((FLOOR + 1) / FLOOR ≈ 3.9), so of two
 * equally good title matches the film from the typed year always comes first.
 */
const TYPED_YEAR_BONUS = 4;
const LEADING_ARTICLE = /^(the|a|an) /;

export interface RankingContext {
  /** The folded title words the user typed (no year). */
  titleTerms: readonly string[];
  year: number | null;
}

interface Ranked {
  record: CatalogRecord;
  /** The title folded, spaces removed, with and without a leading article. */
  forms: readonly string[];
}

function titleForms(title: string): string[] {
  const folded = queryTerms(title).join(" ");
  return [folded, folded.replace(LEADING_ARTICLE, "")].map(withoutSpaces);
}

function withoutSpaces(text: string): string {
  return text.replaceAll(" ", "");
}

/** Compared without spaces, so "spiderman" is exactly "Spider-Man". */
function titleFit(forms: readonly string[], typed: string): number {
  if (typed === "") return 1;
  if (forms.includes(typed)) return EXACT_TITLE_BONUS;
  if (forms.some((form) => form.startsWith(typed))) return TITLE_START_BONUS;
  return 1;
}

/** Ranks matches; folds every title once, up front, to keep each search cheap. */
export class Ranker {
  readonly #films: ReadonlyMap<number, Ranked>;

  constructor(records: readonly CatalogRecord[]) {
    this.#films = new Map(
      records.map((record) => [record.id, { record, forms: titleForms(record.title) }]),
    );
  }

  /** Records in ranked order; ties go to the more popular film, then the smaller id (stable). */
  rank(matches: ReadonlyMap<number, number>, context: RankingContext): CatalogRecord[] {
    const typed = withoutSpaces(context.titleTerms.join(""));
    const scored: Array<{ record: CatalogRecord; score: number }> = [];
    for (const [id, match] of matches) {
      const film = this.#films.get(id);
      if (!film) continue;
      const { record } = film;
      const yearBonus =
        context.year !== null && record.year === context.year ? TYPED_YEAR_BONUS : 1;
      const score =
        match * (POPULARITY_FLOOR + record.popularity) * titleFit(film.forms, typed) * yearBonus;
      scored.push({ record, score });
    }
    scored.sort(
      (a, b) =>
        b.score - a.score || b.record.popularity - a.record.popularity || a.record.id - b.record.id,
    );
    return scored.map(({ record }) => record);
  }
}
