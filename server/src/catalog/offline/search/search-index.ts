import { type AnalyzedTitle, analyzeTitle } from "../../titles/terms.js";
import { TitleDictionary, type TitleDictionaryParts } from "../../titles/title-dictionary.js";
import type { CatalogRecord } from "../catalog-record.js";
import { buildSoundTable, type SoundTable } from "./sound-table.js";
import { buildTitleIndexParts, type TitleIndexParts } from "./title-index-parts.js";

/**
 * Everything the search derives from the titles, computed once by the build
 * (`build/build-catalog.ts`) and stored in the catalog file: folding and
 * indexing 3,000 titles is most of what a starting server used to do. Only
 * plain data, so the file's JSON holds it as is; `FilmSearch` turns it back
 * into indexes.
 */
export interface SearchIndex {
  /** Per film, in catalog order: what ranking and the spelling dictionary need of its title. */
  titles: StoredTitle[];
  /** The title index's MiniSearch indexes and word lists. */
  index: TitleIndexParts;
  /** The films each sound key finds, for words typed by ear. */
  sounds: SoundTable;
  /** The spelling dictionary ("did you mean"), besides the titles' words above. */
  dictionary: TitleDictionaryParts;
}

/**
 * Of a title's analysis, the parts used after indexing: its words as spelled
 * (sound keys, "did you mean") and in canonical spelling (exact-title ranking).
 */
export type StoredTitle = Pick<AnalyzedTitle, "words" | "canonical">;

/** Deterministic: the same records give the same index, down to the order of its terms. */
export function buildSearchIndex(records: readonly CatalogRecord[]): SearchIndex {
  const titles = records.map((record) => analyzeTitle(record.title));
  const words = titles.map((title) => title.words);
  return {
    titles: titles.map(({ words, canonical }) => ({ words, canonical })),
    index: buildTitleIndexParts(records, titles),
    sounds: buildSoundTable(
      records.map((record) => record.id),
      words,
    ),
    dictionary: TitleDictionary.learn(
      records.map((record) => record.title),
      { words },
    ).parts,
  };
}
