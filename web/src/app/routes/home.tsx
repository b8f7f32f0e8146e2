import { pageTitle } from "../../config/site";
import { SampleSearches } from "../../features/search/components/sample-searches";
import { useDocumentTitle } from "../../hooks/use-document-title";
import styles from "./page.module.css";

/** A simple landing for now; the billboard and rows come with the browse feature. */
export function HomeRoute() {
  useDocumentTitle(pageTitle());
  return (
    <section className={styles.hero} aria-labelledby="home-title">
      <h1 id="home-title" className={styles.title}>
        Find your next film.
      </h1>
      <p className={styles.lead}>
        Start typing a title in the search box: results appear as you type. Press{" "}
        <kbd className={styles.kbd}>/</kbd> to jump to it from anywhere.
      </p>
      <p className={styles.quickLabel} id="quick-searches">
        Quick searches
      </p>
      <SampleSearches label="Quick searches" />
    </section>
  );
}
