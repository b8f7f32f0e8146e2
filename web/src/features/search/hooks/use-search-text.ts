import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { paths } from "../../../config/paths";
import { SEARCH_DEBOUNCE_MS } from "../../../config/search";
import { useDebouncedCallback } from "../../../hooks/use-debounced-callback";
import { filtersFromParams, searchUrl } from "../model/search-filters";

/**
 * The search box's text, kept in step with the URL. Typing navigates to
 * `/search?q=` once typing pauses: a push when arriving from another page, a
 * replace while already on the results (so history isn't flooded; the
 * filters stay), and a push again when the box is emptied. The URL
 * flows back into the box on back/forward and links; elsewhere the box keeps
 * what was typed, and going home clears it.
 */
export function useSearchText() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onResults = pathname === paths.search();
  const urlQuery = onResults ? (params.get("q") ?? "") : pathname === paths.home ? "" : null;

  const [text, setText] = useState(urlQuery ?? "");
  const committed = useRef((urlQuery ?? "").trim());

  const commit = (value: string) => {
    const q = value.trim();
    if (onResults ? q === committed.current : q === "") return;
    committed.current = q;
    if (onResults && q !== "") {
      // A refined text keeps the page's filters (a new text may be corrected again).
      navigate(searchUrl(q, filtersFromParams(params)), { replace: true });
      return;
    }
    // Emptying the box leaves the results for the bare prompt: a new entry, so Back restores them.
    navigate(paths.search(q));
  };
  const { debounced, flush, cancel } = useDebouncedCallback(commit, SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    if (urlQuery === null || urlQuery.trim() === committed.current) return;
    cancel();
    committed.current = urlQuery.trim();
    setText(urlQuery);
  }, [urlQuery, cancel]);

  // A pause that ends after the user has moved to another page must not drag them back.
  const lastPath = useRef(pathname);
  useEffect(() => {
    if (lastPath.current === pathname) return;
    lastPath.current = pathname;
    cancel();
  }, [pathname, cancel]);

  return {
    text,
    change(value: string) {
      setText(value);
      debounced(value);
    },
    /** Enter: search now rather than after the pause. */
    submit() {
      flush(text);
    },
  };
}
