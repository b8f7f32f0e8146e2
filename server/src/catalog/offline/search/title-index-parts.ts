import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import { type AnalyzedTitle, queryTerms } from "../../titles/terms.js";
import type { CatalogRecord } from "../catalog-record.js";

/**
 * What the title index is made of, built once from the titles: the MiniSearch
 * indexes as plain objects (MiniSearch's own serialized form), and the word
 * lists that tell a real word from a mistake. The build writes them into the
 * catalog file, so a starting server loads them instead of indexing again.
 *
 * @see https://lucaong.github.io/minisearch/classes/MiniSearch.MiniSearch.html#loadJS
 */

/** One film as the indexes see it: each field is already-folded terms, space-separated. */
export interface IndexedFilm {
  id: number;
  title: string;
  compound: string;
  director: string;
}

type IndexField = Exclude<keyof IndexedFilm, "id">;

/** Title and director words: looked up with prefixes and typos. */
export const WORD_FIELDS: IndexField[] = ["title", "director"];
/** Run-together title words, apart so the typo search (which walks every term) never walks them. */
export const COMPOUND_FIELDS: IndexField[] = ["compound"];

export interface TitleIndexParts {
  /** MiniSearch over `WORD_FIELDS`. */
  words: AsPlainObject;
  /** MiniSearch over `COMPOUND_FIELDS`. */
  compounds: AsPlainObject;
  /** Every word of every title and director, sorted. */
  vocabulary: string[];
  /** Numbers that are a word of some title ("2000" in "Fantasia 2000"), sorted. */
  titleNumbers: string[];
}

const splitOnSpaces = (text: string) => text.split(" ");

/**
 * The terms come folded (`terms.ts`), so MiniSearch only splits on the spaces
 * we put in. Loading an index needs the same options as building it.
 */
function indexOptions(fields: IndexField[]): Options<IndexedFilm> {
  return { fields, tokenize: splitOnSpaces, processTerm: (term) => term || null };
}

/** `titles[i]` is `analyzeTitle(records[i].title)`. */
export function buildTitleIndexParts(
  records: readonly CatalogRecord[],
  titles: readonly AnalyzedTitle[],
): TitleIndexParts {
  const documents = records.map((record, i) => ({
    id: record.id,
    title: titles[i]?.terms.join(" ") ?? "",
    compound: titles[i]?.compounds.join(" ") ?? "",
    director: record.director === null ? "" : queryTerms(record.director).join(" "),
  }));
  const words = new MiniSearch(indexOptions(WORD_FIELDS));
  words.addAll(documents);
  const compounds = new MiniSearch(indexOptions(COMPOUND_FIELDS));
  compounds.addAll(documents);
  const titleWords = titles.flatMap((title) => title.terms);
  const vocabulary = new Set([
    ...titleWords,
    ...documents.flatMap((document) => document.director.split(" ")),
  ]);
  vocabulary.delete("");
  return {
    words: words.toJSON(),
    compounds: compounds.toJSON(),
    vocabulary: [...vocabulary].sort(),
    titleNumbers: [...new Set(titleWords.filter((word) => /^\d+$/.test(word)))].sort(),
  };
}

/** One of the parts' indexes, ready to search. */
export function loadIndex(index: AsPlainObject, fields: IndexField[]): MiniSearch<IndexedFilm> {
  return MiniSearch.loadJS(index, indexOptions(fields));
}
