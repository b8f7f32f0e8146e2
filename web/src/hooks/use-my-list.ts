import { useSyncExternalStore } from "react";
import type { MovieSummary } from "../lib/api-types";
import { getMyList, subscribeToMyList } from "../lib/my-list-store";

/** The saved films, newest first; re-renders when the list changes here or in another tab. */
export function useMyList(): readonly MovieSummary[] {
  return useSyncExternalStore(subscribeToMyList, getMyList, getMyList);
}

export function useIsInMyList(id: number): boolean {
  return useMyList().some((movie) => movie.id === id);
}
