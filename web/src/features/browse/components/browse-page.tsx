import { ErrorPanel } from "../../../components/ui/error-panel/error-panel";
import { useMyList } from "../../../hooks/use-my-list";
import type { BrowsePage as BrowsePageData, BrowseRow, MovieSummary } from "../../../lib/api-types";
import { useBrowse } from "../api/get-browse";
import { useProgressiveRows } from "../hooks/use-progressive-rows";
import { Billboard } from "./billboard";
import styles from "./browse.module.css";
import { BrowseSkeleton } from "./browse-skeleton";
import { MovieRow } from "./movie-row";

/** My List joins the rows, second, once it has titles. */
function withMyList(rows: BrowseRow[], myList: BrowseRow["movies"]): BrowseRow[] {
  if (myList.length === 0) return rows;
  const mine: BrowseRow = { id: "my-list", title: "My List", movies: myList };
  return [...rows.slice(0, 1), mine, ...rows.slice(1)];
}

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
  const rows = withMyList(page.rows, [...myList]);
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
            onNear={() => progress.want(index)}
          />
        ))}
      </div>
    </>
  );
}
