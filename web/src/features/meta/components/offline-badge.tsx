import { useMeta } from "../../../lib/meta-query";
import styles from "./meta.module.css";

/**
 * Tells people the data is the embedded sample, not live TMDB data. Where the
 * header is tight (small phones, 200% zoom) the words stack, and on the
 * narrowest screens only the dot shows: the words stay for screen readers
 * and the tooltip, and the footer says where the data comes from.
 */
export function OfflineBadge() {
  const { data } = useMeta();
  if (data?.source !== "offline") return null;
  return (
    <span
      className={styles.badge}
      title="No TMDB connection: serving the built-in sample of films."
    >
      <span className={styles.dot} aria-hidden="true" />
      <span className={styles.label}>Offline catalog</span>
    </span>
  );
}
