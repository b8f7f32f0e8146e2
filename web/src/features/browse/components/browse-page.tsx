import { useState } from "react";
import { ErrorPanel } from "../../../components/ui/error-panel/error-panel";
import { useMyList } from "../../../hooks/use-my-list";
import type { BrowsePage as BrowsePageData, MovieSummary } from "../../../lib/api-types";
import { useBrowse } from "../api/get-browse";
import { useProgressiveRows } from "../hooks/use-progressive-rows";
import { initialMyListPlacement, MY_LIST_ROW_ID, withMyList } from "../lib/with-my-list";
import { Billboard } from "./billboard";
import styles from "./browse.module.css";
import { BrowseSkeleton } from "./browse-skeleton";
import { MovieRow } from "./movie-row";

const MY_LIST_EMPTY = "Your list is empty. Add films with the + on any poster.";

/** The home page: billboard, then rows; a calm error with a retry if the catalog is down. */
export function BrowsePage() {
  const browse = useBrowse();
  const myList = useMyList();

  if (browse.isPending) return <BrowseSkeleton />;
  if (browse.isError) {
    return (
      <div className={styles.error}>
        <ErrorPanel
          error={browse.error}
          onRetry={() => browse.refetch()}
          retrying={browse.isFetching}
        />
      </div>
    );
  }
  return <BrowseContent page={browse.data} myList={myList} />;
}

function BrowseContent({
  page,
  myList,
}: {
  page: BrowsePageData;
  myList: readonly MovieSummary[];
}) {
  // My List's row: placed once, when the page mounts (second if the list has
  // titles then, else after the other rows), and once shown it stays for the
  // visit, saying the list is empty if it empties, so nothing jumps.
  const [placement] = useState(() => initialMyListPlacement(myList.length));
  const [showMyList, setShowMyList] = useState(myList.length > 0);
  if (myList.length > 0 && !showMyList) setShowMyList(true);
  const rows = withMyList(page.rows, myList, showMyList ? placement : null);
  const progress = useProgressiveRows(rows.length);
  return (
    <>
      {page.featured && <Billboard movie={page.featured} />}
      <div className={styles.rows}>
        {rows.map((row, index) => (
          <MovieRow
            key={row.id}
            id={row.id}
            title={row.title}
            movies={row.movies}
            drawn={index < progress.drawn}
            empty={row.id === MY_LIST_ROW_ID ? MY_LIST_EMPTY : undefined}
            onNear={() => progress.want(index)}
          />
        ))}
      </div>
    </>
  );
}
