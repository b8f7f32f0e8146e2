import { Link } from "react-router";
import { buttonClass } from "../../../components/ui/button/button";
import { paths } from "../../../config/paths";
import { pageTitle } from "../../../config/site";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import styles from "./movie.module.css";

/**
 * An unknown or malformed movie id. `titleId` is the heading's id, which names the dialog
 * when this fills one.
 */
export function MovieNotFound({ titleId }: { titleId?: string }) {
  useDocumentTitle(pageTitle("Title not found"));
  return (
    <section className={styles.skeletonHero}>
      <h1 id={titleId} className={styles.title}>
        We couldn't find that title
      </h1>
      <p className={styles.muted}>
        The link may be mistyped, or the film is no longer in the catalog. Try searching for it
        instead.
      </p>
      <p>
        <Link to={paths.home} className={buttonClass("light")}>
          Go to the home page
        </Link>
      </p>
    </section>
  );
}
