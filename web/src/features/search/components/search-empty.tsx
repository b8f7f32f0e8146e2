import { MovieGrid } from "../../../components/movies/movie-grid";
import { useRelatedTitles } from "../api/get-related-titles";
import type { SearchParams } from "../model/search-filters";
import { SampleSearches } from "./sample-searches";
import styles from "./search-empty.module.css";

/** Related titles under the "nothing matched" message, once they arrive. */
function RelatedTitlesSection({ params }: { params: SearchParams }) {
  const related = useRelatedTitles(params, true);
  if (!related.data || related.data.movies.length === 0) return null;
  return (
    <section className={styles.related} aria-labelledby="related-title">
      <h2 id="related-title" className={styles.title}>
        {related.data.title}
      </h2>
      <MovieGrid movies={related.data.movies} label="Related titles" />
    </section>
  );
}

/** A successful search that found nothing (never shown for a failure). */
export function SearchEmpty({ params }: { params: SearchParams }) {
  return (
    <>
      <section className={styles.empty} aria-labelledby="search-empty-title">
        <h2 id="search-empty-title" className={styles.title}>
          No titles match “{params.q}”
        </h2>
        <ul className={styles.tips}>
          <li>Check the spelling.</li>
          <li>Try fewer or different words, such as just the title.</li>
          <li>Drop the year, the filters or any punctuation.</li>
        </ul>
        <p>Or try one of these:</p>
        <SampleSearches label="Suggested searches" exclude={params.q} />
      </section>
      <RelatedTitlesSection params={params} />
    </>
  );
}
