/**
 * A release date as far as it is known: some rows only know the year
 * (see `year-only-date.ts`), so month and day may be missing.
 */
export interface ReleaseDate {
  year: number;
  /** 1..12, or null when only the year is known. */
  month: number | null;
  day: number | null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const VEGA_DATE = /^([A-Z][a-z]{2}) (\d{2}) (\d{4})$/;

/** Parses vega's "Jun 12 1998"; null for anything that is not a real calendar date. */
export function parseVegaDate(text: string | null): ReleaseDate | null {
  const match = text === null ? null : VEGA_DATE.exec(text.trim());
  if (!match) return null;
  const month = MONTHS.indexOf(match[1] ?? "") + 1;
  const day = Number(match[2]);
  const year = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month === 0 || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** `YYYY-MM-DD`, or null when the day is unknown. */
export function isoDate(date: ReleaseDate | null): string | null {
  if (date === null || date.month === null || date.day === null) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
