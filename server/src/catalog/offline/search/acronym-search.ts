import { Acronyms, typedAcronym } from "../../titles/acronyms.js";
import type { CatalogRecord } from "../catalog-record.js";
import type { Matches } from "./match-sets.js";

/** Above the other films of the acronym by more than the widest popularity gap (see `ranking.ts`). */
const NTH_IN_SERIES_BOOST = 4;

/**
 * The films a typed acronym names ("lotr", "potc"), optionally followed by
 * a sequel number ("lotr 3"). The acronyms of 3,000 titles are worked out
 * when first needed: few searches are acronyms.
 */
export class AcronymSearch {
  readonly #records: readonly CatalogRecord[];
  #acronyms: Acronyms<CatalogRecord> | undefined;

  constructor(records: readonly CatalogRecord[]) {
    this.#records = records;
  }

  /**
   * The films whose title the first typed word abbreviates, equally scored:
   * popularity and a typed year order them. A sequel number may follow: the
   * films an acronym names are one series, so the n-th to come out scores
   * above the rest. None when the words can't be an acronym and a number.
   */
  films(titleTerms: readonly string[]): Matches {
    const films: Matches = new Map();
    const typed = typedAcronym(titleTerms);
    if (!typed) return films;
    this.#acronyms ??= this.#index();
    const found = this.#acronyms.find(typed.letters);
    for (const { item } of found) films.set(item.id, 1);
    if (typed.nth !== undefined) {
      const nth = largestSeries(found).toSorted(byRelease)[typed.nth - 1];
      if (nth) films.set(nth.id, NTH_IN_SERIES_BOOST);
    }
    return films;
  }

  /** Whether `films` scored this one as the n-th of its series. */
  static isPicked(films: Matches, id: number): boolean {
    return (films.get(id) ?? 0) > 1;
  }

  #index(): Acronyms<CatalogRecord> {
    const acronyms = new Acronyms<CatalogRecord>();
    for (const record of this.#records) acronyms.add(record.title, record);
    return acronyms;
  }
}

/** The films of the phrase most of them abbreviate: "potc" is the Pirates films, not also The Passion of the Christ. */
function largestSeries(
  found: ReadonlyArray<{ item: CatalogRecord; phrase: string }>,
): CatalogRecord[] {
  const byPhrase = new Map<string, CatalogRecord[]>();
  for (const { item, phrase } of found) {
    byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), item]);
  }
  let largest: CatalogRecord[] = [];
  for (const films of byPhrase.values()) if (films.length > largest.length) largest = films;
  return largest;
}

/** Oldest first; a film without a year last. */
function byRelease(a: CatalogRecord, b: CatalogRecord): number {
  return (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER) || a.id - b.id;
}
