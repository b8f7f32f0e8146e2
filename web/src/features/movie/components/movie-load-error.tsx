import { ErrorPanel } from "../../../components/ui/error-panel/error-panel";
import { pageTitle } from "../../../config/site";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { BackButton } from "./back-button";
import styles from "./movie.module.css";
import type { MovieViewVariant } from "./movie-view";

/*
 * Generic on purpose: a card's link carries only the dialog's background and depth,
 * not the film's title, and a shared link carries nothing.
 */
const HEADING = "Couldn't load this title";

interface MovieLoadErrorProps {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  variant: MovieViewVariant;
  /** The heading's id: what names the dialog (its `aria-labelledby`) when this fills it. */
  titleId: string;
}

/**
 * A film that failed to load for a reason other than "not found". Like the loaded view,
 * it has an h1 that names the dialog or page, a document title and, on the full page,
 * Back; the error panel below says why and offers "Try again".
 */
export function MovieLoadError({
  error,
  onRetry,
  retrying,
  variant,
  titleId,
}: MovieLoadErrorProps) {
  useDocumentTitle(pageTitle(HEADING));
  return (
    <section className={styles.skeletonHero}>
      {variant === "page" && <BackButton className={styles.statusBack} />}
      <h1 id={titleId} className={styles.title}>
        {HEADING}
      </h1>
      <ErrorPanel error={error} onRetry={onRetry} retrying={retrying} />
    </section>
  );
}
