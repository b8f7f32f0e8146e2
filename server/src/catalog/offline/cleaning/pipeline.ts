import { mergeDuplicates } from "./duplicates.js";
import { type CleanFilm, draftFromVegaRow, type FilmDraft } from "./film-draft.js";
import { hasTitle } from "./missing-title.js";
import { repairMojibake } from "./mojibake.js";
import { clearNamesakeImdbFigures } from "./namesake-imdb-figures.js";
import { repairNumericTitle } from "./numeric-title.js";
import { repairPlaceholderText } from "./placeholder-text.js";
import { clearSharedImdbFigures } from "./shared-imdb-figures.js";
import { repairTitleQualifier } from "./title-qualifier.js";
import { repairTrailingArticle } from "./trailing-article.js";
import { repairTwoDigitYear } from "./two-digit-year.js";
import { repairUnknownNumbers } from "./unknown-numbers.js";
import type { VegaRow } from "./vega-row.js";
import { repairWhitespace } from "./whitespace.js";
import { repairYearOnlyDate } from "./year-only-date.js";

/**
 * Row repairs in the order they must run: text is made readable before titles
 * are reshaped, and dates are fixed before a title's "(1933)" is compared
 * with its release year.
 */
const ROW_REPAIRS: ReadonlyArray<readonly [name: string, repair: (draft: FilmDraft) => FilmDraft]> =
  [
    ["numeric title", repairNumericTitle],
    ["whitespace", repairWhitespace],
    ["mojibake", repairMojibake],
    ["placeholder text", repairPlaceholderText],
    ["unknown numbers", repairUnknownNumbers],
    ["two-digit year", repairTwoDigitYear],
    ["year-only date", repairYearOnlyDate],
    ["trailing article", repairTrailingArticle],
    ["title qualifier", repairTitleQualifier],
  ];

export interface CleaningReport {
  rowsIn: number;
  /** Rows without a title. */
  dropped: number;
  /** Rows folded into another row of the same film. */
  merged: number;
  /** How many rows each repair changed. */
  repairs: Record<string, number>;
  filmsOut: number;
}

function repairRow(draft: FilmDraft, counts: Record<string, number>): FilmDraft {
  return ROW_REPAIRS.reduce((current, [name, repair]) => {
    const next = repair(current);
    if (next !== current) counts[name] = (counts[name] ?? 0) + 1;
    return next;
  }, draft);
}

function countChanged(before: readonly CleanFilm[], after: readonly CleanFilm[]): number {
  return after.filter((film, i) => film !== before[i]).length;
}

/** vega rows in, clean films out (in file order), with what was done to them. */
export function cleanVegaRows(rows: readonly VegaRow[]): {
  films: CleanFilm[];
  report: CleaningReport;
} {
  const repairs: Record<string, number> = Object.fromEntries(
    ROW_REPAIRS.map(([name]) => [name, 0]),
  );
  const titled = rows.map((row) => repairRow(draftFromVegaRow(row), repairs)).filter(hasTitle);
  const distinct = mergeDuplicates(titled);
  const unshared = clearSharedImdbFigures(distinct);
  repairs["shared IMDB figures"] = countChanged(distinct, unshared);
  const films = clearNamesakeImdbFigures(unshared);
  repairs["namesake IMDB figures"] = countChanged(unshared, films);
  const report: CleaningReport = {
    rowsIn: rows.length,
    dropped: rows.length - titled.length,
    merged: titled.length - distinct.length,
    repairs,
    filmsOut: films.length,
  };
  return { films, report };
}
