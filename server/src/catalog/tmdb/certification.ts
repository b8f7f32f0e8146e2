import type { TmdbCountryReleases } from "./schemas.js";

/** TMDB's release type for a theatrical release (1 premiere, 2 limited, 4 digital...). */
const THEATRICAL_RELEASE = 3;

/**
 * The age rating in the viewer's country (`TMDB_REGION`), as "where to
 * watch" is; the US rating when that country has none on TMDB (the US
 * entries are the most complete, and the offline catalog's ratings are US).
 */
export function certificationIn(countries: TmdbCountryReleases[], region: string): string | null {
  return countryCertification(countries, region) ?? countryCertification(countries, "US");
}

/** A country's theatrical certification, else any of its releases' that has one. */
function countryCertification(countries: TmdbCountryReleases[], country: string): string | null {
  const releases = countries
    .filter((entry) => entry.iso_3166_1 === country)
    .flatMap((entry) => entry.release_dates)
    .map((release) => ({ type: release.type, certification: release.certification.trim() }))
    .filter((release) => release.certification !== "");
  const theatrical = releases.find((release) => release.type === THEATRICAL_RELEASE);
  return (theatrical ?? releases[0])?.certification ?? null;
}
