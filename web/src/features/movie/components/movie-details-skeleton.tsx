import { Skeleton } from "../../../components/ui/skeleton/skeleton";
import styles from "./movie.module.css";

/** `titleId` goes on the "Loading title…" status, so a dialog that is loading has a name. */
export function MovieDetailsSkeleton({ titleId }: { titleId?: string }) {
  return (
    <div className={styles.skeletonHero}>
      <p id={titleId} role="status" className="sr-only">
        Loading title…
      </p>
      <Skeleton width="min(60%, 28rem)" height="2.6rem" />
      <Skeleton width="min(40%, 18rem)" />
      <Skeleton width="min(90%, 46rem)" height="5rem" />
      <Skeleton width="10rem" height="44px" />
    </div>
  );
}
