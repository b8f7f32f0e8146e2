import { Link } from "react-router";
import { paths } from "../../config/paths";
import { SITE_NAME } from "../../config/site";
import { CatalogCredit } from "../../features/meta/components/catalog-credit";
import styles from "./layout.module.css";

export function Footer() {
  return (
    <footer className={styles.footer}>
      <CatalogCredit />
      <p>
        {SITE_NAME} is a demo for searching films. No video is streamed here; trailers play from
        YouTube. <Link to={paths.about}>About {SITE_NAME}</Link>
      </p>
    </footer>
  );
}
