import { useRef } from "react";
import { Button } from "../../../components/ui/button/button";
import { ErrorPanel } from "../../../components/ui/error-panel/error-panel";
import { Spinner } from "../../../components/ui/spinner/spinner";
import { useOnVisible } from "../../../hooks/use-on-visible";
import styles from "./search-results.module.css";

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onLoad: () => void;
}

/**
 * Fetches the next page when the user scrolls near the end, with a button for
 * keyboards, screen readers and browsers without IntersectionObserver. A
 * failed page stops the automatic loading and offers a retry.
 */
export function LoadMore({ hasMore, loading, error, onLoad }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  useOnVisible(sentinel, onLoad, { enabled: hasMore && !loading && !error });

  if (error) return <ErrorPanel error={error} onRetry={onLoad} retrying={loading} compact />;
  if (!hasMore) return null;
  return (
    <div ref={sentinel} className={styles.more}>
      <Button variant="secondary" onClick={onLoad} disabled={loading} aria-busy={loading}>
        {loading && <Spinner />}
        Load more
      </Button>
    </div>
  );
}
