import { Link, NavLink } from "react-router";
import { paths } from "../../config/paths";
import { SITE_NAME } from "../../config/site";
import { OfflineBadge } from "../../features/meta/components/offline-badge";
import { SearchBox } from "../../features/search/components/search-box";
import { useScrolled } from "../../hooks/use-scrolled";
import styles from "./layout.module.css";

/** Fixed header: see-through over artwork at the top of a page, solid once scrolled. */
export function Header() {
  const scrolled = useScrolled();
  return (
    <header className={`${styles.header} ${scrolled ? styles.solid : ""}`}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <Link to={paths.home} className={styles.wordmark} aria-label={SITE_NAME}>
        {SITE_NAME}
      </Link>
      <nav aria-label="Main" className={styles.nav}>
        <NavLink to={paths.home} end className={styles.navLink}>
          Home
        </NavLink>
        <NavLink to={paths.myList} className={styles.navLink}>
          My List
        </NavLink>
      </nav>
      <div className={styles.end}>
        <OfflineBadge />
        <SearchBox />
      </div>
    </header>
  );
}
