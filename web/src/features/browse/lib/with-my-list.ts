import type { BrowseRow, MovieSummary } from "../../../lib/api-types";

export const MY_LIST_ROW_ID = "my-list";

/**
 * Where the home page's My List row goes, settled when the page mounts so the
 * page never jumps under the person using it: second when the list already
 * has titles then, otherwise after the other rows (adding a first film then
 * moves nothing above the button just pressed). `null`: no row.
 */
export type MyListPlacement = "second" | "last" | null;

/** The placement for a home page that mounts with `saved` titles in My List. */
export function initialMyListPlacement(saved: number): Exclude<MyListPlacement, null> {
  return saved > 0 ? "second" : "last";
}

/** The catalog's rows with My List placed among them (it may be empty: the row then says so). */
export function withMyList(
  rows: readonly BrowseRow[],
  myList: readonly MovieSummary[],
  placement: MyListPlacement,
): BrowseRow[] {
  if (placement === null) return [...rows];
  const mine: BrowseRow = { id: MY_LIST_ROW_ID, title: "My List", movies: [...myList] };
  return placement === "second" ? [...rows.slice(0, 1), mine, ...rows.slice(1)] : [...rows, mine];
}
