/**
 * en-US number formats written out by hand. The app speaks only en-US, and a
 * page's first `Intl.NumberFormat` loads the locale's data: 5 to 35 ms of a
 * laptop's main thread in Chromium, four times that on a phone, for strings as
 * plain as "1,234" and "380.9K". The tests hold every function here to Intl's
 * own output.
 */

/** 1234567 → "1,234,567" (rounded to a whole number). */
export function groupDigits(value: number): string {
  const whole = Math.round(Math.abs(value)).toString();
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return value < 0 && whole !== "0" ? `-${grouped}` : grouped;
}

const UNITS = [
  { size: 1e3, suffix: "K" },
  { size: 1e6, suffix: "M" },
  { size: 1e9, suffix: "B" },
  { size: 1e12, suffix: "T" },
] as const;

/** `tenths` (an integer count of tenths) as "12" or "12.3"; compact numbers aren't grouped. */
function fromTenths(tenths: number): string {
  const whole = Math.floor(tenths / 10);
  const fraction = tenths % 10;
  return fraction === 0 ? `${whole}` : `${whole}.${fraction}`;
}

/**
 * Intl's compact notation with at most one decimal, for amounts ≥ 0:
 * 950 → "950", 380_912 → "380.9K", 999_960 → "1M", 63_000_000 → "63M".
 */
export function compactNumber(value: number): string {
  // Rounded first, in the unit it is shown in: 999.96 thousand is "1M", not "1000K".
  let tenths = Math.round(value * 10);
  if (tenths < 10_000) return fromTenths(tenths);
  for (const [index, unit] of UNITS.entries()) {
    tenths = Math.round((value * 10) / unit.size);
    if (tenths < 10_000 || index === UNITS.length - 1) return `${fromTenths(tenths)}${unit.suffix}`;
  }
  return fromTenths(tenths);
}
