import { queryTerms } from "./terms.js";

/**
 * What the user typed, as search terms, with a release year picked out when
 * one is typed alongside words ("king kong 2005"). A lone number is never
 * taken as a year: "300", "1941" and "2012" are film titles first.
 */
export interface ParsedQuery {
  /** Every term as typed (folded). */
  terms: string[];
  /** The typed year, if any. */
  year: number | null;
  /** The terms without the year: what the title itself should match. */
  titleTerms: string[];
}

const EARLIEST_YEAR = 1880;
const LATEST_YEAR = 2099;

function asYear(term: string): number | null {
  if (!/^\d{4}$/.test(term)) return null;
  const year = Number(term);
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? year : null;
}

export function parseQuery(text: string): ParsedQuery {
  const terms = queryTerms(text);
  // The last year-like term wins: "2001 a space odyssey 1968" means 1968.
  const yearIndex = terms.length > 1 ? terms.findLastIndex((term) => asYear(term) !== null) : -1;
  if (yearIndex === -1) return { terms, year: null, titleTerms: terms };
  return {
    terms,
    year: asYear(terms[yearIndex] ?? ""),
    titleTerms: terms.filter((_, i) => i !== yearIndex),
  };
}

/**
 * The typed text without its (last) typed year, and the year as it is put
 * back after a corrected title: "king kng 2005" → "king kng", " 2005".
 */
export function withoutYear(text: string, year: number): { title: string; yearSuffix: string } {
  const at = text.lastIndexOf(String(year));
  if (at === -1) return { title: text, yearSuffix: "" };
  const title = `${text.slice(0, at)} ${text.slice(at + 4)}`.replace(/\s+/g, " ").trim();
  return { title, yearSuffix: ` ${year}` };
}
