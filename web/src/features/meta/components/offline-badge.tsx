import { useMeta } from "../api/get-meta";
import styles from "./meta.module.css";

/** Tells people the data is the embedded sample, not live TMDB data. */
export function OfflineBadge() {
  const { data } = useMeta();
  if (data?.source !== "offline") return null;
  return (
    <span
      className={styles.badge}
      title="No TMDB connection: serving the built-in sample of films."
    >
      <span className={styles.dot} aria-hidden="true" />
      Offline catalog
    </span>
  );
}
