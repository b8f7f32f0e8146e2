import { useSearchParams } from "react-router";
import { SEARCH_MAX_LENGTH } from "../../config/search";
import { pageTitle } from "../../config/site";
import { SearchPrompt } from "../../features/search/components/search-prompt";
import { SearchResults } from "../../features/search/components/search-results";
import {
  asTypedFromParams,
  filtersFromParams,
  toSearchParams,
} from "../../features/search/model/search-filters";
import { useDocumentTitle } from "../../hooks/use-document-title";

/** `/search?q=&genre=&from=&to=&sort=`: the URL is the whole state of a search. */
export default function SearchRoute() {
  const [params] = useSearchParams();
  const q = (params.get("q") ?? "").trim().slice(0, SEARCH_MAX_LENGTH);
  useDocumentTitle(q ? pageTitle(q, "Search") : pageTitle("Search"));

  if (!q) return <SearchPrompt />;
  const filters = filtersFromParams(params);
  return (
    <SearchResults
      filters={filters}
      params={toSearchParams(q, filters, { asTyped: asTypedFromParams(params) })}
    />
  );
}
