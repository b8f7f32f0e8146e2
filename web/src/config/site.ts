/** Our own brand: never Netflix's name or logo anywhere in the UI. */
export const SITE_NAME = "Reelhouse";

/** "matrix · Search · Reelhouse": most specific first, the brand last. */
export function pageTitle(...parts: string[]): string {
  return [...parts.filter(Boolean), SITE_NAME].join(" · ");
}
