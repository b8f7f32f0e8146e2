import { Button } from "../../components/ui/button/button";
import styles from "./page.module.css";

/**
 * Shown when a page failed to render, e.g. a new deployment removed the old
 * code chunk this tab still asks for.
 */
export function RouteError() {
  return (
    <section className={styles.message} role="alert">
      <h1>Something went wrong</h1>
      <p>This page failed to load. Reloading usually fixes it.</p>
      <Button variant="light" onClick={() => window.location.reload()}>
        Reload the page
      </Button>
    </section>
  );
}
