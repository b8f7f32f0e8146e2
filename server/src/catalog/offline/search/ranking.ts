import {
  type AnalyzedTitle,
  analyzeTitle,
  canonicalQueryWords,
  titleSegments,
} from "../../titles/terms.js";
import type { CatalogRecord } from "../catalog-record.js";

/**
 * Final order of the matches: how well the title matches (MiniSearch's BM25
 * score), blended with how widely seen the film is, so "matrix" puts The
 * Matrix before its sequels and a famous film before an obscure namesake.
 * A film from the year typed moves up, and so does a title that starts with
 * what was typed. A title equal to what was typed (numbers, "&" and
 * abbreviations spelled alike) comes before every title that only contains
 * it: "jaws" lists Jaws before Jaws 2, however popular the sequel.
 */

/** Floor of the popularity factor: an unknown film still ranks by its match. */
const POPULARITY_FLOOR = 0.35;
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
  /** Every folded word typed, the year too, when the year may be part of the title ("fantasia 2000"). */
  allTerms?: readonly string[] | undefined;
  year: number | null;
}

interface Ranked {
  record: CatalogRecord;
  /** The title folded, spaces removed, with and without a leading article. */
  forms: readonly string[];
}

function titleForms(title: Pick<AnalyzedTitle, "canonical">): string[] {
  const folded = title.canonical.join(" ");
  return [folded, folded.replace(LEADING_ARTICLE, "")].map(withoutSpaces);
}

/** The title's words as typed one by one ("x men", "dead mans chest"), with and without its article. */
function typingForms(title: string): string[] {
  const words = titleSegments(title).flat().join(" ");
  return [words, words.replace(LEADING_ARTICLE, "")];
}

function typedForm(terms: readonly string[]): string {
  return canonicalQueryWords(terms).join("");
}

function withoutSpaces(text: string): string {
  return text.replaceAll(" ", "");
}

/** Compared without spaces, so "spiderman" is exactly "Spider-Man". */
function isExactTitle(forms: readonly string[], typed: readonly string[]): boolean {
  return typed.some((form) => form !== "" && forms.includes(form));
}

function titleStartFit(forms: readonly string[], typed: string): number {
  if (typed === "") return 1;
  return forms.some((form) => form.startsWith(typed)) ? TITLE_START_BONUS : 1;
}

/** Ranks matches; folds every title once, up front, to keep each search cheap. */
export class Ranker {
  readonly #films: ReadonlyMap<number, Ranked>;
  /** `typingForms` of every title, made when a search first needs them. */
  #typingForms: Array<[number, string[]]> | undefined;

  /** `titles[i]` is `analyzeTitle(records[i].title)`, when the caller has it already. */
  constructor(
    records: readonly CatalogRecord[],
    titles: readonly Pick<AnalyzedTitle, "canonical">[] = records.map((record) =>
      analyzeTitle(record.title),
    ),
  ) {
    this.#films = new Map(
      records.map((record, i) => [
        record.id,
        { record, forms: titleForms(titles[i] ?? analyzeTitle(record.title)) },
      ]),
    );
  }

  /** Whether the film's title is the typed words (in canonical spelling, spaces aside). */
  isTitle(id: number, titleTerms: readonly string[]): boolean {
    const film = this.#films.get(id);
    return film !== undefined && isExactTitle(film.forms, [typedForm(titleTerms)]);
  }

  /**
   * Ids of the films whose title (with or without its article) starts with
   * the typed (folded) words, word for word: "a b" is A Beautiful Mind, not
   * About Schmidt; "x m" is X-Men.
   */
  titlesStartingWith(titleTerms: readonly string[]): number[] {
    const typed = titleTerms.join(" ");
    this.#typingForms ??= [...this.#films].map(([id, { record }]) => [
      id,
      typingForms(record.title),
    ]);
    const ids: number[] = [];
    for (const [id, forms] of this.#typingForms) {
      if (forms.some((form) => form.startsWith(typed))) ids.push(id);
    }
    return ids;
  }

  /**
   * Records in ranked order: exact titles first, then by score; ties go to
   * the more popular film, then the smaller id (stable).
   */
  rank(matches: ReadonlyMap<number, number>, context: RankingContext): CatalogRecord[] {
    const typed = typedForm(context.titleTerms);
    const exactForms = context.allTerms ? [typed, typedForm(context.allTerms)] : [typed];
    const scored: Array<{ record: CatalogRecord; exact: boolean; score: number }> = [];
    for (const [id, match] of matches) {
      const film = this.#films.get(id);
      if (!film) continue;
      const { record } = film;
      const yearBonus =
        context.year !== null && record.year === context.year ? TYPED_YEAR_BONUS : 1;
      const score =
        match *
        (POPULARITY_FLOOR + record.popularity) *
        titleStartFit(film.forms, typed) *
        yearBonus;
      scored.push({ record, exact: isExactTitle(film.forms, exactForms), score });
    }
    scored.sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.score - a.score ||
        b.record.popularity - a.record.popularity ||
        a.record.id - b.record.id,
    );
    return scored.map(({ record }) => record);
  }
}
