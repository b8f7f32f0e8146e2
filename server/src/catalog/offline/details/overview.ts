import type { CatalogRecord } from "../catalog-record.js";
import { formatDollars } from "./money.js";

/**
 * The offline catalog has no plot summaries, so the overview states what we
 * know, in words: "A 1994 drama directed by Frank Darabont, based on a book or
 * story. Released by Columbia; it grossed $28.3 million worldwide." It never
 * invents plot.
 */

const GENRE_NOUN: Readonly<Record<string, string>> = {
  Action: "action film",
  Adventure: "adventure film",
  "Black Comedy": "black comedy",
  Comedy: "comedy",
  "Concert/Performance": "concert film",
  Documentary: "documentary",
  Drama: "drama",
  Horror: "horror film",
  Musical: "musical",
  "Romantic Comedy": "romantic comedy",
  "Thriller/Suspense": "thriller",
  Western: "western",
};

/** Only creative types that add something the genre noun does not already say. */
const CREATIVE_ADJECTIVE: Readonly<Record<string, string>> = {
  Dramatization: "fact-based",
  Fantasy: "fantasy",
  "Historical Fiction": "period",
  "Kids Fiction": "children's",
  "Science Fiction": "science-fiction",
  "Super Hero": "superhero",
};

const STORY_SOURCE: Readonly<Record<string, string>> = {
  "Based on Book/Short Story": "based on a book or story",
  "Based on Comic/Graphic Novel": "based on a comic",
  "Based on Factual Book/Article": "based on a factual book or article",
  "Based on Game": "based on a game",
  "Based on Magazine Article": "based on a magazine article",
  "Based on Musical/Opera": "based on a stage musical or opera",
  "Based on Play": "based on a play",
  "Based on Real Life Events": "based on real events",
  "Based on Short Film": "based on a short film",
  "Based on Toy": "based on a toy",
  "Based on TV": "based on a TV series",
  Compilation: "compiled from earlier material",
  "Disney Ride": "based on a Disney theme-park ride",
  "Musical Group Movie": "built around a band",
  "Original Screenplay": "from an original screenplay",
  Remake: "remaking an earlier film",
  "Spin-Off": "spun off from an earlier story",
  "Traditional/Legend/Fairytale": "drawn from legend or fairy tale",
};

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? "An" : "A"} ${phrase}`;
}

function describe(record: CatalogRecord): string {
  const words = [
    record.year === null ? "" : String(record.year),
    CREATIVE_ADJECTIVE[record.creativeType ?? ""] ?? "",
    GENRE_NOUN[record.majorGenre ?? ""] ?? "film",
  ];
  const director = record.director === null ? "" : ` directed by ${record.director}`;
  const source = STORY_SOURCE[record.storySource ?? ""];
  return `${withArticle(words.filter(Boolean).join(" "))}${director}${source ? `, ${source}` : ""}.`;
}

function release(record: CatalogRecord): string {
  const gross =
    record.revenue === null ? null : `grossed ${formatDollars(record.revenue)} worldwide`;
  if (record.distributor !== null && gross !== null) {
    return ` Released by ${record.distributor}; it ${gross}.`;
  }
  if (record.distributor !== null) return ` Released by ${record.distributor}.`;
  return gross === null ? "" : ` It ${gross}.`;
}

/** One or two factual sentences about the film. */
export function overviewOf(record: CatalogRecord): string {
  return `${describe(record)}${release(record)}`;
}
