import { Link } from "react-router";
import { buttonClass } from "../../components/ui/button/button";
import { paths } from "../../config/paths";
import { pageTitle } from "../../config/site";
import { useDocumentTitle } from "../../hooks/use-document-title";
import styles from "./page.module.css";

export function NotFoundRoute() {
  useDocumentTitle(pageTitle("Page not found"));
  return (
    <section className={styles.message}>
      <h1>Page not found</h1>
      <p>There's nothing at this address. Try searching for a film instead.</p>
      <Link to={paths.home} className={buttonClass("light")}>
        Go to the home page
      </Link>
    </section>
  );
}
