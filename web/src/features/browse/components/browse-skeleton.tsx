import { Skeleton } from "../../../components/ui/skeleton/skeleton";
import styles from "./browse.module.css";

const CARDS = Array.from({ length: 8 }, (_, n) => `card-${n}`);
const ROWS = ["row-a", "row-b", "row-c"];

/** The billboard's and rows' final sizes, so the page arrives without a jump. */
export function BrowseSkeleton() {
  return (
    <div aria-hidden="true" data-testid="browse-skeleton">
      <div className={styles.skeletonBillboard} />
      <div className={styles.rows}>
        {ROWS.map((row) => (
          <div key={row} className={styles.row}>
            <Skeleton width="10rem" height="1.4rem" className={styles.skeletonTitle} />
            <div className={styles.skeletonRow}>
              {CARDS.map((card) => (
                <div key={card} className={styles.skeletonCard}>
                  <Skeleton aspectRatio="2 / 3" />
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
