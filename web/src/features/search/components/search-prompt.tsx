import { SampleSearches } from "./sample-searches";
import styles from "./search-results.module.css";

/** `/search` with no query yet. */
export function SearchPrompt() {
  return (
    <section className={`${styles.page} ${styles.prompt}`}>
      <h1>Search the catalog</h1>
      <p>Type a title in the search box above. Results appear as you type.</p>
      <SampleSearches label="Popular searches" />
    </section>
  );
}
