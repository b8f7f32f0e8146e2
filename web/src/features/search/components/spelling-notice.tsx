import { Fragment } from "react";
import { Link, useSearchParams } from "react-router";
import type { SearchResponse } from "../../../lib/api-types";
import styles from "./spelling-notice.module.css";

/**
 * What the search made of the spelling. When the API searched a corrected
 * text (`correctedQuery`, TMDB mode) it says so and offers the text as typed
 * (`correct=false`); when it only suspects a typo (`suggestions`), it asks
 * "Did you mean …". Links keep the page's other filters.
 */
export function SpellingNotice({ page }: { page: SearchResponse | undefined }) {
  const [params] = useSearchParams();
  if (!page) return null;

  const searchFor = (q: string, { asTyped = false } = {}) => {
    const next = new URLSearchParams(params);
    next.set("q", q);
    if (asTyped) next.set("correct", "false");
    else next.delete("correct");
    return `/search?${next}`;
  };

  if (page.correctedQuery) {
    return (
      <p className={styles.notice} role="note">
        Showing results for <strong>{page.correctedQuery}</strong> — search instead for{" "}
        <Link to={searchFor(page.query, { asTyped: true })}>{page.query}</Link>
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
          <Link to={searchFor(suggestion)}>{suggestion}</Link>
        </Fragment>
      ))}
      ?
    </p>
  );
}
