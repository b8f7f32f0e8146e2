import { useCountdown } from "../../../hooks/use-countdown";
import { ApiError } from "../../../lib/api-error";
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
 * content that failed to load, never as an empty result. A Retry-After wait
 * counts down ("Please try again in 4 seconds", ..., "Please try again now").
 */
export function ErrorPanel({ error, onRetry, retrying = false, compact = false }: ErrorPanelProps) {
  const wait = error instanceof ApiError ? error.retryAfter : null;
  const { title, detail } = describeError(error, useCountdown(wait, error));
  return (
    <div role="alert" className={`${styles.panel} ${compact ? styles.compact : ""}`}>
      <h2 className={styles.title}>{title}</h2>
      {/* Announced once with the alert: not again on each tick of the countdown. */}
      <p className={styles.detail} aria-live="off">
        {detail}
      </p>
      <Button variant="light" onClick={onRetry} disabled={retrying} aria-busy={retrying}>
        {retrying && <Spinner />}
        Try again
      </Button>
    </div>
  );
}
