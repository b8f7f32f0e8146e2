/** Display formatting shared by cards and the details page. */

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

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en-US");

/** 1234 → "1,234 votes", 1_234_567 → "1.2M votes", 1 → "1 vote". */
export function formatVotes(count: number): string {
  const n = count < 10_000 ? whole.format(count) : compact.format(count);
  return `${n} ${count === 1 ? "vote" : "votes"}`;
}

const money = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** 63_000_000 → "$63M"; absent or zero (unknown) → null. */
export function formatMoney(dollars: number | null): string | null {
  return dollars ? money.format(dollars) : null;
}

/** "Keanu Reeves" → "KR"; one name → one letter. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}
