import { Skeleton } from "../ui/skeleton/skeleton";
import styles from "./movies.module.css";

const KEYS = Array.from({ length: 24 }, (_, n) => `skeleton-${n}`);

/** Placeholder cards with the real cards' sizes, so results arrive without a jump. */
export function MovieGridSkeleton({ count = 12 }: { count?: number }) {
  return (
    <ul className={styles.grid} aria-hidden="true" data-testid="grid-skeleton">
      {KEYS.slice(0, count).map((key) => (
        <li key={key} className={styles.card}>
          <Skeleton aspectRatio="2 / 3" />
          <Skeleton width="80%" className={styles.skeletonLine} />
          <Skeleton width="40%" height="0.8em" />
        </li>
      ))}
    </ul>
  );
}
