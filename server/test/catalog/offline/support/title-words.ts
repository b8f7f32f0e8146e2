import { literalTitleWords } from "../../../../src/catalog/titles/terms.js";
import { TitleWords } from "../../../../src/catalog/titles/title-words.js";

/** The words of a few titles, as the catalog's dictionary holds them, for correction tests. */
export function titleWordsOf(titles: readonly string[]): TitleWords {
  const words = new TitleWords();
  for (const title of titles) words.add(title, literalTitleWords(title));
  return words;
}
