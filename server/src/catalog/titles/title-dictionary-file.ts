import { readFile } from "node:fs/promises";
import type { CatalogFile } from "../offline/catalog-record.js";
import { TitleDictionary } from "./title-dictionary.js";

/**
 * The spelling dictionary of a built catalog file, for TMDB mode (which has
 * no offline catalog in memory): restored from what the build stored with the
 * films, else (a file without it) learned from the films' titles. Throws when
 * the file cannot be read or parsed.
 */
export async function readTitleDictionary(
  file: string,
  { maxTitles = 50_000 } = {},
): Promise<TitleDictionary> {
  const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<CatalogFile>;
  const films = Array.isArray(parsed.films) ? parsed.films : [];
  const titles = films.flatMap((film) => (typeof film?.title === "string" ? [film.title] : []));
  const stored = parsed.search?.dictionary;
  if (stored && titles.length === films.length) {
    return TitleDictionary.restore(titles, stored, { maxTitles });
  }
  return new TitleDictionary(titles, { maxTitles });
}
