/** TMDB's `release_date` (`YYYY-MM-DD`) when it names a day on the calendar ("2023-13-45" does not); else null. */
export function calendarDate(text: string): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : null;
}

/** The year of TMDB's `release_date`, when that is a day on the calendar; else null. */
export function releaseYear(text: string): number | null {
  const date = calendarDate(text);
  return date === null ? null : Number(date.slice(0, 4));
}
