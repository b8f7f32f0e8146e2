import { formatRating } from "../../lib/format";
import styles from "./movies.module.css";

/** "★ 7.9", read out as "Rated 7.9 out of 10". Nothing for unrated films. */
export function Rating({ value, className }: { value: number | null; className?: string }) {
  const text = formatRating(value);
  if (text === null) return null;
  return (
    <span className={className}>
      <span className={styles.star} aria-hidden="true">
        ★
      </span>{" "}
      <span className="sr-only">Rated </span>
      {text}
      <span className="sr-only"> out of 10</span>
    </span>
  );
}
