import { SampleSearches } from "./sample-searches";
import styles from "./search-empty.module.css";

/** A successful search that found nothing (never shown for a failure). */
export function SearchEmpty({ query }: { query: string }) {
  return (
    <section className={styles.empty} aria-labelledby="search-empty-title">
      <h2 id="search-empty-title" className={styles.title}>
        No titles match “{query}”
      </h2>
      <ul className={styles.tips}>
        <li>Check the spelling.</li>
        <li>Try fewer or different words, such as just the title.</li>
        <li>Drop the year or any punctuation.</li>
      </ul>
      <p>Or try one of these:</p>
      <SampleSearches label="Suggested searches" exclude={query} />
    </section>
  );
}
