/** Display formatting shared by cards and the details page. */

import { compactNumber, groupDigits } from "./format-number";

/** 136 → "2h 16m", 45 → "45m", 120 → "2h". */
export function formatRuntime(minutes: number | null): string | null {
  if (minutes === null || minutes <= 0) return null;
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/** 7.94 → "7.9"; null stays null (unrated, not zero). */
export function formatRating(rating: number | null): string | null {
  return rating === null ? null : rating.toFixed(1);
}

/** 1234 → "1,234 votes", 1_234_567 → "1.2M votes", 1 → "1 vote". */
export function formatVotes(count: number): string {
  const n = count < 10_000 ? groupDigits(count) : compactNumber(count);
  return `${n} ${count === 1 ? "vote" : "votes"}`;
}

/** Amounts from here on are shown in billions (what rounds to $1,000M and up). */
const BILLION_FROM = 999_950_000;

/**
 * 63_000_000 → "$63M", 463_517_383 → "$463.5M", 1_022_345_358 → "$1.02B";
 * absent or zero (unknown) → null. Billions keep two decimals: the grosses
 * people compare are $1.02B against $1.1B, which one decimal would round together.
 */
export function formatMoney(dollars: number | null): string | null {
  if (!dollars) return null;
  if (dollars < BILLION_FROM) return `$${compactNumber(dollars)}`;
  // An integer number of hundredths over 100 prints as its shortest form: 1.02, 2.8, 1.
  return `$${Math.round(dollars / 10_000_000) / 100}B`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * "1999-03-31" → "March 31, 1999" (Intl's en-US long date, written by hand for
 * the reason `format-number.ts` gives: a first `Intl.DateTimeFormat` costs the
 * main thread far more than this); absent or not a date → null.
 */
export function formatReleaseDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** "Keanu Reeves" → "KR"; one name → one letter. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}
