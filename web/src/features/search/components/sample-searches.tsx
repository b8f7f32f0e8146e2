import { Link } from "react-router";
import { paths } from "../../../config/paths";
import { SAMPLE_SEARCHES } from "../../../config/search";
import styles from "./search-empty.module.css";

/** Chips linking to a few searches that always find something. */
export function SampleSearches({ label, exclude }: { label: string; exclude?: string }) {
  const samples = SAMPLE_SEARCHES.filter((s) => s.toLowerCase() !== exclude?.toLowerCase());
  return (
    <ul className={styles.samples} aria-label={label}>
      {samples.map((sample) => (
        <li key={sample}>
          <Link to={paths.search(sample)} className={styles.sample}>
            {sample}
          </Link>
        </li>
      ))}
    </ul>
  );
}
