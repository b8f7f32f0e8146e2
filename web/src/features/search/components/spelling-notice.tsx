import { Fragment } from "react";
import { Link } from "react-router";
import type { SearchPage } from "../../../lib/api-types";
import { type SearchFilters, searchUrl } from "../model/search-filters";
import styles from "./spelling-notice.module.css";

/**
 * What the search made of the spelling. When the API searched a corrected
 * text (`correctedQuery`, TMDB mode) it says so and offers the text as typed
 * (`correct=false`); when it only suspects a typo (`suggestions`), it asks
 * "Did you mean …". Links keep the page's other filters.
 */
export function SpellingNotice({
  page,
  filters,
}: {
  page: SearchPage | undefined;
  filters: SearchFilters;
}) {
  if (!page) return null;
  if (page.correctedQuery) {
    return (
      <p className={styles.notice} role="note">
        Showing results for <strong>{page.correctedQuery}</strong> — search instead for{" "}
        <Link to={searchUrl(page.query, filters, { asTyped: true })}>{page.query}</Link>
      </p>
    );
  }
  const suggestions = page.suggestions ?? [];
  if (suggestions.length === 0) return null;
  return (
    <p className={styles.notice} role="note">
      Did you mean{" "}
      {suggestions.map((suggestion, i) => (
        <Fragment key={suggestion}>
          {i > 0 && (i === suggestions.length - 1 ? " or " : ", ")}
          <Link to={searchUrl(suggestion, filters)}>{suggestion}</Link>
        </Fragment>
      ))}
      ?
    </p>
  );
}
