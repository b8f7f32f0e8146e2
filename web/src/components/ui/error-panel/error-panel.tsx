import { describeError } from "../../../lib/error-message";
import { Button } from "../button/button";
import { Spinner } from "../spinner/spinner";
import styles from "./error-panel.module.css";

interface ErrorPanelProps {
  error: unknown;
  onRetry: () => void;
  /** True while the retry is in flight. */
  retrying?: boolean;
  compact?: boolean;
}

/**
 * A calm explanation of a failure and a way to try again. Shown in place of
 * content that failed to load, never as an empty result.
 */
export function ErrorPanel({ error, onRetry, retrying = false, compact = false }: ErrorPanelProps) {
  const { title, detail } = describeError(error);
  return (
    <div role="alert" className={`${styles.panel} ${compact ? styles.compact : ""}`}>
      <h2 className={styles.title}>{title}</h2>
      <p className={styles.detail}>{detail}</p>
      <Button variant="light" onClick={onRetry} disabled={retrying} aria-busy={retrying}>
        {retrying && <Spinner />}
        Try again
      </Button>
    </div>
  );
}
