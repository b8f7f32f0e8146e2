import { Spinner } from "../../components/ui/spinner/spinner";
import styles from "./layout.module.css";

/** While a lazily loaded page's code arrives. */
export function PageLoading() {
  return (
    <div className={styles.pageLoading} role="status">
      <Spinner /> Loading…
    </div>
  );
}
