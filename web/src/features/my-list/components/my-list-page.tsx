import { useRef } from "react";
import { Link } from "react-router";
import { MovieGrid } from "../../../components/movies/movie-grid";
import { buttonClass } from "../../../components/ui/button/button";
import { PageHeader } from "../../../components/ui/page-header/page-header";
import { paths } from "../../../config/paths";
import { useFocusAfterRemoval } from "../../../hooks/use-focus-after-removal";
import { useMyList } from "../../../hooks/use-my-list";
import { groupDigits } from "../../../lib/format-number";
import styles from "./my-list.module.css";

/** `/my-list`: the titles saved in this browser, newest first. */
export function MyListPage() {
  const movies = useMyList();
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterRemoval(movies, list, heading);
  return (
    <section className={styles.page} aria-labelledby="my-list-title">
      <PageHeader
        titleId="my-list-title"
        title="My List"
        headingRef={heading}
        count={`${groupDigits(movies.length)} ${movies.length === 1 ? "title" : "titles"}`}
      />
      {movies.length === 0 ? (
        <div className={styles.empty}>
          <p>
            Your list is empty. Add films with the <strong>+</strong> on any poster or the “Add to
            My List” button on a film's details; they stay in this browser.
          </p>
          <Link to={paths.home} className={buttonClass("light")}>
            Browse films
          </Link>
        </div>
      ) : (
        <MovieGrid ref={list} movies={movies} label="My List" />
      )}
    </section>
  );
}
